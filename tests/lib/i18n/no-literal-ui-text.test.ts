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
    "---\nconst t = (k: string) => k;\n---\n<p aria-label={t('nav.main')}>{t('nav.home')} — {'·'} · <code>data/x.json</code></p><dt>DOI</dt><a href=\"/\" class=\"Word\">1</a>\n",
  );
  expect(found).toEqual([]);
});

test('a literal that reaches the page from an expression is reported', async () => {
  const found = await problems(
    [
      '---',
      "const label = 'Источник';",
      'const ok = true;',
      "const caption = ok ? label : 'Нет';",
      '---',
      "<p>{'Печать'}</p><p>{ok ? 'Да' : 'Нет'}</p><p>{ok && 'Скрыть'}</p><p>{label}</p>",
      "<p>{`${caption}: 1`}</p><p>{'Итого: ' + 2}</p><abbr title={ok ? 'Штука' : ''}>·</abbr>",
      '',
    ].join('\n'),
  );
  // In the order they are written; «Источник» once, though it reaches the page twice.
  expect(found.map((message) => /«(.+?)» reaches the page/.exec(message)?.[1])).toEqual([
    'Источник',
    'Нет',
    'Печать',
    'Да',
    'Нет',
    'Скрыть',
    'Итого:',
    'Штука',
  ]);
});

test('literals given to functions, attributes nobody reads aloud and symbols in expressions pass', async () => {
  const found = await problems(
    [
      '---',
      'const t = (k: string) => k;',
      "const sign = '≠';",
      "const kind = 'norm';",
      '---',
      "<p class={kind === 'norm' ? 'Wide' : ''} data-kind={kind}>{t('nav.home')} {sign} {`(${t('nav.main')})`}</p>",
      "<code>{'data/x.json'}</code><dd>{'KZ'}</dd>",
      '',
    ].join('\n'),
  );
  expect(found).toEqual([]);
});
