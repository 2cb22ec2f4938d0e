import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import yaml from 'js-yaml';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { visibleText } from '../support/built-site';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/**
 * Hostile strings pushed through the content: either the build stops, naming the file, the
 * field and the reason, or the string reaches the pages as text, inert (no element, attribute
 * or link is made of it). Each case runs a real `astro build` on a fresh copy of the project.
 */
const HOSTILE = [
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  '</title></head><body>',
  // Right-to-left override, zero-width space and joiner, stacked combining accents.
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  'e\u0301\u0301\u0301',
].join(' ');
const LONG = 'Д'.repeat(10_000);
/** A paragraph of Markdown with the same characters written as text: entities and code. */
const MARKDOWN_TEXT =
  'Текст &lt;script&gt;alert(1)&lt;/script&gt; и `<img onerror=x>` \u202Eevil\u202C zero\u200Bwidth e\u0301\u0301 ' +
  `${LONG}.`;

/** Every element of a page, parsed as a browser parses it (text inside an attribute is no element). */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    found.push(element);
  });
  return found;
}

const NOTE = 'content/notes/abstract-ru-agreement.yaml';
const SECTION = 'content/sections/moldakhmetova-2025/conclusion.md';

const projects: ProjectCopy[] = [];
afterAll(() => projects.forEach((project) => project.remove()));

function buildWith(edit: (root: string) => void) {
  const project = copyProject();
  projects.push(project);
  edit(project.root);
  return { ...project.build(), root: project.root };
}

/** Rewrites one field of a YAML content file. */
function setYaml(root: string, file: string, edit: (data: Record<string, unknown>) => void) {
  const path = join(root, file);
  const data = yaml.load(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(path, yaml.dump(data, { lineWidth: -1 }));
}

describe('hostile content stops the build, naming file, place and reason', { timeout: 120_000 }, () => {
  // One real build shows that the Markdown plugin's refusal stops it; the plugin's other refusals
  // (attribute break-outs, javascript: links, …) are tested on the plugin itself, without a build,
  // in tests/lib/markdown/remark-article-references.test.ts, and the schemas' (a javascript:
  // address in a YAML url field) in tests/schemas/schemas.test.ts.
  test('a script element in the Markdown', () => {
    const { status, output } = buildWith((root) =>
      appendFileSync(join(root, SECTION), '\n<script>alert(1)</script>\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${SECTION} → body (paragraph 7): raw HTML is not allowed in the article's text`,
    );
  });
});

describe('hostile text the content may hold reaches the pages as inert text', { timeout: 120_000 }, () => {
  let dist = '';
  let pages: { file: string; html: string }[] = [];

  beforeAll(() => {
    const { status, output, root } = buildWith((root) => {
      setYaml(root, NOTE, (data) => {
        data['title'] = { ru: `Заголовок ${HOSTILE}`, kk: `Тақырып ${HOSTILE}`, en: `Title ${HOSTILE}` };
        data['text'] = { ru: `${HOSTILE} ${LONG}`, kk: HOSTILE, en: HOSTILE };
      });
      setYaml(root, 'content/organizations/ilo.yaml', (data) => {
        data['name'] = { ...(data['name'] as object), ru: `МОТ ${HOSTILE}` };
      });
      // In Markdown, the same characters written as text (entities, code) are text, not HTML.
      appendFileSync(join(root, SECTION), `\n${MARKDOWN_TEXT}\n`);
    });
    if (status !== 0) throw new Error(`the build failed:\n${output}`);
    dist = join(root, 'dist');
    pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
  }, 120_000);

  test('no page gains a script, an event handler or a javascript: link', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { file, html } of pages) {
      for (const { tagName, properties } of elements(html)) {
        const where = `${file}: <${tagName}>`;
        if (tagName === 'script')
          expect(String(properties['src'] ?? properties['type']), where).toMatch(
            /^\/_astro\/|^application\/ld\+json$/,
          );
        expect(
          Object.keys(properties).filter((name) => /^on/i.test(name)),
          where,
        ).toEqual([]);
        for (const name of ['href', 'src'])
          expect(String(properties[name] ?? ''), where).not.toMatch(/^\s*javascript:/i);
        if (tagName === 'img') expect(properties['src'], where).not.toBe('x');
      }
    }
  });

  test("the note's page shows every string exactly as written", () => {
    const page = readFileSync(join(dist, 'notes/abstract-ru-agreement/index.html'), 'utf8');
    const text = visibleText(page);
    expect(text).toContain(`Заголовок ${HOSTILE}`);
    expect(text).toContain(LONG);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('\u202Eevil\u202C');
  });

  test('the JSON-LD and the page head hold the strings without breaking out of their element', () => {
    // The ILO's name stands in the JSON-LD of the conventions it adopted.
    const norm = readFileSync(join(dist, 'norms/ilo-c097/index.html'), 'utf8');
    const blocks = [...norm.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    expect(blocks).toHaveLength(1);
    const described = JSON.parse(blocks[0]![1]!) as { legislationPassedBy: { name: string } };
    expect(described.legislationPassedBy.name).toBe(`МОТ ${HOSTILE}`);
    for (const built of [norm, readFileSync(join(dist, 'notes/abstract-ru-agreement/index.html'), 'utf8')]) {
      // Meta tags hold the strings in attribute values (double-quoted, `"` escaped), where `<` is
      // a character and cannot close an element: outside them, every tag is a real one.
      const page = built.replace(/"[^"]*"/g, '""');
      expect(page.match(/<title>/g)).toHaveLength(1);
      expect(page.match(/<\/head>/g)).toHaveLength(1);
      expect(page.match(/<body\b/g)).toHaveLength(1);
    }
  });

  test('Markdown text written with entities and code stays text', () => {
    const page = readFileSync(join(dist, 'articles/moldakhmetova-2025/conclusion/index.html'), 'utf8');
    expect(visibleText(page)).toContain(
      `Текст <script>alert(1)</script> и <img onerror=x> \u202Eevil\u202C zero\u200Bwidth e\u0301\u0301 ${LONG}.`,
    );
    expect(page).not.toMatch(/<img\b|<script>alert/);
  });
});
