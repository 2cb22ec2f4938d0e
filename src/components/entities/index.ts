/**
 * The body of each fact collection's page: what the shared entry page, `[collection]/[id]`,
 * renders between its title and its footer. A new fact collection adds its body here.
 */
import type { FactCollection } from '../../lib/collections';
import type { EntityBodyProps } from '../../lib/entity-page';
import GlossaryBody from './GlossaryBody.astro';
import NormBody from './NormBody.astro';
import NoteBody from './NoteBody.astro';
import OrganizationBody from './OrganizationBody.astro';
import SourceBody from './SourceBody.astro';
import StatisticBody from './StatisticBody.astro';

type Body<C extends FactCollection> = (props: EntityBodyProps<C>) => unknown;

const ENTITY_BODIES: { [C in FactCollection]: Body<C> } = {
  norms: NormBody,
  statistics: StatisticBody,
  sources: SourceBody,
  organizations: OrganizationBody,
  notes: NoteBody,
  glossary: GlossaryBody,
};

/** The body component of a collection, typed to take that collection's entries. */
export function entityBody<C extends FactCollection>(collection: C): Body<C> {
  return ENTITY_BODIES[collection];
}
