/** What the page-effect tests share: a page component with an open shadow root, and a frame between checks. */

/** Defines (once per call) a component of "the page" whose open shadow root holds `html`. */
export function pageComponent(html: string): HTMLElement {
  const tag = `site-part-${Math.random().toString(36).slice(2)}`;
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = html;
      }
    },
  );
  return document.createElement(tag);
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export const px = (value: string) => parseFloat(value);


export const SOME_SCHEMES = ['white-on-black', 'yellow-on-black', 'brown-on-beige'] as const;
