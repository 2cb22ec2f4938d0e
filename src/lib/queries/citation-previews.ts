import { pick, useTranslations } from '../../i18n';
import type { UiLang } from '../../i18n/langs';
import { formatDate } from '../format';
import type { Graph } from '../graph';
import type { MentionCollection } from '../collections';
import { statusPhrase } from '../norm-status';
import { mentionKey } from '../markdown/remark-article-references';
import { paragraphAnchor } from '../routes';

/** The one-line preview of a mentioned entity, keyed as the mention links' `data-mention`. */
export interface CitationPreview {
  key: string;
  text: string;
}

/** A preview that applies only in some paragraphs (their anchors, space-separated): where the editors read a norm. */
export interface ReadingPreview extends CitationPreview {
  at: string;
}

/** What a reader checks before following a mention: a norm's date and status, a figure, a name. */
function previewText(graph: Graph, collection: MentionCollection, id: string, lang: UiLang): string {
  const t = useTranslations(lang);
  if (collection === 'norms') {
    const norm = graph.entry('norms', id).data;
    const name = pick(norm.shortTitle, lang).text;
    const status = statusPhrase(norm, lang);
    return norm.official.adopted
      ? t('preview.norm', { name, date: formatDate(norm.official.adopted, lang), status })
      : t('preview.norm.undated', { name, status });
  }
  if (collection === 'statistics') {
    const { label, printedValue, qualifier, at } = graph.entry('statistics', id).data;
    return t('preview.statistic', {
      value: qualifier ? `${qualifier} ${printedValue}` : printedValue,
      label: pick(label, lang).text,
      when: at.kind === 'date' ? formatDate(at.date, lang) : String(at.year),
    });
  }
  return pick(graph.entry('organizations', id).data.name, lang).text;
}

/**
 * The previews of every entity the shown sections mention, one per entity; and, for a norm the
 * editors read a mention as (the article does not name it there), one more per note, with the
 * shown paragraphs where it applies and the note's title.
 */
export function citationPreviews(
  graph: Graph,
  sections: string[],
  lang: UiLang,
): { previews: CitationPreview[]; readings: ReadingPreview[] } {
  const t = useTranslations(lang);
  const mentioned = new Map(
    sections.flatMap((s) => graph.mentionsIn(s)).map((m) => [mentionKey(m.collection, m.id), m]),
  );
  const previews = [...mentioned].map(([key, { collection, id }]) => ({
    key,
    text: previewText(graph, collection, id, lang),
  }));
  const shown = new Set(sections);
  const readings = [...mentioned].flatMap(([key, { collection, id }], index) => {
    const text = previews[index]?.text ?? '';
    if (collection !== 'norms') return [];
    const byNote = new Map<string, { title: string; anchors: string[] }>();
    for (const site of graph.citedIn('norms', id)) {
      if (!site.reading || !shown.has(site.section.id)) continue;
      const entry = byNote.get(site.reading.id) ?? {
        title: pick(site.reading.data.title, lang).text,
        anchors: [],
      };
      entry.anchors.push(paragraphAnchor(site.section.id, site.paragraph));
      byNote.set(site.reading.id, entry);
    }
    return [...byNote.values()].map(({ title, anchors }) => ({
      key,
      at: anchors.join(' '),
      text: t('preview.reading', { preview: text, note: title }),
    }));
  });
  return { previews, readings };
}
