import type { APIRoute } from 'astro';
import { dataFilePaths, dataFileResponse } from '../../lib/open-data/endpoint';

/** The open-data files ending in .csv (see src/lib/open-data/files.ts). */
export function getStaticPaths() {
  return dataFilePaths('csv');
}

export const GET: APIRoute = (context) => dataFileResponse(context, 'csv');
