/**
 * News cards as a district government site publishes them, with the seed
 * page's own text. The accessibility tests loop over these; the demo reuses
 * them.
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

export const examples: readonly string[] = [
  // The seed item, as the contract shows it.
  `<oxu-news-card lang="az" href="/xeberler/1" datetime="2022-12-28T16:02" heading-level="2">
    <span slot="heading">${SEED_HEADING}</span>
    <img slot="image" src="${PHOTO}" alt="Dəyirmi masanın iştirakçıları">
    ${SEED_SUMMARY}
  </oxu-news-card>`,

  // Written to work without JavaScript too: the heading is the page's own
  // link and the date is in the light DOM.
  `<oxu-news-card lang="az" datetime="2022-12-28T16:02">
    <a slot="heading" href="/xeberler/1">“Dəyirmi masa” keçirilib</a>
    <time slot="date" datetime="2022-12-28T16:02">28 dekabr 2022 | 16:02</time>
    Sonda iştirakçılar tərəfindən bu mövzuda müzakirələrin mütəmadi keçirilməsinin və Platformanın fəaliyyətinin dəstəklənməsinin vacibliyi vurğulanıb.
  </oxu-news-card>`,

  // A decorative image, a date without a time.
  `<oxu-news-card lang="az" href="/xeberler/2" datetime="2022-12-27">
    <span slot="heading">İctimai Şuranın üzvləri ilə görüş keçirilib</span>
    <img slot="image" src="${PHOTO}" alt="">
    İctimai şuraların fəaliyyətinin gücləndirilməsi və davamlılığının təmin edilməsi, rəsmi internet resurslarında
    ayrıca bölmələrin yaradılması və məlumatların mütəmadi yenilənməsi tədbirlərinin həyata keçirilməsinin vacib olduğu
    qeyd edilib.
  </oxu-news-card>`,

  // No link (an announcement), no image, and a summary with its own link.
  `<oxu-news-card lang="az" datetime="2022-12-26T09:30" heading-level="3">
    <span slot="heading">Vətəndaşların qəbulu</span>
    Əhaliyə göstərilən dövlət xidmətlərinin keyfiyyətinin yüksəldilməsi məqsədilə qəbul keçiriləcək.
    Ətraflı: <a href="https://e-gov.az">Elektron hökumət portalı</a>.
  </oxu-news-card>`,
];
