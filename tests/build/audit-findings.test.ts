import { beforeAll, describe, expect, test } from 'vitest';
import { auditGraph, type Finding } from '../../src/lib/audit';
import { buildGraph } from '../../src/lib/graph';
import { entityPath } from '../../src/lib/routes';
import { builtPage, visibleText } from '../support/built-site';
import { loadContent } from '../support/load-content';
import { say } from '../support/say';

let findings: Finding[];
beforeAll(async () => {
  findings = auditGraph(buildGraph(await loadContent('content')));
});

// Which slips the audit finds is tested on the content (tests/content/audit.test.ts); here, that
// readers see each finding where they look: on the page of every entry it concerns.
describe("the audit's findings appear on the pages of the entries they concern", () => {
  test('every finding, on every entry it is about, in the language of each page', () => {
    expect(findings.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const finding of findings) {
      for (const { collection, id } of finding.about) {
        for (const [prefix, message] of [
          ['', say(finding, 'ru') ?? ''],
          ['kk/', say(finding, 'kk') ?? ''],
          ['en/', say(finding, 'en') ?? ''],
        ] as const) {
          const text = visibleText(builtPage(`${prefix}${entityPath(collection, id)}`));
          if (!text.includes(visibleText(message)))
            missing.push(`${finding.rule} → /${prefix}${entityPath(collection, id)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
