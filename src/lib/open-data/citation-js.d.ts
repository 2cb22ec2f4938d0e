// citation-js ships no type declarations; these cover what the open-data export and its tests use.
declare module '@citation-js/core' {
  /** A bibliography: parses any input a loaded plugin knows (CSL-JSON, BibTeX, RIS) on construction. */
  export class Cite {
    constructor(data: unknown);
    /** The entries as CSL-JSON. */
    data: Record<string, unknown>[];
    /** The entries in an output format of a loaded plugin (`biblatex`, `ris`, `data`). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** The plugin registry; `config.get('@bibtex')` is the BibTeX plugin's mutable settings. */
  export const plugins: { config: { get(plugin: string): unknown } };
}
