// nspell ships no types; this is the part of its API Soát Tin uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  function nspell(dictionary: { aff: string; dic: string }): NSpell;
  export default nspell;
}
