import { z } from 'astro/zod';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { DATA_FILES, SCHEMA_NAMES } from '../../../src/lib/open-data/files';
import {
  DATA_SETS,
  dataSetFileSchema,
  exportItemSchema,
  flattenSchema,
  itemSchemas,
  jsonSchemaOf,
} from '../../../src/lib/open-data/schemas';
import { dataSetItems, flattenReferences } from '../../../src/lib/open-data/export-items';
import { NormSchema } from '../../../src/schemas/norm';
import { NoteSchema } from '../../../src/schemas/note';
import { loadContent } from '../../support/load-content';
import { createAjv } from './json-schema';

const root = new URL('https://example.org/explorer/');
let graph: Graph;
beforeAll(async () => {
  graph = buildGraph(await loadContent('tests/fixtures/content'));
});

describe('flattenSchema', () => {
  test('turns a reference into a string and keeps everything else', () => {
    const flat = flattenSchema(NormSchema);
    const norm = flattenReferences(graph.entry('norms', 'demo-constitution').data);
    expect(flat.safeParse({ ...norm, jurisdiction: 'demo-university' }).success).toBe(true);
    expect(
      flat.safeParse({ ...norm, jurisdiction: { id: 'demo-university', collection: 'organizations' } })
        .success,
    ).toBe(false);
    // Strictness is kept: an unknown field fails as it does in the collection schema.
    expect(flat.safeParse({ ...norm, extra: 1 }).success).toBe(false);
  });

  test('describes a reference by its collection in the JSON Schema', () => {
    const json = JSON.stringify(z.toJSONSchema(flattenSchema(NormSchema)));
    expect(json).toContain('The id of an entry of the organizations collection');
    expect(json).toContain('The id of an entry of the norms collection');
  });

  test('keeps refinements', () => {
    const about = flattenSchema(NoteSchema.shape.about);
    expect(about.safeParse({}).success).toBe(false);
    expect(about.safeParse({ norms: ['demo-constitution'] }).success).toBe(true);
  });

  test('refuses a kind of schema it does not know', () => {
    expect(() => flattenSchema(z.record(z.string(), z.string()))).toThrow(/record/);
  });

  test('exportItemSchema adds fields to every variant of a union', () => {
    const schema = exportItemSchema(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a') }),
        z.strictObject({ kind: z.literal('b'), b: z.string() }),
      ]),
      { id: z.string() },
    );
    expect(schema.safeParse({ kind: 'a', id: 'x' }).success).toBe(true);
    expect(schema.safeParse({ kind: 'b', b: 'y', id: 'x' }).success).toBe(true);
    expect(schema.safeParse({ kind: 'b', b: 'y' }).success).toBe(false);
  });
});

describe('item schemas', () => {
  test.each(DATA_SETS)('%s: every exported item parses', (set) => {
    const items = dataSetItems(graph, set, root);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(itemSchemas[set].safeParse(item).error).toBeUndefined();
  });

  test('a data-set file schema pins its schema address and content folder', () => {
    const schema = dataSetFileSchema(root, 'norms');
    expect(schema.shape.schema.value).toBe('https://example.org/explorer/data/schemas/norms.schema.json');
    expect(schema.shape.generated_from.safeParse('content/norms').success).toBe(true);
  });
});

describe('JSON Schemas', () => {
  test('every schema file is generated with its own address as $id', () => {
    for (const name of SCHEMA_NAMES) {
      const schema = jsonSchemaOf(root, name);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`https://example.org/explorer/data/schemas/${name}.schema.json`);
    }
  });

  test.each(DATA_FILES.filter((file) => file.schema !== undefined).map((file) => file.name))(
    '%s validates against its schema (ajv)',
    (name) => {
      const file = DATA_FILES.find((f) => f.name === name);
      if (!file?.schema) throw new Error(name);
      const validate = createAjv().compile(jsonSchemaOf(root, file.schema));
      const valid = validate(JSON.parse(file.render(graph, root)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  test('the schema rejects an item with a reference left as an object', () => {
    const validate = createAjv().compile(jsonSchemaOf(root, 'norms'));
    const data = JSON.parse(DATA_FILES.find((f) => f.name === 'norms.json')?.render(graph, root) ?? '{}');
    data.items[0].official.adoptedBy = { id: 'demo-university', collection: 'organizations' };
    expect(validate(data)).toBe(false);
  });
});
