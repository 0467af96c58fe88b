// The Hunspell files of dictionary-vi are imported as text: esbuild's `text` loader in
// scripts/build.mjs, and a small plugin in vitest.config.mts for the tests.
declare module '*.aff' {
  const text: string;
  export default text;
}
declare module '*.dic' {
  const text: string;
  export default text;
}
