import type { Example } from './example.js';

/**
 * Link footers as a district government site has them ("Keçidlər" on the
 * seed page). The accessibility tests loop over these; the demo reuses them.
 */

/** The state links the seed page's footer lists, in Azerbaijani. */
export const STATE_LINKS = `
    <a href="https://president.az">Azərbaycan Respublikasının Prezidenti</a>
    <a href="https://cabmin.gov.az">Azərbaycan Respublikasının Nazirlər Kabineti</a>
    <a href="https://meclis.gov.az">Azərbaycan Respublikasının Milli Məclisi</a>
    <a href="https://www.e-gov.az">Elektron hökumət portalı</a>`;

export const examples: readonly Example[] = [
  {
    name: 'the built-in heading',
    description: `The state links of the seed page under the built-in heading, "Keçidlər" in Azerbaijani.`,
    html: `<oxu-links-footer lang="az">${STATE_LINKS}
  </oxu-links-footer>`,
  },
  {
    name: 'heading by attribute, mixed links',
    description: `The site's own pages beside other sites, one opening in a new window, and a mail link.`,
    html: `<oxu-links-footer lang="az" heading="Faydalı keçidlər">
    <a href="/haqqimizda">Yardımlı Rayon İcra Hakimiyyəti haqqında</a>
    <a href="/ictimai-sura">İctimai Şura</a>
    <a href="https://www.e-gov.az" target="_blank">Elektron hökumət portalı</a>
    <a href="mailto:info@yardimli-ih.gov.az">Bizə yazın</a>
  </oxu-links-footer>`,
  },
  {
    name: "the page's own heading element",
    description: 'An `<h2 slot="heading">` of the page instead of the built-in heading.',
    html: `<oxu-links-footer lang="az">
    <h2 slot="heading">Dövlət orqanları</h2>${STATE_LINKS}
  </oxu-links-footer>`,
  },
];
