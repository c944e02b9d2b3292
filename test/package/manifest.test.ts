import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { packageLayout, type PackageLayout } from './layout.js';

// dist/custom-elements.json (built from the classes' JSDoc by
// custom-elements-manifest.config.mjs) against the contract and against the
// elements themselves: what they render, their reactive properties, their styles.

interface Named {
  name: string;
  description?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: (Named & { default?: string })[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

/** What CONTRACT.md names for each element. */
const CONTRACT: Record<string, { attributes: string[]; events?: string[]; slots?: string[] }> = {
  'oxu-font-size': { attributes: ['levels', 'label'], events: ['oxu-change'] },
  'oxu-color-scheme': { attributes: ['schemes', 'label'], events: ['oxu-change'] },
  'oxu-a11y-bar': { attributes: ['font-size-label', 'color-scheme-label', 'expanded', 'settings'], events: ['oxu-change'] },
  'oxu-letter-spacing': { attributes: ['label'], events: ['oxu-change'] },
  'oxu-line-spacing': { attributes: ['label'], events: ['oxu-change'] },
  'oxu-font-family': { attributes: ['label'], events: ['oxu-change'] },
  'oxu-images': { attributes: ['label'], events: ['oxu-change'] },
  'oxu-motion': { attributes: ['label'], events: ['oxu-change'] },
  'oxu-news-card': { attributes: ['href', 'datetime', 'heading-level'], slots: ['heading', 'image', ''] },
  'oxu-links-footer': { attributes: ['heading'], slots: ['heading', ''] },
};

/** The contract's own markup, so that as many parts and slots as possible render. */
const EXAMPLES: Record<string, string> = {
  'oxu-a11y-bar': '<oxu-a11y-bar expanded></oxu-a11y-bar>',
  'oxu-news-card': `<oxu-news-card href="/xeberler/1" datetime="2022-12-28T16:02" heading-level="2">
      <span slot="heading">Dəyirmi masa keçirilib</span>
      <img slot="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Dəyirmi masanın iştirakçıları">
      Açıq hökumətin təşviqinə dair Milli Fəaliyyət Planı çərçivəsində…
    </oxu-news-card>`,
  'oxu-links-footer': `<oxu-links-footer heading="Keçidlər">
      <a href="https://president.az">Azərbaycan Respublikasının Prezidenti</a>
      <a href="https://e-gov.az">Elektron hökumət portalı</a>
    </oxu-links-footer>`,
};

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);
const undocumented = (list: Named[] | undefined) => (list ?? []).filter((x) => !x.description?.trim()).map((x) => x.name || '(default)');

describe('dist/custom-elements.json', () => {
  let manifest: Manifest;
  let layout: PackageLayout;
  const declarations = () => manifest.modules.flatMap((m) => m.declarations ?? []);
  const element = (tag: string) => declarations().find((d) => d.tagName === tag);

  before(async () => {
    layout = await packageLayout();
    const response = await fetch('/dist/custom-elements.json');
    expect(response.ok, 'dist/custom-elements.json (npm run build)').to.equal(true);
    manifest = await response.json();
  });

  it('describes every element of the contract and every element folder, with a summary', () => {
    const tags = new Set([...Object.keys(CONTRACT), ...layout.components.map((n) => `oxu-${n}`)]);
    for (const tag of tags) {
      const decl = element(tag);
      expect(decl, tag).to.not.equal(undefined);
      expect(decl!.customElement, tag).to.equal(true);
      expect(decl!.description?.trim(), `${tag} description`).to.not.equal('');
      expect(decl!.summary?.trim(), `${tag} @summary`).to.not.equal('');
    }
  });

  it('names every attribute, event and slot the contract names', () => {
    for (const [tag, promised] of Object.entries(CONTRACT)) {
      const decl = element(tag)!;
      expect(names(decl.attributes), `${tag} attributes`).to.include.members(promised.attributes);
      expect(names(decl.events), `${tag} events`).to.include.members(promised.events ?? []);
      expect(names(decl.slots), `${tag} slots`).to.include.members(promised.slots ?? []);
    }
  });

  it('describes every attribute, property, event, slot, part and custom property', () => {
    for (const decl of declarations().filter((d) => d.customElement)) {
      const missing = [
        ...undocumented(decl.attributes).map((n) => `attribute ${n}`),
        ...undocumented(decl.members).map((n) => `member ${n}`),
        ...undocumented(decl.events).map((n) => `event ${n}`),
        ...undocumented(decl.slots).map((n) => `slot ${n}`),
        ...undocumented(decl.cssParts).map((n) => `part ${n}`),
        ...undocumented(decl.cssProperties).map((n) => `custom property ${n}`),
      ];
      expect(missing, `${decl.tagName}: without a description`).to.deep.equal([]);
      expect(decl.events?.filter((e) => !e.name) ?? [], `${decl.tagName}: events without a name (add @fires)`).to.deep.equal([]);
      const noDefault = (decl.cssProperties ?? []).filter((p) => !p.default).map((p) => p.name);
      expect(noDefault, `${decl.tagName}: custom properties without a default ([--name=default])`).to.deep.equal([]);
    }
  });

  it('keeps internals out: no private, protected or underscored members', () => {
    for (const decl of declarations()) {
      const internal = (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || /^[_#]/.test(m.name));
      expect(internal.map((m) => m.name), `${decl.name}`).to.deep.equal([]);
    }
  });

  it('points at modules the package ships, with a define module per tag', async () => {
    for (const mod of manifest.modules) {
      expect(layout.esm, mod.path).to.include(`/${mod.path}`);
    }
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
    expect(definitions.sort()).to.deep.equal(layout.components.map((n) => `oxu-${n}`).sort());
  });

  for (const tagOf of ['attributes', 'parts', 'custom properties'] as const) {
    it(`lists every ${tagOf === 'attributes' ? 'attribute of a reactive property' : tagOf === 'parts' ? 'part an element renders' : 'public custom property its styles read'}`, async () => {
      for (const name of layout.components) {
        const tag = `oxu-${name}`;
        const decl = element(tag)!;
        await import(`/dist/esm/components/${name}/${name}.js`);
        const ctor = customElements.get(tag) as unknown as typeof LitElement;

        if (tagOf === 'attributes') {
          const fromClass = [...ctor.elementProperties]
            .filter(([, options]) => options.attribute !== false && !options.state)
            .map(([key, options]) => (typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase()));
          expect(names(decl.attributes).sort(), `${tag} attributes`).to.deep.equal([...new Set(fromClass)].sort());
        }

        if (tagOf === 'parts') {
          const el = await fixture<LitElement>(EXAMPLES[tag] ?? `<${tag}></${tag}>`);
          await el.updateComplete;
          const root = el.shadowRoot!;
          const rendered = new Set<string>();
          for (const node of root.querySelectorAll('[part]')) for (const p of node.getAttribute('part')!.split(/\s+/)) rendered.add(p);
          for (const node of root.querySelectorAll('[exportparts]')) {
            for (const pair of node.getAttribute('exportparts')!.split(',')) rendered.add(pair.split(':').pop()!.trim());
          }
          const missing = [...rendered].filter((p) => p && !names(decl.cssParts).includes(p));
          expect(missing, `${tag}: parts rendered but not in @csspart`).to.deep.equal([]);
          const slots = [...root.querySelectorAll('slot')].map((s) => s.name).filter((s) => !/^\d|-\d+$/.test(s));
          const unlisted = [...new Set(slots)].filter((s) => !names(decl.slots).includes(s));
          expect(unlisted, `${tag}: slots rendered but not in @slot`).to.deep.equal([]);
        }

        if (tagOf === 'custom properties') {
          const text = ctor.elementStyles
            .map((s) => ('cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n')))
            .join('\n');
          const read = new Set([...text.matchAll(new RegExp(`var\\(\\s*(--${tag}-[\\w-]+)`, 'g'))].map((m) => m[1]));
          const missing = [...read].filter((p) => !names(decl.cssProperties).includes(p));
          expect(missing, `${tag}: custom properties its styles read but not in @cssprop`).to.deep.equal([]);
          const stale = names(decl.cssProperties).filter((p) => !read.has(p));
          expect(stale, `${tag}: @cssprop its styles never read`).to.deep.equal([]);
        }
      }
    });
  }
});
