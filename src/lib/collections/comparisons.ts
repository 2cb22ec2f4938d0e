import type { Declaration } from './spec';

/** The rows of the EAEU-vs-others comparison: no pages of their own, rows of the overview's matrix. */
export const comparisons = {
  name: 'comparisons',
  extension: 'yaml',
  openData: { quotesArticle: true },
} satisfies Declaration<'comparisons'>;
