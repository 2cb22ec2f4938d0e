import { beforeAll, describe, expect, test } from 'vitest';
import { auditGraph, findingsAbout, RULES, type Finding, type Rule } from '../../../src/lib/audit';
import { finding } from '../../../src/lib/audit/types';
import type { Collections } from '../../../src/lib/content';
import { buildGraph, type Graph } from '../../../src/lib/graph';
import { RULE_NAME } from '../../../src/i18n/keys';
import { loadContent } from '../../support/load-content';
import { phrase } from '../../../src/i18n/phrase';

let graph: Graph;
beforeAll(async () => {
  graph = buildGraph((await loadContent('tests/fixtures/content')) as Collections);
});

/** A rule that reports what it is given, for testing the runner. */
const fixed = (id: string, severity: Rule['severity'], findings: (rule: Rule) => Finding[]): Rule => {
  const rule: Rule = { id, severity, check: () => findings(rule) };
  return rule;
};
const message = phrase('audit.none');

describe('RULES', () => {
  test('ids are unique kebab-case, each with a name in every UI language', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(RULE_NAME, id).toHaveProperty([id]);
    }
  });

  test('every rule reports its own id and severity', () => {
    for (const rule of RULES)
      for (const found of rule.check(graph))
        expect(found).toMatchObject({ rule: rule.id, severity: rule.severity });
  });
});

describe('auditGraph', () => {
  test('orders by severity, then by rule, and puts paragraphs in reading order', () => {
    const info = fixed('b', 'info', (r) => [
      finding(r, message, [{ collection: 'norms', id: 'demo-constitution' }]),
    ]);
    const error = fixed('a', 'error', (r) => [
      finding(
        r,
        message,
        [],
        [
          { section: 'demo-2024/introduction', paragraph: 2 },
          { section: 'demo-2024/introduction', paragraph: 1 },
        ],
      ),
    ]);
    const findings = auditGraph(graph, [info, error]);
    expect(findings.map((f) => f.rule)).toEqual(['a', 'b']);
    expect(findings[0]?.paragraphs.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  test('a finding reported twice is kept once', () => {
    const twice = fixed('a', 'warning', (r) => [
      finding(r, message, [{ collection: 'sources', id: 'demo-report' }]),
      finding(r, message, [{ collection: 'sources', id: 'demo-report' }]),
    ]);
    expect(auditGraph(graph, [twice])).toHaveLength(1);
  });

  test('entities and paragraphs of a finding are listed once each', () => {
    const found = finding(
      { id: 'a', severity: 'info' },
      message,
      [
        { collection: 'sources', id: 's' },
        { collection: 'sources', id: 's' },
      ],
      [
        { section: 'x', paragraph: 1 },
        { section: 'x', paragraph: 1 },
      ],
    );
    expect(found.about).toHaveLength(1);
    expect(found.paragraphs).toHaveLength(1);
  });
});

test('findingsAbout: by entity, and for a section by its paragraphs', () => {
  const findings = [
    finding({ id: 'a', severity: 'info' }, message, [{ collection: 'norms', id: 'n' }]),
    finding({ id: 'b', severity: 'info' }, message, [], [{ section: 'art/intro', paragraph: 3 }]),
  ];
  expect(findingsAbout(findings, 'norms', 'n').map((f) => f.rule)).toEqual(['a']);
  expect(findingsAbout(findings, 'norms', 'm')).toEqual([]);
  expect(findingsAbout(findings, 'sections', 'art/intro').map((f) => f.rule)).toEqual(['b']);
});
