import type { APIContext } from 'astro';
import { getGraph } from '../graph';
import {
  citeFileFormat,
  publishedRecord,
  recordFilePath,
  recordTargets,
  type CiteFileExtension,
} from './files';
import type { RecordTarget } from './target';
import { siteRoot } from '../site-url';

/**
 * `getStaticPaths` of a citation-file route (`src/pages/cite/[...path].<ext>.ts`): every record,
 * its path under cite/ without the extension as the rest parameter, its target as props.
 */
export async function citeFilePaths(extension: CiteFileExtension) {
  const graph = await getGraph();
  const suffix = `.${extension}`;
  return recordTargets(graph).map((target) => ({
    params: { path: recordFilePath(target, extension).slice('cite/'.length, -suffix.length) },
    props: { target },
  }));
}

/** The response of a citation-file route: the target's record in the format, with its media type. */
export async function citeFileResponse(
  { props, site }: Pick<APIContext, 'props' | 'site'>,
  extension: CiteFileExtension,
): Promise<Response> {
  const { target } = props as { target: RecordTarget };
  const format = citeFileFormat(extension);
  const item = publishedRecord(await getGraph(), target, siteRoot(site, import.meta.env.BASE_URL));
  return new Response(format.render(item), { headers: { 'Content-Type': format.mediaType } });
}
