import type { Graph } from '../graph';
import { statisticsCsv } from './csv';
import { toBib } from './bibtex';
import { sourcesCsl } from './csl';
import { toRis } from './ris';
import { dataSetItems, licenseOf } from './export-items';
import { REGISTRY } from '../collections';
import { DATA_SETS, generatedFrom, schemaPath, type DataSet, type SchemaName } from './schemas';

/** Which file a catalogue entry is: a data set, or one of the other formats. */
export type DataFileKey = DataSet | 'statisticsCsv' | 'sourcesCsl' | 'sourcesBib' | 'sourcesRis' | 'dump';

/** One file of the open data, published at `<site>data/<name>`. */
export interface DataFile {
  /** The file name under data/; permanent, like the ids. */
  name: string;
  /** Which file: its description is the UI string `data.file.<key>`. */
  key: DataFileKey;
  /** The format's name (a proper name, the same in every language). */
  format: string;
  /** The media type it is served as. */
  mediaType: string;
  /** Its JSON Schema, where it has one. */
  schema?: SchemaName;
  /** Whether it quotes the article's words, which the data licence does not cover. */
  quotesArticle: boolean;
  /** Writes the file. */
  render(graph: Graph, root: URL): string;
}

/** JSON as published: indented for reading, ending in a newline. */
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The address of a schema file. */
const schemaUrl = (root: URL, name: SchemaName): string => new URL(schemaPath(name), root).href;

/** A data set's file: the envelope (schema, licence, where from) and the items. */
function dataSetFile(set: DataSet, quotesArticle: boolean): DataFile {
  return {
    name: `${set}.json`,
    key: set,
    format: 'JSON',
    mediaType: 'application/json',
    schema: set,
    quotesArticle,
    render: (graph, root) =>
      json({
        schema: schemaUrl(root, set),
        license: licenseOf(graph),
        generated_from: generatedFrom(set),
        items: dataSetItems(graph, set, root),
      }),
  };
}

/**
 * Whether a data set's items quote the article (paragraphs, quotes, sentences, printed entries):
 * the article's always do; a collection's registry entry says.
 */
const quotesArticle = (set: DataSet): boolean =>
  set === 'article' || REGISTRY.declaration(set).openData?.quotesArticle === true;

/** Every file of the open data, in the order the open-data page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  ...DATA_SETS.flatMap((set): DataFile[] => {
    const file = dataSetFile(set, quotesArticle(set));
    if (set === 'statistics')
      return [
        file,
        {
          name: 'statistics.csv',
          key: 'statisticsCsv',
          format: 'CSV',
          mediaType: 'text/csv; charset=utf-8',
          quotesArticle: true,
          render: statisticsCsv,
        },
      ];
    if (set === 'sources')
      return [
        file,
        {
          name: 'sources.csl.json',
          key: 'sourcesCsl',
          format: 'CSL-JSON',
          mediaType: 'application/vnd.citationstyles.csl+json',
          schema: 'sources.csl',
          quotesArticle: false,
          render: (graph) => json(sourcesCsl(graph)),
        },
        {
          name: 'sources.bib',
          key: 'sourcesBib',
          format: 'BibLaTeX',
          mediaType: 'application/x-bibtex; charset=utf-8',
          quotesArticle: false,
          render: (graph) => toBib(sourcesCsl(graph), 'biblatex'),
        },
        {
          name: 'sources.ris',
          key: 'sourcesRis',
          format: 'RIS',
          mediaType: 'application/x-research-info-systems; charset=utf-8',
          quotesArticle: false,
          render: (graph) => toRis(sourcesCsl(graph)),
        },
      ];
    return [file];
  }),
  {
    name: 'dump.json',
    key: 'dump',
    format: 'JSON',
    mediaType: 'application/json',
    schema: 'dump',
    quotesArticle: true,
    render: (graph, root) =>
      json({
        schema: schemaUrl(root, 'dump'),
        license: licenseOf(graph),
        generated_from: 'content',
        datasets: Object.fromEntries(DATA_SETS.map((set) => [set, dataSetItems(graph, set, root)])),
      }),
  },
];

/** Every schema file under data/schemas/. */
export const SCHEMA_NAMES: readonly SchemaName[] = DATA_FILES.flatMap((file) =>
  file.schema === undefined ? [] : [file.schema],
);

/** A file of the catalogue by name; throws on an unknown one. */
export function dataFile(name: string | undefined): DataFile {
  const file = DATA_FILES.find((f) => f.name === name);
  if (!file) throw new Error(`open data: no file "${name}"`);
  return file;
}
