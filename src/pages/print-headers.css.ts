import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph';
import { runningHeaderStyles } from '../lib/print/running-header';

/** The running headers of printed pages (see `src/lib/print/running-header.ts`). */
export const GET: APIRoute = async () =>
  new Response(runningHeaderStyles(await getGraph()), { headers: { 'Content-Type': 'text/css' } });
