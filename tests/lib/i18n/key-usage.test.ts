import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dynamicKeyTemplates, sourceFiles, usedKeys } from './key-usage';

/** A folder with one source file: the scans must see through .astro and .ts alike. */
function fixture(name: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'key-usage-'));
  writeFileSync(join(dir, name), text);
  return sourceFiles(dir);
}

test('a key quoted in a template is used; one only mentioned in prose or as a prefix is not', () => {
  const files = fixture(
    'Page.astro',
    '---\nconst a = t(\'nav.home\');\n---\n<p>{t("nav.main")}</p> nav.skip',
  );
  expect(usedKeys(files, ['nav.home', 'nav.main', 'nav.skip', 'nav'])).toEqual(
    new Set(['nav.home', 'nav.main']),
  );
});

test('a key built by interpolation is reported with its file', () => {
  const files = fixture('page.ts', 'const label = t(`nav.${collection}`); const id = `${a}.${b}`;');
  expect(dynamicKeyTemplates(files, ['nav.home'])).toEqual([`${files[0]}: \`nav.\${`]);
});
