/** What `/__oxu/package-layout.json` (test/package/server-plugin.mjs) reports. */
export interface PackageLayout {
  /** element folders under src/components/, e.g. `font-size` */
  components: string[];
  /** every built ES module, e.g. `/dist/esm/components/font-size/font-size.js` */
  esm: string[];
  /** every TypeScript source file, e.g. `/src/page/engine.ts` */
  src: string[];
  /** package.json "sideEffects", e.g. `./dist/esm/index.js` */
  sideEffects: string[];
  exports: Record<string, string | Record<string, string>>;
}

export async function packageLayout(): Promise<PackageLayout> {
  const response = await fetch('/__oxu/package-layout.json');
  if (!response.ok) throw new Error('no /__oxu/package-layout.json: is packageLayoutPlugin in web-test-runner.config.mjs?');
  const layout = (await response.json()) as PackageLayout;
  if (!layout.esm.length) throw new Error('dist/esm is empty: run `npm run build` first');
  return layout;
}
