/**
 * Which URLs oxu renders as links: http(s), relative (path, `?query`,
 * `#hash`, protocol-relative `//host`), `mailto:` and `tel:`. Everything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, unknown schemes) is refused.
 *
 * The browser's URL parser decides what a value really is; before that, the
 * raw string and its entity- and percent-decoded readings are checked for a
 * scheme of their own, so a value some other layer (a server template, a CMS
 * that decodes once more) would read as `javascript:` is refused too.
 */

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Characters the URL parser drops (C0 controls, space, tab, newline) and
 * invisible ones it does not but a reader would not see either; removed
 * everywhere before looking for a scheme.
 */
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g;

const SCHEME = /^([a-z][a-z0-9+.-]*):/;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  amp: '&',
  sol: '/',
  bsol: '\\',
  quest: '?',
  num: '#',
  percnt: '%',
  period: '.',
  lpar: '(',
  rpar: ')',
};

function decodeEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (match, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function decodePercent(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The scheme a reading of `value` starts with (`"javascript:"`), or null. */
function schemeOf(value: string): string | null {
  const match = SCHEME.exec(value.replace(INVISIBLE, '').toLowerCase());
  return match ? `${match[1]}:` : null;
}

/** The value as written and as up to two more rounds of entity and percent decoding read it. */
function readings(value: string): string[] {
  const seen = new Set([value]);
  let current = [value];
  for (let round = 0; round < 2; round++) {
    const next: string[] = [];
    for (const v of current) {
      for (const decoded of [decodeEntities(v), decodePercent(v)]) {
        if (!seen.has(decoded)) {
          seen.add(decoded);
          next.push(decoded);
        }
      }
    }
    current = next;
  }
  return [...seen];
}

function defaultBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * Whether `value` may be rendered as a link. Empty or blank values are not
 * links (they would point at the page itself). `base` defaults to the
 * document's base URL.
 */
export function isSafeUrl(value: unknown, base: string | undefined = defaultBase()): value is string {
  if (typeof value !== 'string' || value.replace(INVISIBLE, '') === '') return false;
  for (const reading of readings(value)) {
    const scheme = schemeOf(reading);
    if (scheme !== null && !ALLOWED_PROTOCOLS.has(scheme)) return false;
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return false;
  }
  if (ALLOWED_PROTOCOLS.has(url.protocol)) return true;
  // A relative value on a page served from elsewhere (file:, a sandboxed
  // srcdoc) stays on that page's own scheme: still the site's own link.
  return schemeOf(value) === null;
}

/** Whether the http(s) URL `value` leads to another origin than the page's. */
export function isExternalUrl(value: string, page: string = location.href): boolean {
  try {
    const url = new URL(value, document.baseURI);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== new URL(page).origin;
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/**
 * Makes a light-DOM link that points somewhere unsafe stop being a link: its
 * `href` moves to `data-oxu-unsafe-href` (kept for the page's authors to see,
 * never followed), its text stays where it was. Returns whether the link is
 * (still) a link. Warns once per value.
 */
export function neutraliseUnsafeLink(link: HTMLAnchorElement | HTMLAreaElement): boolean {
  if (!link.hasAttribute('href')) return false;
  const href = link.getAttribute('href');
  if (isSafeUrl(href)) return true;
  link.setAttribute('data-oxu-unsafe-href', href ?? '');
  link.removeAttribute('href');
  warnUnsafe(href ?? '');
  return false;
}

/** Warns, once per value, that `href` is not rendered as a link. */
export function warnUnsafe(href: string): void {
  if (warned.has(href)) return;
  warned.add(href);
  console.warn(`oxu: ${JSON.stringify(href)} is not an http(s), relative, mailto: or tel: URL; it is shown as text, not as a link`);
}
