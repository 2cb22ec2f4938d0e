// citeproc-js ships no type declarations; these cover what the build tests use.
declare module 'citeproc' {
  /** What the engine asks its host for: locales by language, items by id. */
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  /** A citeproc-js processor for one style. */
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    /** The bibliography: its parameters, then one string per entry. */
    makeBibliography(): [Record<string, unknown>, string[]];
  }
  /** The module's default export holds the processor class. */
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
