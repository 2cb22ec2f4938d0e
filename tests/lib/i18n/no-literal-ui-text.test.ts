import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

/** Lints a template as if it were a component of the site, with the project's own config. */
async function problems(template: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(template, { filePath: 'src/components/Fixture.astro' });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'i18n/no-literal-ui-text').map((m) => m.message);
}

test('a word in a text node or a spoken attribute is reported', async () => {
  const found = await problems(
    '<nav aria-label="Языки"><p>Читать статью</p><img alt="Карта" src="x.png" /><input placeholder="Поиск" /><a title="Home" href="/">→</a></nav>\n',
  );
  expect(found).toHaveLength(5);
  expect(found[0]).toContain('aria-label="Языки"');
});

test('expressions, symbols, code and the allowlist pass', async () => {
  const found = await problems(
    '---\nconst t = (k: string) => k;\n---\n<p aria-label={t(\'nav.main\')}>{t(\'nav.home\')} — {"x"} · <code>data/x.json</code></p><dt>DOI</dt><a href="/" class="Word">1</a>\n',
  );
  expect(found).toEqual([]);
});
