import { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article';
import { COLLECTION_SCHEMAS } from '../../schemas/collections';
import { TextSchema } from '../../schemas/common';
import { SectionSchema } from '../../schemas/section';
import { OPEN_DATA_COLLECTIONS, type OpenDataCollection } from '../collections';
import { CslItemSchema } from './csl';

/**
 * An entry's data as published: every reference (`{ collection, id }`, what Astro's `reference()`
 * outputs) replaced by the bare id. The type-level twin of `flattenReferences` and `flattenSchema`.
 */
export type Flattened<T> = T extends { id: string; collection: string }
  ? string
  : T extends readonly (infer U)[]
    ? Flattened<U>[]
    : T extends object
      ? { [K in keyof T]: Flattened<T[K]> }
      : T;

/**
 * The collection an Astro `reference()` schema points at, or undefined for any other schema.
 * A reference is a pipe into a transform that turns a bare id into `{ id, collection }`; parsing
 * an id through it is the public way to learn the collection (the name sits in a closure).
 */
function referencedCollection(schema: z.core.$ZodType): string | undefined {
  if (!(schema instanceof z.ZodPipe) || !(schema.def.out instanceof z.ZodTransform)) return undefined;
  const probe = schema.safeParse('probe');
  if (!probe.success) return undefined;
  const data: unknown = probe.data;
  return typeof data === 'object' &&
    data !== null &&
    'id' in data &&
    data.id === 'probe' &&
    'collection' in data &&
    typeof data.collection === 'string'
    ? data.collection
    : undefined;
}

/** Schema kinds that hold no other schema and describe JSON values as they are. */
const LEAVES = new Set(['string', 'number', 'boolean', 'literal', 'enum', 'null']);

/**
 * The schema of an entry's data as published: the same schema with every `reference()` replaced by
 * a string (the id) and every other pipe by its output side (a preprocessed date is a plain ISO
 * string once parsed). Strictness, checks and refinements are kept. Throws on a kind of schema it
 * does not know, so that a new construct in src/schemas cannot slip into the export unconverted.
 */
export function flattenSchema(schema: z.core.$ZodType): z.ZodType {
  const collection = referencedCollection(schema);
  if (collection !== undefined)
    return z.string().meta({ description: `The id of an entry of the ${collection} collection` });
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const rebuilt = (changes: object) =>
    z.core.clone(schema, { ...def, ...changes } as typeof schema._zod.def) as z.ZodType;
  switch (def.type) {
    case 'pipe':
      return flattenSchema(def.out);
    case 'object':
      return rebuilt({
        shape: Object.fromEntries(
          Object.entries(def.shape).map(([key, value]) => [key, flattenSchema(value)]),
        ),
      });
    case 'array':
      return rebuilt({ element: flattenSchema(def.element) });
    case 'optional':
    case 'nullable':
    case 'default':
      return rebuilt({ innerType: flattenSchema(def.innerType) });
    case 'union':
      return rebuilt({ options: def.options.map(flattenSchema) });
    default:
      if (LEAVES.has(def.type)) return schema as z.ZodType;
      throw new Error(`open data: no export form for a zod ${def.type} schema`);
  }
}

/** Adds fields to an object schema, or to every option of a union of objects. */
function withFields(schema: z.ZodType, fields: z.ZodRawShape): z.ZodType {
  if (schema instanceof z.ZodObject) return schema.extend(fields);
  if (schema instanceof z.ZodUnion)
    return z.core.clone(schema, {
      ...schema.def,
      options: schema.def.options.map((option) => withFields(option as z.ZodType, fields)),
    });
  throw new Error('open data: an exported item must be an object or a union of objects');
}

/**
 * The schema of one exported item: a collection schema flattened (`flattenSchema`) with extra
 * fields (the id, the page) added to it, or to each variant of a discriminated union.
 */
export function exportItemSchema<T extends z.ZodType, S extends z.ZodRawShape>(
  schema: T,
  fields: S,
): ExportItemSchema<T, S> {
  return withFields(flattenSchema(schema), fields) as ExportItemSchema<T, S>;
}
type ExportItemSchema<T extends z.ZodType, S extends z.ZodRawShape> = z.ZodType<
  Flattened<z.output<T>> & z.output<z.ZodObject<S>>
>;

/** What every exported entry carries besides its data. */
const identity = {
  /** The entry's id: its file name, permanent. */
  id: z.string().meta({ description: "The entry's id: its file name under content/, permanent" }),
  /** The entry's page. */
  pageUrl: z.url().meta({
    description: "The entry's page (Russian interface; the same path under /kk/ and /en/ gives the others)",
  }),
};

/** A place in the article that has its own permalink. */
const anchored = {
  /** The fragment id on the page. */
  anchor: TextSchema.meta({ description: 'The fragment id on the page' }),
  /** The page and the fragment. */
  permalink: z.url().meta({ description: 'The page with the fragment: a stable link to this place' }),
};

/** A body paragraph: its number, verbatim text and permalink. */
const ParagraphItemSchema = z.strictObject({
  /** The paragraph's number in its section, from 1. */
  number: z.int().positive(),
  ...anchored,
  /** The text exactly as printed (footnote markers kept). */
  text: TextSchema.meta({ description: 'The paragraph exactly as printed, footnote markers kept' }),
});

/** A section of the article with its paragraphs. */
const SectionItemSchema = exportItemSchema(SectionSchema, {
  ...identity,
  /** The paragraphs in reading order. */
  paragraphs: z.array(ParagraphItemSchema),
});

/** A footnote or an entry of the numbered reference list, as printed. */
const NumberedItemSchema = z.strictObject({
  /** The number as printed. */
  number: z.int().positive(),
  ...anchored,
  /** The source it prints. */
  source: z.string().meta({ description: 'The id of an entry of the sources collection' }),
  /** The text exactly as printed. */
  printed: TextSchema,
});

/** The article with its whole structure: front matter, sections, footnotes, references. */
const ArticleItemSchema = exportItemSchema(ArticleSchema, {
  ...identity,
  /** The whole text on one page. */
  fullTextUrl: z.url(),
  /** The body sections in reading order. */
  sections: z.array(SectionItemSchema),
  /** The footnotes in number order. */
  footnotes: z.array(NumberedItemSchema),
  /** The numbered references in number order, with the transliterated «References» entry. */
  references: z.array(NumberedItemSchema.extend({ printedTransliterated: TextSchema })),
});

/** The schema of one item of each data set. */
export const itemSchemas = {
  article: ArticleItemSchema,
  ...(Object.fromEntries(
    OPEN_DATA_COLLECTIONS.map((collection) => [
      collection,
      exportItemSchema(COLLECTION_SCHEMAS[collection], identity),
    ]),
  ) as { [C in OpenDataCollection]: ExportItemSchema<(typeof COLLECTION_SCHEMAS)[C], typeof identity> }),
};

/** A data set: one JSON file of items (`data/<name>.json`). */
export type DataSet = keyof typeof itemSchemas;
/** The data sets, in the order the open-data page and the dump list them. */
export const DATA_SETS = Object.keys(itemSchemas) as DataSet[];
/** One exported item of a data set. */
export type ExportItem<D extends DataSet> = z.output<(typeof itemSchemas)[D]>;

/** The repository folders a data set is generated from: a collection's is its own. */
export const generatedFrom = (set: DataSet): string | string[] =>
  set === 'article' ? ['content/articles', 'content/sections', 'content/sources'] : `content/${set}`;

/** The terms of an export: a licence for the editorial encoding, and what it does not cover. */
export const LicenseSchema = z.strictObject({
  /** SPDX identifier. */
  id: z.literal('CC-BY-4.0'),
  /** The licence's text. */
  url: z.url(),
  /** What the licence covers. */
  covers: TextSchema,
  /** What it does not cover: the article's own text, quoted. */
  excludes: TextSchema,
});
export type License = z.output<typeof LicenseSchema>;

/** The schema files published under data/schemas/: one per data set, the dump, the CSL-JSON. */
export type SchemaName = DataSet | 'dump' | 'sources.csl';

/** Path of a schema file, without the base. */
export const schemaPath = (name: SchemaName): string => `data/schemas/${name}.schema.json`;

/** The fields every JSON export opens with. */
function envelopeFields(root: URL, name: SchemaName, generatedFrom: string | string[]) {
  return {
    /** The address of the file's JSON Schema. */
    schema: z.literal(new URL(schemaPath(name), root).href),
    /** The terms of use. */
    license: LicenseSchema,
    /** The repository folders the file is generated from. */
    generated_from:
      typeof generatedFrom === 'string'
        ? z.literal(generatedFrom)
        : z.tuple(generatedFrom.map((folder) => z.literal(folder)) as [z.ZodLiteral<string>]),
  };
}

/** The schema of a whole data-set file (`data/<set>.json`): the envelope and its items. */
export function dataSetFileSchema(root: URL, set: DataSet) {
  return z
    .strictObject({
      ...envelopeFields(root, set, generatedFrom(set)),
      /** The entries. */
      items: z.array(itemSchemas[set]),
    })
    .meta({ title: `data/${set}.json`, description: `Open data: ${set}, one item per entry.` });
}

/** The schema of `data/dump.json`: every data set in one file. */
export function dumpFileSchema(root: URL) {
  const datasets = Object.fromEntries(DATA_SETS.map((set) => [set, z.array(itemSchemas[set])])) as {
    [D in DataSet]: z.ZodArray<(typeof itemSchemas)[D]>;
  };
  return z
    .strictObject({
      ...envelopeFields(root, 'dump', 'content'),
      /** The items of every data set, keyed by its name. */
      datasets: z.strictObject(datasets),
    })
    .meta({ title: 'data/dump.json', description: 'Open data: every data set in one file.' });
}

/** The schema of `data/sources.csl.json`: a CSL-JSON array. */
export const cslFileSchema = () =>
  z.array(CslItemSchema).meta({
    title: 'data/sources.csl.json',
    description:
      'The sources the article cites, as CSL-JSON items (the fields this export uses). Where an editorial note records that a printed address is another act’s, URL is the act’s official address and note gives the printed one.',
  });

/**
 * The JSON Schema (draft 2020-12) of an export, generated from its zod schema, with its own
 * address as `$id`. `io: 'output'` describes data after parsing: defaults filled in.
 */
export function jsonSchemaOf(root: URL, name: SchemaName): Record<string, unknown> {
  const schema =
    name === 'dump'
      ? dumpFileSchema(root)
      : name === 'sources.csl'
        ? cslFileSchema()
        : dataSetFileSchema(root, name);
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: new URL(schemaPath(name), root).href, ...rest };
}
