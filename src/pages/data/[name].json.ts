import type { APIRoute } from 'astro';
import { dataFilePaths, dataFileResponse } from '../../lib/open-data/endpoint';

/** The open-data files ending in .json (see src/lib/open-data/files.ts). */
export function getStaticPaths() {
  return dataFilePaths('json');
}

export const GET: APIRoute = (context) => dataFileResponse(context, 'json');
