/**
 * The face that tests measuring rendered text use, shipped with the test setup
 * (@fontsource/noto-sans, served from node_modules), so that widths do not
 * depend on which fonts a machine happens to have. Latin, Latin Extended
 * (Azerbaijani ə, ğ, ş) and Cyrillic.
 */
export const TEST_FONT = 'Oxu Test Sans';

const FILES = '/node_modules/@fontsource/noto-sans/files/noto-sans';
const SUBSETS: ReadonlyArray<readonly [string, string]> = [
  ['latin', 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212'],
  ['latin-ext', 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1E00-1E9F,U+2C60-2C7F,U+A720-A7FF'],
  ['cyrillic', 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'],
];

/** CSS that sets the test face on one line of text: `style="${TEST_TEXT_STYLE}"`. */
export const TEST_TEXT_STYLE = `font-family:'${TEST_FONT}';white-space:nowrap`;

const loaded = new WeakMap<Document, Promise<void>>();

/**
 * Adds the test face to `doc` (FontFace API: no stylesheet for the font
 * scaler to see) and resolves once every subset has loaded.
 */
export function loadTestFont(doc: Document = document): Promise<void> {
  let done = loaded.get(doc);
  if (!done) {
    const View = doc.defaultView as (Window & typeof globalThis) | null;
    const Face = View?.FontFace ?? FontFace;
    const faces = SUBSETS.flatMap(([subset, unicodeRange]) =>
      (['400', '700'] as const).map((weight) => new Face(TEST_FONT, `url(${FILES}-${subset}-${weight}-normal.woff2) format('woff2')`, { unicodeRange, weight })),
    );
    for (const face of faces) doc.fonts.add(face);
    done = Promise.all(faces.map((face) => face.load())).then(() => undefined);
    loaded.set(doc, done);
  }
  return done;
}
