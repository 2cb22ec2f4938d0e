import type { Entry } from '../content';

/** The norms an organization adopted, and the international instruments it is the jurisdiction of. */
export function normsOfOrganization(norms: Entry<'norms'>[], organization: string): Entry<'norms'>[] {
  return norms.filter(
    ({ data }) =>
      data.official.adoptedBy?.id === organization ||
      (data.jurisdiction !== 'KZ' && data.jurisdiction.id === organization),
  );
}
