import type { Graph } from '../graph';
import { toBib } from '../open-data/bibtex';
import type { CslItem } from '../open-data/csl';
import { toRis } from '../open-data/ris';
import { citeFilePath, entityPath } from '../routes';
import { DEFAULT_LANG } from '../../i18n';
import { citeRecord } from './records';
import { RECORD_COLLECTIONS, type RecordTarget } from './target';
import { absoluteUrl, withBase } from '../site-url';

/** The formats an entry's citation record is downloaded in. */
export type CiteFileExtension = 'bib' | 'ris' | 'json';

/** One download format of the citation records. */
export interface CiteFileFormat {
  /** The file extension, which is also the route's. */
  extension: CiteFileExtension;
  /** The format's name (a proper name, the same in every language). */
  format: string;
  /** The media type it is served as. */
  mediaType: string;
  /** Writes one record in the format. */
  render(item: CslItem): string;
}

/** The download formats, in the order the cite box links them. */
export const CITE_FILE_FORMATS: readonly CiteFileFormat[] = [
  {
    extension: 'bib',
    format: 'BibTeX',
    mediaType: 'application/x-bibtex; charset=utf-8',
    render: (item) => toBib([item], 'bibtex'),
  },
  {
    extension: 'ris',
    format: 'RIS',
    mediaType: 'application/x-research-info-systems; charset=utf-8',
    render: (item) => toRis([item]),
  },
  {
    extension: 'json',
    format: 'CSL-JSON',
    mediaType: 'application/vnd.citationstyles.csl+json',
    // CSL-JSON is a list of items, even of one.
    render: (item) => `${JSON.stringify([item], null, 2)}\n`,
  },
];

/** A download format by extension; throws on an unknown one. */
export function citeFileFormat(extension: string): CiteFileFormat {
  const format = CITE_FILE_FORMATS.find((f) => f.extension === extension);
  if (!format) throw new Error(`cite: no download format "${extension}"`);
  return format;
}

/** Every entry that has a citation record, collection by collection. */
export function recordTargets(graph: Graph): RecordTarget[] {
  return RECORD_COLLECTIONS.flatMap((collection) =>
    graph.collections[collection].map((entry) => ({ collection, id: entry.id })),
  );
}

/** Path of a target's record in a format, without the base (see `citeFilePath`). */
export function recordFilePath(target: RecordTarget, extension: CiteFileExtension): string {
  return citeFilePath(target.collection, target.id, extension);
}

/**
 * An entry's record as published in the download files: a section names its (Russian, x-default)
 * page, the language-neutral address of the text it cites.
 */
export function publishedRecord(graph: Graph, target: RecordTarget, root: URL): CslItem {
  return citeRecord(graph, target, absoluteUrl(root, entityPath(target.collection, target.id), DEFAULT_LANG));
}

/** A download link of a record. */
export interface RecordDownload {
  /** The format's name, the link's text. */
  format: string;
  /** The file's address, with the site's base. */
  href: string;
  /** The media type, for the link's `type`. */
  mediaType: string;
  /** The file name offered to save it as (a section's id has a slash: `moldakhmetova-2025-introduction.bib`). */
  fileName: string;
}

/** The download links of a record, one per format, under the site's base. */
export function recordDownloads(target: RecordTarget, base: string): RecordDownload[] {
  return CITE_FILE_FORMATS.map(({ extension, format, mediaType }) => ({
    format,
    href: withBase(base, recordFilePath(target, extension)),
    mediaType,
    fileName: `${target.id.replaceAll('/', '-')}.${extension}`,
  }));
}
