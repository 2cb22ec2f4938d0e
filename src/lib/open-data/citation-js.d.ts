// citation-js ships no type declarations; these cover what the APA template and the tests use.
declare module '@citation-js/core' {
  /** A bibliography: parses any input a loaded plugin knows (CSL-JSON, BibTeX, RIS) on construction. */
  export class Cite {
    constructor(data: unknown);
    /** The entries as CSL-JSON. */
    data: Record<string, unknown>[];
    /** The entries in an output format of a loaded plugin (`biblatex`, `ris`, `data`). */
    format(format: string, options?: Record<string, unknown>): string;
  }
}
