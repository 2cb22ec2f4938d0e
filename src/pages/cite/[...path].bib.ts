import type { APIRoute } from 'astro';
import { citeFilePaths, citeFileResponse } from '../../lib/cite/endpoint';

/** Every citation record as a .bib file (see src/lib/cite/files.ts). */
export function getStaticPaths() {
  return citeFilePaths('bib');
}

export const GET: APIRoute = (context) => citeFileResponse(context, 'bib');
