import CSL from 'citeproc';
import { test } from 'vitest';
import { officialStyle } from '/work/main/src/lib/cite/csl-library';
import { citationLocale } from '/work/main/src/lib/cite/locales';

test('prof', () => {
  const items = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, type: 'webpage', title: `Page ${i}`, 'container-title': 'Site', URL: `https://x.org/${i}/`, language: 'ru' }));
  const map = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine({ retrieveLocale: (t: string) => citationLocale(t === 'ru' ? 'ru-RU' : t === 'en' ? 'en-US' : t), retrieveItem: (id: string) => map.get(id) }, officialStyle('apa'), 'ru-RU', true);
  engine.setOutputFormat('text');
  const t = performance.now();
  for (const it of items) { engine.updateItems([it.id]); engine.makeBibliography(); }
  console.log('per item', ((performance.now() - t) / items.length).toFixed(2));
}, 120000);
