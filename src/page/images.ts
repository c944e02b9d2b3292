/**
 * The `images` setting on the page: `<html data-oxu-images>` and one sheet.
 * `grayscale`: a filter on each image, video and canvas itself, never on an
 * ancestor (a filter there would make it the containing block of every
 * `position: fixed` inside). `hidden`: they are not shown, background images
 * are removed, and each informative image's text alternative is put in its
 * place in a visible frame: the one part only script can do. See
 * docs/decisions/005-reading-settings.md.
 */
import type { OxuSettings } from '../settings/model.js';
import type { ImageMode } from '../settings/reading.js';
import { AddedElements } from './added-elements.js';
import type { Page, PageEffect } from './page.js';
import { settingSheet } from './setting-sheet.js';

/** The element that holds a hidden image's text alternative. */
export const IMAGE_TEXT_TAG = 'oxu-image-text';

const MEDIA = 'img,picture,video,canvas';
const KEPT = '[data-oxu-keep-colors],[data-oxu-keep-colors] *';

const CSS: Readonly<Record<Exclude<ImageMode, 'default'>, string>> = {
  // <picture> is greyed through its <img>: a filter on the picture would be one on an ancestor.
  grayscale: `:is(img,video,canvas,input[type="image" i]):not(${KEPT}){filter:grayscale(1) !important}`,
  hidden:
    `:is(${MEDIA}){display:none !important}` +
    '*,::before,::after{background-image:none !important;list-style-image:none !important}' +
    // Text that stood on an inline background image: plain colours (the rewrite does the same for the page's rules).
    ':where([style*="url(" i]){background-color:var(--oxu-scheme-background,Canvas) !important;color:var(--oxu-scheme-text,CanvasText) !important}' +
    `${IMAGE_TEXT_TAG}{all:revert !important;display:inline-block !important;box-sizing:border-box !important;max-width:100% !important;` +
    'margin:0.125em 0 !important;padding:0.25em 0.5em !important;border:0.125em solid currentColor !important;' +
    'color:inherit !important;font:inherit !important;white-space:normal !important;overflow-wrap:anywhere !important;' +
    'visibility:visible !important;opacity:1 !important}',
};

/**
 * An image's text alternative, or null when it has none to show: `alt=""`,
 * `role="presentation"` and `aria-hidden` mark a decorative image, and an
 * image without `alt` shows its `aria-label` or `title` if it has one.
 */
export function textAlternative(img: Element): string | null {
  const role = img.getAttribute('role')?.trim().toLowerCase();
  if (role === 'presentation' || role === 'none' || img.getAttribute('aria-hidden') === 'true') return null;
  const alt = img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? img.getAttribute('title');
  const text = alt?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export function imagesEffect(page: Page): PageEffect {
  const sheet = settingSheet<Exclude<ImageMode, 'default'>>(page, 'data-oxu-images', (value) => CSS[value]);
  const frames = new Map<Element, HTMLElement>();

  const remove = (img: Element) => {
    frames.get(img)?.remove();
    frames.delete(img);
  };
  const frame = (img: Element) => {
    const text = textAlternative(img);
    if (text === null) return remove(img);
    let box = frames.get(img);
    if (!box) {
      box = img.ownerDocument.createElement(IMAGE_TEXT_TAG);
      frames.set(img, box);
    }
    if (box.textContent !== text) box.textContent = text;
    // A <picture> is hidden as a whole, so the text goes after it.
    const anchor = img.parentElement?.localName === 'picture' ? img.parentElement : img;
    // Into the slot the image was given (a card's image slot), not the host's default one.
    if (box.slot !== anchor.slot) box.slot = anchor.slot;
    if (box.previousSibling !== anchor) anchor.after(box);
  };
  const images = new AddedElements(page, 'img', { found: frame, removed: remove, changed: frame }, ['alt', 'aria-label', 'title', 'role', 'aria-hidden']);

  return {
    apply({ images: mode }: OxuSettings): void {
      if (!sheet.show(mode)) return;
      if (mode === 'hidden') {
        // Synchronous: the images there now get their frames before the next paint; later ones as they are added.
        images.start();
        return;
      }
      images.stop();
      for (const img of [...frames.keys()]) remove(img);
    },
  };
}
