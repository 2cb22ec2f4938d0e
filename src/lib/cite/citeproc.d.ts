// citeproc-js ships no type declarations; these cover what the site uses.
declare module 'citeproc' {
  /** What the engine asks its host for: locales by tag, items by id. */
  interface CiteprocSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  /** One cited item of a citation, with an optional pinpoint. */
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }
  /** A citeproc-js processor for one style. */
  export class Engine {
    /** `style` is CSL XML or its object form; `forceLang` makes `lang` win over the style's default locale. */
    constructor(sys: CiteprocSys, style: unknown, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    /** The bibliography: its parameters, then one string per entry. */
    makeBibliography(): [Record<string, unknown>, string[]];
    /** A citation (a note's text, or an in-text citation) of the items. */
    makeCitationCluster(items: CiteItem[]): string;
  }
  /** The module's default export holds the processor class. */
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
