import type { Example } from './example.js';

/**
 * News cards as a district government site publishes them, with the seed
 * page's own text. The accessibility tests loop over these; the element's
 * page in docs/elements/ shows them.
 */

/** The seed item's heading, exactly as the site printed it. */
export const SEED_HEADING =
  'Açıq hökumətin təşviqinə dair 2020-2022-ci illər üçün Milli Fəaliyyət Planı”nın təsdiq edilməsi haqqında ' +
  'Azərbaycan Respublikası Prezidentinin 2020-ci il 27 fevral tarixli 1859 nömrəli Sərəncamının 5.6-cı bəndinin ' +
  'icrası ilə əlaqədar olaraq “Açıq hökumət tərəfdaşlığı Hökumət–Vətəndaş Cəmiyyəti Dialoqu Platforması” ' +
  'çərçivəsində mütəmadi müzakirələrin keçirilməsi və Platformanın fəaliyyətinin dəstəklənməsi məqsədilə ' +
  'Dəyirmi masa keçirilib.';

export const SEED_SUMMARY =
  '“Dəyirmi masa”da Rayon İcra Hakimiyyəti başçısının müavini Əfsanə Məmmədova, Aparatın məsul əməkdaşları, ' +
  'aidiyyəti nümayəndələr iştirak ediblər.';

/** A photo stand-in that needs no network: a landscape-shaped picture. */
export const PHOTO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#3b6e8f"/>' +
      '<rect y="6" width="16" height="3" fill="#6b8e23"/><circle cx="12" cy="2.5" r="1.3" fill="#f4d35e"/></svg>',
  );

export const examples: readonly Example[] = [
  {
    name: 'the seed item',
    description: "The item as the district page published it: heading link, date and time, photo with its alternative text, summary.",
    html: `<oxu-news-card lang="az" href="/xeberler/1" datetime="2022-12-28T16:02" heading-level="2">
    <span slot="heading">${SEED_HEADING}</span>
    <img slot="image" src="${PHOTO}" alt="Dəyirmi masanın iştirakçıları">
    ${SEED_SUMMARY}
  </oxu-news-card>`,
  },
  {
    name: 'works without JavaScript',
    description: "The heading is the page's own link and the date is in the light DOM, so the item reads and works before (or without) the script.",
    html: `<oxu-news-card lang="az" datetime="2022-12-28T16:02">
    <a slot="heading" href="/xeberler/1">“Dəyirmi masa” keçirilib</a>
    <time slot="date" datetime="2022-12-28T16:02">28 dekabr 2022 | 16:02</time>
    Sonda iştirakçılar tərəfindən bu mövzuda müzakirələrin mütəmadi keçirilməsinin və Platformanın fəaliyyətinin dəstəklənməsinin vacibliyi vurğulanıb.
  </oxu-news-card>`,
  },
  {
    name: 'decorative image, date only',
    description: "An image with empty alt, hidden from assistive technology; a date without a time.",
    html: `<oxu-news-card lang="az" href="/xeberler/2" datetime="2022-12-27">
    <span slot="heading">İctimai Şuranın üzvləri ilə görüş keçirilib</span>
    <img slot="image" src="${PHOTO}" alt="">
    İctimai şuraların fəaliyyətinin gücləndirilməsi və davamlılığının təmin edilməsi, rəsmi internet resurslarında
    ayrıca bölmələrin yaradılması və məlumatların mütəmadi yenilənməsi tədbirlərinin həyata keçirilməsinin vacib olduğu
    qeyd edilib.
  </oxu-news-card>`,
  },
  {
    name: 'an announcement with a link in its summary',
    description: "No heading link and no image; the summary carries its own link, which stays usable.",
    html: `<oxu-news-card lang="az" datetime="2022-12-26T09:30" heading-level="3">
    <span slot="heading">Vətəndaşların qəbulu</span>
    Əhaliyə göstərilən dövlət xidmətlərinin keyfiyyətinin yüksəldilməsi məqsədilə qəbul keçiriləcək.
    Ətraflı: <a href="https://e-gov.az">Elektron hökumət portalı</a>.
  </oxu-news-card>`,
  },
];
