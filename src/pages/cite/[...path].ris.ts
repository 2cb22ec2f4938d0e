import type { APIRoute } from 'astro';
import { citeFilePaths, citeFileResponse } from '../../lib/cite/endpoint';

/** Every citation record as a .ris file (see src/lib/cite/files.ts). */
export function getStaticPaths() {
  return citeFilePaths('ris');
}

export const GET: APIRoute = (context) => citeFileResponse(context, 'ris');
