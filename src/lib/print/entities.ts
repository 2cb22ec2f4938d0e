import type { EntityCollection } from '../routes';

/** The collections whose entries are printed as facts plus the paragraphs that cite them. */
export const PRINTED_ENTITIES = [
  'norms',
  'statistics',
  'sources',
  'organizations',
  'notes',
  'glossary',
] as const;
export type PrintedEntity = (typeof PRINTED_ENTITIES)[number] & EntityCollection;
