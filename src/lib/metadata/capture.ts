/**
 * What a reference manager saves from a page: the kind of work the page is about, as one of
 * Zotero's item types, and the meta tags that say it. Zotero's Embedded Metadata translator decides
 * the type from the tags: a `citation_*` tag for a journal title or a report institution makes a
 * journal article or a report (Highwire); without one, Dublin Core, PRISM and `z.itemType` tags go
 * through its RDF import, where `z.itemType` names the type. Schema.org JSON-LD is not read by it.
 *
 * In that RDF mode `DC.description` fills Zotero's Extra, so it carries the «Key: value» lines Zotero
 * keeps for facts its item type has no field for (a treaty's kind, a jurisdiction, a section); the
 * abstract, where there is one, comes from `og:description` or the page's description. Checked
 * against Zotero's translation-server (Embedded Metadata.js and RDF.js, 2026 translators).
 */
import type { MetaTag } from './highwire';
import { citationAuthorName } from './highwire';

/** What every captured work has. */
interface WorkBase {
  /** The work's own title (not the page's title with the site's name). */
  title: string;
  /** Its address: the official text, the printed URL, or the page. */
  url?: string | undefined;
  /** Its language (ISO 639-1). */
  language?: string | undefined;
  /**
   * Facts its item type has no field for, as Zotero's Extra lines («Jurisdiction: Kazakhstan»).
   * Only the RDF-mode types carry them: without `z.itemType`, `DC.description` would be the abstract.
   */
  extra?: string[];
}

/** An act or an international instrument: Zotero's `statute` (it has no treaty type). */
export interface StatuteWork extends WorkBase {
  itemType: 'statute';
  /** Its number (publicLawNumber). */
  number?: string | undefined;
  /** The date of adoption or signature, ISO 8601 (dateEnacted). */
  enacted?: string | undefined;
}

/** A figure: Zotero's `dataset`. */
export interface DatasetWork extends WorkBase {
  itemType: 'dataset';
  /** The date or year the figure is for. */
  date?: string | undefined;
}

/** A web page (a cited page, or a page of this site): Zotero's `webpage`. */
export interface WebpageWork extends WorkBase {
  itemType: 'webpage';
  /** Authors as printed. */
  authors?: string[];
  /** The site's name (websiteTitle). */
  site?: string | undefined;
  /** The year or date it was published. */
  date?: string | undefined;
  /** When it was read, ISO 8601 (accessDate). */
  accessed?: string | undefined;
}

/** A journal article cited by the article: Zotero's `journalArticle`, said with Highwire tags. */
export interface JournalArticleWork extends WorkBase {
  itemType: 'journalArticle';
  authors: string[];
  /** The journal's title. */
  journal: string;
  date?: string | undefined;
  issue?: string | undefined;
  /** Pages as printed, «С. 73-81» or «73–81». */
  pages?: string | undefined;
  accessed?: string | undefined;
}

/** A report or a monograph of an organisation: Zotero's `report`, said with Highwire tags. */
export interface ReportWork extends WorkBase {
  itemType: 'report';
  authors: string[];
  /** The issuing organisation (institution). */
  institution?: string | undefined;
  /** The place of publication. */
  place?: string | undefined;
  date?: string | undefined;
  accessed?: string | undefined;
}

/**
 * The article itself or a section of it. The article's Highwire tags (highwire.ts) say the work;
 * a section's page saves the same article, with the section it is in as an Extra line, so that
 * the two items agree on every field and Zotero can merge them by their DOI.
 */
export interface ArticleWork {
  itemType: 'article';
  /** The section's heading, on a section's page. */
  section?: string | undefined;
}

/** The kinds of work a page can be about, one per Zotero item type the site emits. */
export type CapturedWork =
  StatuteWork | DatasetWork | WebpageWork | JournalArticleWork | ReportWork | ArticleWork;

/** «С. 73-81» → first and last page; a single page as the first; anything else is not a page range. */
export function pageRange(printed: string): { first: string; last?: string } | undefined {
  const match = /(\d+)(?:\s*[-–—]\s*(\d+))?/u.exec(printed);
  if (!match?.[1]) return undefined;
  return match[2] ? { first: match[1], last: match[2] } : { first: match[1] };
}

/** A tag list that skips absent and blank values. */
function tagList() {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | undefined) => {
    if (content !== undefined && content.trim() !== '') tags.push({ name, content });
  };
  return { tags, add };
}

/**
 * The Extra lines of a work: its own, then the access date as printed. Zotero stamps the access
 * date with the moment of saving whatever a page says, so the printed one goes in Extra, as the
 * CSL variable `accessed` that its citation styles read from there.
 */
function extraLines(work: WorkBase & { accessed?: string | undefined }): string | undefined {
  const lines = [...(work.extra ?? []), ...(work.accessed ? [`Accessed: ${work.accessed}`] : [])];
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The RDF-mode tags: `z.itemType`, then Dublin Core; Extra lines joined as Zotero writes them. */
function rdfTags(
  itemType: string,
  work: WorkBase & { accessed?: string | undefined },
  add: (name: string, content: string | undefined) => void,
) {
  add('z.itemType', itemType);
  add('DC.title', work.title);
  add('DC.language', work.language);
  // eprints.official_url is the first address Zotero's RDF import reads, before og:url (the page).
  add('eprints.official_url', work.url);
  add('DC.description', extraLines(work));
}

/** The meta tags (`<meta name content>`) that make Zotero save `work` as its item type. */
export function captureTags(work: CapturedWork): MetaTag[] {
  const { tags, add } = tagList();
  switch (work.itemType) {
    case 'article':
      // The article's Highwire tags stand in the page; a section adds its Extra line, which
      // `z.itemType` makes Zotero read (the Highwire journal title still decides the type).
      if (work.section !== undefined) {
        add('z.itemType', 'journalArticle');
        add('DC.description', `Section: ${work.section}`);
      }
      return tags;
    case 'statute':
      rdfTags('statute', work, add);
      add('prism.number', work.number);
      add('dcterms.issued', work.enacted);
      return tags;
    case 'dataset':
      rdfTags('dataset', work, add);
      add('DC.date', work.date);
      return tags;
    case 'webpage':
      rdfTags('webpage', work, add);
      for (const author of work.authors ?? []) add('DC.creator', citationAuthorName(author));
      add('prism.publicationName', work.site);
      add('DC.date', work.date);
      return tags;
    case 'journalArticle':
    case 'report': {
      add('citation_title', work.title);
      for (const author of work.authors) add('citation_author', citationAuthorName(author));
      if (work.itemType === 'journalArticle') {
        add('citation_journal_title', work.journal);
        add('citation_issue', work.issue);
        const pages = work.pages === undefined ? undefined : pageRange(work.pages);
        add('citation_firstpage', pages?.first);
        add('citation_lastpage', pages?.last);
      } else {
        add('citation_technical_report_institution', work.institution);
        add('eprints.place_of_pub', work.place);
      }
      add('citation_publication_date', work.date);
      add('citation_language', work.language);
      add('citation_public_url', work.url);
      // Extra lines need Zotero's RDF mode (`z.itemType`); the Highwire tags still decide the type.
      const extra = extraLines(work);
      if (extra !== undefined) {
        add('z.itemType', work.itemType);
        add('DC.description', extra);
      }
      return tags;
    }
  }
}
