/** Stylesheets imported as minified text (see scripts/css-plugin.mjs). */
declare module '*.css' {
  const text: string;
  export default text;
}
