import type { APIRoute } from 'astro';
import { citeFilePaths, citeFileResponse } from '../../lib/cite/endpoint';

/** Every citation record as a .json file (see src/lib/cite/files.ts). */
export function getStaticPaths() {
  return citeFilePaths('json');
}

export const GET: APIRoute = (context) => citeFileResponse(context, 'json');
