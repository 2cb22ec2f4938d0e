import type { APIContext } from 'astro';
import { getGraph } from '../graph';
import { DATA_FILES, dataFile } from './files';
import { siteRoot } from '../site-url';

/**
 * The extensions of the data files. Each has its own route, `src/pages/data/[name].<ext>.ts`: a
 * route whose pattern ends in an extension is a file, which the dev server then serves without
 * the trailing slash the site's pages have.
 */
export type DataExtension = 'json' | 'csv' | 'bib' | 'ris';

/** `getStaticPaths` of a data-file route: every catalogue file with the extension. */
export function dataFilePaths(extension: DataExtension) {
  const suffix = `.${extension}`;
  return DATA_FILES.filter((file) => file.name.endsWith(suffix)).map((file) => ({
    params: { name: file.name.slice(0, -suffix.length) },
  }));
}

/** The response of a data-file route: the file written from the graph, with its media type. */
export async function dataFileResponse(
  { params, site }: Pick<APIContext, 'params' | 'site'>,
  extension: DataExtension,
): Promise<Response> {
  const file = dataFile(`${params['name']}.${extension}`);
  const body = file.render(await getGraph(), siteRoot(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': file.mediaType } });
}
