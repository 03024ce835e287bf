/**
 * The rules that keep the site's facts attributed and its debate balanced (issue: trust). Each
 * failure has a fixture in tests/fixtures/content/, dropped into a copy of the real content, and
 * the check must name the file, the field and what is wrong, as the build prints it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, listContentFiles, readCollection } from '../../src/node/content.ts';
import { formatProblems } from '../../src/lib/content/citations.ts';
import { checkPositions, sideOf } from '../../src/lib/content/debate-check.ts';
import { costSummary, formatBillions, formatCostRange } from '../../src/lib/costs.ts';
import { lastChecked } from '../../src/lib/content/checked.ts';
import { unreliableClaims } from '../../src/lib/content/reporting-check.ts';
import { DEBATE_GROUPS, positionSchema, type Position } from '../../src/lib/schema/debate.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content with one file replaced by a fixture. */
function contentWith(target: string, fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'gd-trust-'));
  temporary.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync(`tests/fixtures/content/${fixture}`, join(root, 'content', target));
  return root;
}

/**
 * The build's report lines for that copy that name the replaced file (a fixture with fewer
 * positions also leaves the lesson kit pointing at missing ones; those lines name the kit).
 */
const report = (target: string, fixture: string) =>
  formatProblems(checkContent(contentWith(target, fixture), '2026-12-07'))
    .split('\n')
    .filter((line) => line.startsWith(`content/${target}:`));

describe('the real content', () => {
  it('passes every trust rule', () => {
    expect(formatProblems(checkContent('.', '2026-12-07'))).toBe('');
  });

  it('gives each side at least five named positions, within one of each other, and hears every group', () => {
    const positions = z.array(positionSchema).parse(parseYaml(readFileSync('content/debate/positions.yaml', 'utf8')));
    const count = (side: 'for' | 'against') => positions.filter((position) => sideOf(position) === side).length;
    expect(count('for')).toBeGreaterThanOrEqual(5);
    expect(count('against')).toBeGreaterThanOrEqual(5);
    expect(Math.abs(count('for') - count('against'))).toBeLessThanOrEqual(1);
    expect(new Set(positions.map((position) => position.group))).toEqual(new Set(DEBATE_GROUPS));
  });

  it('cites sources that each have an address or a stated reason', () => {
    const sources = readCollection('.', 'sources').map((entry) => entry.data);
    for (const source of sources) expect(Boolean(source.url) !== Boolean(source.noUrl), source.id).toBe(true);
  });
});

describe('debate positions', () => {
  it('refuses a position that names no one', () => {
    expect(report('debate/positions.yaml', 'positions-unnamed.yaml')).toEqual([
      'content/debate/positions.yaml:13: [1] officials: organisation: "Pentagon officials" does not name who speaks: give a named person or organisation',
    ]);
  });

  it('refuses a position without a date', () => {
    expect(report('debate/positions.yaml', 'positions-undated.yaml')).toEqual([
      expect.stringMatching(/^content\/debate\/positions\.yaml:2: \[0\] trump-2025-05-20: date: /),
    ]);
  });

  it('refuses a position that rests on a reporting document', () => {
    expect(report('debate/positions.yaml', 'positions-report.yaml')).toEqual([
      expect.stringMatching(/^content\/debate\/positions\.yaml:12: \[1\] kremlin: Unrecognized key.*"document"/),
    ]);
  });

  it('refuses a nonpartisan analyst filed as a side', () => {
    expect(report('debate/positions.yaml', 'positions-analyst-side.yaml')).toEqual([
      'content/debate/positions.yaml:15: [1] cbo-2026-05-12: stance: Congressional Budget Office (publication 62422) is a nonpartisan analyst: its findings take stance "analysis", not "critical"',
    ]);
  });

  it('refuses a debate whose sides differ by more than one', () => {
    expect(report('debate/positions.yaml', 'positions-unbalanced.yaml')).toEqual([
      'content/debate/positions.yaml: (balance): supporters have 3 positions and critics 1: the sides may differ by at most 1',
    ]);
  });

  it('refuses a side that only announces, naming the side', () => {
    expect(report('debate/positions.yaml', 'positions-announcements-only.yaml')).toEqual([
      'content/debate/positions.yaml: (arguments): the supporters\' positions are all announcements: give the side at least one position of kind "argument" that argues the substance',
    ]);
  });

  it('refuses a position older than the program, or resting on an older source, unless marked historical, and a side position without a kind', () => {
    expect(report('debate/positions.yaml', 'positions-old-and-unkinded.yaml')).toEqual([
      'content/debate/positions.yaml:8: [0] mda-2003-feasible: date: 2003-07-21 is before the program began (2025): use a current statement, or mark the position historical: true',
      'content/debate/positions.yaml:18: [1] mda-2025-old-source: source: the source "hitchens-2003-spacenews" is dated 2003-07-21, before the program began (2025): cite a current source, or mark the position historical: true',
      'content/debate/positions.yaml:19: [2] aca-2025-03-25: kind: the critics\' positions need a kind: "argument" (it argues the substance) or "announcement" (a decision, a figure or a verdict)',
    ]);
  });

  it('refuses a source our checks flagged, directly or as the report that quotes it', () => {
    const flagged = {
      id: 'bad',
      title: 'T',
      publisher: 'P',
      date: '2025',
      url: 'https://example.org',
      standing: 'secondary',
      kind: 'reporting',
      analyst: false,
      titleDescribed: false,
      dateKind: 'published',
      flagged: 'misquotes the Kremlin',
    } as const;
    const position: Position = {
      id: 'p',
      organisation: 'Someone',
      group: 'critics',
      stance: 'critical',
      date: '2025',
      summary: 'S',
      source: 'bad',
      via: 'bad',
      kind: 'argument',
      historical: false,
    };
    const problems = checkPositions('positions.yaml', [position], new Map([['bad', flagged]]));
    expect(problems.map((problem) => problem.field)).toEqual(['[0].via', '[0].source']);
    expect(problems[1].message).toBe('the source "bad" is flagged unreliable (misquotes the Kremlin); a position may not rest on it');
  });

  it('counts only supporters and critics in the balance', () => {
    expect(sideOf({ group: 'us-government', stance: 'supports' })).toBe('for');
    expect(sideOf({ group: 'critics', stance: 'critical' })).toBe('against');
    expect(sideOf({ group: 'foreign-governments', stance: 'critical' })).toBeNull();
    expect(sideOf({ group: 'analysis', stance: 'analysis' })).toBeNull();
  });
});

describe('sources', () => {
  it('need an address or a stated reason, and a publisher', () => {
    const lines = report('sources/sources.yaml', 'sources-no-url.yaml');
    expect(lines).toContain(
      'content/sources/sources.yaml:9: [1] some-report: url: give the url, or say in noUrl why there is none (not both)',
    );
    expect(lines).toContain(
      'content/sources/sources.yaml:15: [2] no-publisher: publisher: Invalid input: expected string, received undefined',
    );
  });
});

describe('reporting claims', () => {
  it('rate a claim whose explanation admits a departure "partly"', () => {
    expect(report('reporting/claims.yaml', 'claims-in-order-departs.yaml')).toEqual([
      'content/reporting/claims.yaml:6: [0] r001-dod-framework: verdict: the explanation says the claim departs from the order\'s text: rate it "partly" (see the rubric in docs/CONTENT.md)',
    ]);
  });

  it('name the speaker of a quotation, and the source it is compared with', () => {
    expect(report('reporting/claims.yaml', 'claims-quote-no-speaker.yaml')).toEqual([
      'content/reporting/claims.yaml:2: [0] r001-peskov-no-speaker: speaker: a quotation of a person names the speaker',
      'content/reporting/claims.yaml:2: [0] r001-peskov-no-speaker: source: a quotation of a person that matches or misquotes names the source it is compared with',
    ]);
  });

  it('mark a document unreliable when it misstates the order or misquotes a person', () => {
    const flagged = unreliableClaims([
      { id: 'a', document: 'd1', verdict: 'in-order' },
      { id: 'b', document: 'd1', verdict: 'misquotes' },
      { id: 'c', document: 'd2', verdict: 'partly' },
      { id: 'd', document: 'd3', verdict: 'misstates' },
    ]);
    expect([...flagged]).toEqual([
      ['d1', ['b']],
      ['d3', ['d']],
    ]);
  });
});

describe('the lesson kit', () => {
  it('puts only positions of a side on that side, and only analysts under analysis', () => {
    const lines = report('teach/lesson-kit.yaml', 'lesson-kit-wrong-sides.yaml');
    expect(lines).toEqual([
      'content/teach/lesson-kit.yaml:177: questions[0].supporters[0]: the position "markey-2025-09-04" has stance "critical", not "supports": it cannot argue for the supporters',
      'content/teach/lesson-kit.yaml:181: questions[0].analysis[0].source: "wotr-2025-09-harrison" is not a nonpartisan analyst (marked analyst in sources.yaml): put its argument on a side, as a position',
      'content/teach/lesson-kit.yaml:183: questions[0].analysis[1].source: unknown source id "no-such-source": not in content/sources/sources.yaml',
    ]);
  });

  it('quotes only passages of the order, and aligns only with standards it lists, each used', () => {
    expect(report('teach/lesson-kit.yaml', 'lesson-kit-bad-standards.yaml')).toEqual([
      'content/teach/lesson-kit.yaml:42: standards[3]: the standard "c3-d2-his-1" is aligned with no activity or question',
      'content/teach/lesson-kit.yaml:110: activities[2].passages[1]: unknown passage id "sec-99": not in content/order/eo-14186.txt',
      'content/teach/lesson-kit.yaml:111: activities[2].standards[1]: unknown standard id "c3-no-such" (not in standards)',
    ]);
  });
});

describe('what changed, and when each file was checked', () => {
  it('lists changes newest first, each id once', () => {
    expect(report('changes/changes.yaml', 'changes-out-of-order.yaml')).toEqual([
      'content/changes/changes.yaml:8: [1] newer: date: changes are listed newest first',
      'content/changes/changes.yaml:12: [2] newer: id: the id "newer" is used twice',
    ]);
  });

  it('dates every content file, no file that does not exist, and nothing in the future', () => {
    const lines = report('checked.yaml', 'checked-missing.yaml');
    expect(lines).toContain('content/checked.yaml: glossary/terms.yaml: no date: say when this file was last checked against its sources');
    expect(lines).toContain('content/checked.yaml:4: order/meta.json: the date 2099-01-01 is in the future');
    expect(lines).toContain('content/checked.yaml:5: no/such-file.yaml: no such content file');
  });

  it('lists the content files a page can draw on, texts of the reporting documents aside', () => {
    const files = listContentFiles('.');
    expect(files).toContain('elements/space-based-interceptors.mdx');
    expect(files).toContain('debate/positions.yaml');
    expect(files.some((file) => file.startsWith('reporting/texts/'))).toBe(false);
    expect(files).not.toContain('checked.yaml');
  });

  it('gives a page the oldest date of what it shows, and refuses a path with no date', () => {
    const dates = { 'elements/a.mdx': '2026-12-02', 'elements/b.mdx': '2026-11-22', 'debate/positions.yaml': '2026-12-01' };
    expect(lastChecked(dates, ['elements/'])).toBe('2026-11-22');
    expect(lastChecked(dates, ['debate/positions.yaml'])).toBe('2026-12-01');
    expect(lastChecked(dates, [])).toBeNull();
    expect(() => lastChecked(dates, ['glossary/terms.yaml'])).toThrow('content/checked.yaml has no date for "glossary/terms.yaml"');
  });
});

describe('cost estimates in words', () => {
  const estimate = (short: string, low: number, high?: number) => ({
    id: short,
    estimator: short,
    short,
    kind: 'independent' as const,
    date: '2025-05',
    low,
    high,
    dollars: 'x',
    covers: 'y',
    source: 's',
  });

  it.each([
    [175, '$175 billion'],
    [161, '$161 billion'],
    [1200, '$1.2 trillion'],
    [3600, '$3.6 trillion'],
    [24.4, '$24.4 billion'],
  ])('%s billion reads %s', (billions, text) => {
    expect(formatBillions(billions)).toBe(text);
  });

  it('writes a range', () => {
    expect(formatCostRange(estimate('CBO', 161, 542))).toBe('$161 billion to $542 billion');
  });

  it('spans every estimate from the lowest figure to the highest, naming who gave each end', () => {
    const costs = [estimate('The President', 175), estimate('CBO', 161, 542), estimate('AEI', 252, 3600), estimate('CBO 2026', 1200)];
    expect(costSummary(costs, (e) => e.short)).toBe(
      'The 4 published estimates listed here run from $161 billion (CBO) to $3.6 trillion (AEI); they price different systems over different periods.',
    );
  });
});
