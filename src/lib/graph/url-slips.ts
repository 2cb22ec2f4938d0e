import type { Collections } from '../content';
import type { ContentProblem } from '../integrity';
import { fileOf } from './keys';

/**
 * Every legal-act source whose `urlPointsToOtherAct` cannot stand: the note it names must be a
 * slip about this source that names the printed address, and the norm must have an
 * `official.url` other than the printed one (the address the take-away records carry instead).
 * A dangling note id is reported by the reference check.
 */
export function findUrlSlipProblems({ sources, notes, norms }: Collections): ContentProblem[] {
  return sources.flatMap((source) => {
    const { data } = source;
    if (data.kind !== 'legal-act' || data.urlPointsToOtherAct === undefined) return [];
    const problem = (reason: string): ContentProblem[] => [
      { file: fileOf(source), field: 'urlPointsToOtherAct', reason },
    ];
    const noteId = data.urlPointsToOtherAct.id;
    const note = notes.find((n) => n.id === noteId);
    const norm = norms.find((n) => n.id === data.norm.id);
    if (!note || !norm) return [];
    const printed = data.url;
    if (printed === null) return problem('the source has no printed url to correct');
    if (note.data.category !== 'slip')
      return problem(`note "${noteId}" is a ${note.data.category}, not a slip`);
    if (!note.data.about.sources.some((ref) => ref.id === source.id))
      return problem(`note "${noteId}" is not about this source`);
    if (!Object.values(note.data.text).some((text) => text?.includes(printed)))
      return problem(`note "${noteId}" does not name the printed address ${printed}`);
    const official = norm.data.official.url;
    if (official === undefined) return problem(`norm "${norm.id}" has no official.url to carry instead`);
    if (official === printed) return problem(`norm "${norm.id}" has the printed address as its official.url`);
    return [];
  });
}
