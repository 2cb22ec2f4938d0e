import type { APIRoute } from 'astro';
import { SCHEMA_NAMES } from '../../../lib/open-data/files';
import { jsonSchemaOf, type SchemaName } from '../../../lib/open-data/schemas';
import { siteRoot } from '../../../lib/site-url';

/** The JSON Schema of every JSON export, generated from the zod schemas. */
export function getStaticPaths() {
  return SCHEMA_NAMES.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = SCHEMA_NAMES.find((n) => n === params['name']);
  if (name === undefined) throw new Error(`open data: no schema "${params['name']}"`);
  const schema = jsonSchemaOf(siteRoot(site, import.meta.env.BASE_URL), name satisfies SchemaName);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
