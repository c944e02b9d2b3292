import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { settings } from '../../src/settings/store.js';
import { SettingsController } from '../../src/settings/settings-controller.js';

/** Counts its updates; follows every change, or only what `select` picks. */
class Follower extends LitElement {
  updates = 0;
  select?: (value: typeof settings.value) => unknown;
  controller!: SettingsController;

  override connectedCallback(): void {
    this.controller ??= new SettingsController(this, this.select);
    super.connectedCallback();
  }

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('test-settings-follower', Follower);

async function follower(select?: Follower['select']): Promise<Follower> {
  const el = document.createElement('test-settings-follower') as Follower;
  el.select = select;
  await fixture(html`<div></div>`).then((div) => div.append(el));
  await el.updateComplete;
  return el;
}

describe('SettingsController', () => {
  afterEach(() => {
    settings.reset();
    settings.configure({ levels: '100 125 150 200' });
  });

  it('updates its host on every change of the settings', async () => {
    const el = await follower();
    const first = el.updates;
    settings.set({ colorScheme: 'white-on-black' });
    await el.updateComplete;
    settings.set({ fontSize: 150 });
    await el.updateComplete;
    expect(el.updates - first).to.equal(2);
  });

  it('with a selector, only when what it picks changes, or the levels', async () => {
    const el = await follower((value) => value.fontSize);
    const first = el.updates;
    settings.set({ colorScheme: 'white-on-black', letterSpacing: 'wide' });
    expect(el.isUpdatePending, 'another setting').to.equal(false);
    settings.set({ fontSize: 150 });
    expect(el.isUpdatePending, 'its own setting').to.equal(true);
    await el.updateComplete;
    settings.configure({ levels: '100 150 300' });
    expect(el.isUpdatePending, 'the levels').to.equal(true);
    await el.updateComplete;
    expect(el.updates - first).to.equal(2);
  });

  it('shows on reconnecting what changed while its host was away', async () => {
    const el = await follower((value) => value.colorScheme);
    const parent = el.parentElement!;
    el.remove();
    settings.set({ colorScheme: 'yellow-on-black' });
    const before = el.updates;
    parent.append(el);
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    settings.set({ fontSize: 125 });
    parent.append(el); // moved within the page: nothing new to show
    expect(el.isUpdatePending).to.equal(false);
  });
});
