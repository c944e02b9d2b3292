import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MESSAGES, resolveLang, type Lang, type Messages } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts that re-render when any `lang` attribute on the page changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

function observe(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: `lang` may change on <html> or on any ancestor.
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Resolves the language of the nearest `lang` (the element, an ancestor, or
 * `<html>`, crossing shadow roots) and gives its built-in strings.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = null;
    }
  }

  /** The `lang` in force at the host, as written ("" when none). */
  get lang(): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return '';
  }

  get resolved(): Lang {
    return resolveLang(this.lang);
  }

  get messages(): Messages {
    return MESSAGES[this.resolved];
  }

  /**
   * The language of the built-in strings when it is not the one in force (an
   * unsupported `lang` reads English), for a `lang` attribute on the text so
   * screen readers pronounce it right; null when they agree.
   */
  get textLang(): string | null {
    const primary = this.lang.trim().toLowerCase().split(/[-_]/)[0];
    return primary === this.resolved ? null : this.resolved;
  }
}
