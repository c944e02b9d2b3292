/**
 * The `motion` setting on the page: `<html data-oxu-motion>` and motion.css
 * (animations and transitions instant, no smooth scrolling), plus what only
 * script can stop: autoplaying video and audio (paused, and paused again when
 * they start without the visitor), `<marquee>`, SVG animations, and animated
 * images, shown as a still frame on a canvas in their place. Whatever oxu
 * stopped starts again at `default`. See docs/decisions/005-reading-settings.md.
 */
import motionCss from './motion.css';
import type { OxuSettings } from '../settings/model.js';
import { AddedElements } from './added-elements.js';
import type { Page, PageEffect, Target } from './page.js';
import { settingSheet } from './setting-sheet.js';

/** Where an image is probably animated: by its address, as nothing else tells without fetching it again. */
export const ANIMATED_IMAGE = /(?:\.(?:gif|apng|webp)(?:[?#]|$))|^data:image\/(?:gif|apng|webp)[;,]/i;

const STOPPED = 'video,audio,marquee,svg,img';

type Marquee = HTMLElement & { start(): void; stop(): void };

interface Still {
  readonly canvas: HTMLCanvasElement;
  readonly display: readonly [string, string];
}

export function motionEffect(page: Page): PageEffect {
  const sheet = settingSheet<'reduced'>(page, 'data-oxu-motion', () => motionCss);
  const paused = new Set<HTMLMediaElement>();
  const marquees = new Set<Marquee>();
  const svgs = new Set<SVGSVGElement>();
  const stills = new Map<HTMLImageElement, Still>();
  const listening = new WeakSet<Target>();

  const freeze = (img: HTMLImageElement) => {
    if (stills.has(img) || !ANIMATED_IMAGE.test(img.currentSrc || img.src)) return;
    if (!img.complete || !img.naturalWidth) {
      img.addEventListener('load', () => elements.active && freeze(img), { once: true });
      return;
    }
    const canvas = img.ownerDocument.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    // Also for a cross-origin image: a tainted canvas still shows it, it just cannot be read.
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    // Layout only where the page has such an image: its size as drawn now.
    const { offsetWidth: w, offsetHeight: h } = img;
    if (w && h) {
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    canvas.style.verticalAlign = getComputedStyle(img).verticalAlign;
    canvas.className = img.className;
    if (img.slot) canvas.slot = img.slot;
    const alt = img.getAttribute('alt');
    if (alt) {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', alt);
    } else canvas.setAttribute('aria-hidden', 'true');
    stills.set(img, { canvas, display: [img.style.getPropertyValue('display'), img.style.getPropertyPriority('display')] });
    img.before(canvas);
    img.style.setProperty('display', 'none', 'important');
  };
  const thaw = (img: HTMLImageElement) => {
    const still = stills.get(img);
    if (!still) return;
    stills.delete(img);
    still.canvas.remove();
    if (still.display[0]) img.style.setProperty('display', still.display[0], still.display[1]);
    else img.style.removeProperty('display');
  };

  const stop = (el: Element) => {
    switch (el.localName) {
      case 'video':
      case 'audio': {
        const media = el as HTMLMediaElement;
        // pause() also clears a new element's permission to autoplay, before it has data to start.
        if (!media.paused || media.autoplay) {
          media.pause();
          paused.add(media);
        }
        break;
      }
      case 'marquee':
        (el as Marquee).stop();
        marquees.add(el as Marquee);
        break;
      case 'svg':
        if (el.querySelector('animate,animateMotion,animateTransform,set')) {
          (el as SVGSVGElement).pauseAnimations();
          svgs.add(el as SVGSVGElement);
        }
        break;
      case 'img':
        freeze(el as HTMLImageElement);
        break;
    }
  };
  const elements = new AddedElements(page, STOPPED, {
    found: stop,
    removed: (el) => {
      if (el.localName === 'img') thaw(el as HTMLImageElement);
    },
    changed: (el) => {
      if (el.localName !== 'img') return;
      thaw(el as HTMLImageElement);
      freeze(el as HTMLImageElement);
    },
  }, ['src', 'srcset']);

  // Media started by a script or by autoplay is paused again; one the visitor starts (a click on play) plays.
  const onPlay = (event: Event) => {
    if (!elements.active) return;
    const media = event.target as HTMLMediaElement;
    if ((navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive) return;
    media.pause();
    paused.add(media);
  };
  const listen = (target: Target) => {
    if (listening.has(target)) return;
    listening.add(target);
    // `play` does not bubble and does not leave a shadow root: caught on the way down, in each root.
    target.addEventListener('play', onPlay, true);
  };
  page.roots.onRoot((root) => {
    if (elements.active) listen(root);
  });

  return {
    apply({ motion }: OxuSettings): void {
      if (!sheet.show(motion)) return;
      if (motion === 'reduced') {
        for (const target of page.targets()) listen(target);
        elements.start();
        return;
      }
      elements.stop();
      for (const media of paused) if (media.isConnected && media.autoplay) media.play().catch(() => undefined);
      for (const marquee of marquees) if (marquee.isConnected) marquee.start();
      for (const svg of svgs) svg.unpauseAnimations();
      for (const img of [...stills.keys()]) thaw(img);
      paused.clear();
      marquees.clear();
      svgs.clear();
    },
  };
}
