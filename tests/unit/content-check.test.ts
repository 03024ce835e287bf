/**
 * The content check's machinery (src/lib/content/, src/node/content.ts): the table's reading of
 * each shape, the walk that finds every reference and every quote of the order, and the one-line
 * problems an editor reads. Each case is the real content with one file edited in memory (its
 * text run through the table's parsing, as the build would read it), or a fixture schema for the
 * walker's own rules; each failure is asserted as the whole line the build prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent, readContentFiles } from '../../src/node/content.ts';
import { CONTENT, parseContentFile, type CollectionName } from '../../src/lib/content/table.ts';
import { formatProblems } from '../../src/lib/content/citations.ts';
import { walkFields } from '../../src/lib/content/walk.ts';
import { contentFields, isCalendarDate, partialDate, sourceId, passageId, orderQuote, fullDate } from '../../src/lib/schema/fields.ts';

const TODAY = '2026-12-07';
const real = readContentFiles('.');

/** The file's text with `from` replaced once by `to`, and the line the replacement is on. */
function replaceOnce(file: string, from: string | RegExp, to: string): { text: string; line: number } {
  const text = readFileSync(file, 'utf8');
  const match = typeof from === 'string' ? { index: text.indexOf(from), 0: from } : from.exec(text);
  if (!match || match.index < 0) throw new Error(`${file} has no ${String(from)}: the test needs updating`);
  return {
    text: text.slice(0, match.index) + to + text.slice(match.index + match[0].length),
    line: text.slice(0, match.index).split('\n').length,
  };
}

/** The build's report lines for the real content with one file's text replaced. */
function reportWith(file: string, text: string): string[] {
  const name = (Object.keys(CONTENT) as CollectionName[]).find((candidate) => real[candidate].some((entry) => entry.file === file))!;
  const files = {
    ...real,
    [name]: real[name].map((entry) => (entry.file === file ? { file, parsed: parseContentFile(name, text, file) } : entry)),
  };
  return formatProblems(checkContent('.', TODAY, files))
    .split('\n')
    .filter(Boolean);
}

const edited = (file: string, from: string | RegExp, to: string) => {
  const { text, line } = replaceOnce(file, from, to);
  return { lines: reportWith(file, text), line };
};

describe('the real content', () => {
  it('has no problems', () => {
    expect(formatProblems(checkContent('.', TODAY))).toBe('');
  });
});

describe('source: no-such-source, in any content file that names a source', () => {
  const files = (Object.keys(CONTENT) as CollectionName[]).flatMap((name) =>
    real[name].map(({ file }) => file).filter((file) => /\bsource: [a-z0-9-]+/.test(readFileSync(file, 'utf8'))),
  );

  it('covers every kind of file that has sources', () => {
    expect(files).toEqual(
      expect.arrayContaining(['content/diagrams/kill-chain.yaml', 'content/diagrams/crosswalk.yaml', 'content/history/events.yaml']),
    );
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('fails in %s, naming the file, the line and the field', (file) => {
    const { lines, line } = edited(file, /\bsource: [a-z0-9-]+/, 'source: no-such-source');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file}:${line}: (\\[\\d+\\]( [a-z0-9-]+)?: )?[\\w.[\\]]*source: unknown source id "no-such-source": not in content/sources/sources\\.yaml$`,
      ),
    );
  });
});

describe('an unknown id of each kind fails, naming file, line, entry and field', () => {
  it.each([
    [
      'passage',
      'content/glossary/terms.yaml',
      'passage: sec-1-p2',
      'passage: sec-99',
      /^\[\d+\] [a-z-]+: passage: unknown passage id "sec-99": not in content\/order\/eo-14186\.txt$/,
    ],
    [
      'element',
      'content/tour/steps.yaml',
      'emphasise: [space-based-interceptors]',
      'emphasise: [no-such-element]',
      /^steps\[2\]\.view\.emphasise\[0\]: unknown element id "no-such-element": not in content\/elements$/,
    ],
    [
      'glossary term',
      'content/glossary/terms.yaml',
      'related: [space-based-interceptor,',
      'related: [no-such-term,',
      /^\[0\] [a-z-]+: related\[0\]: unknown glossary term id "no-such-term": not in content\/glossary\/terms\.yaml$/,
    ],
    [
      'position',
      'content/teach/lesson-kit.yaml',
      /supporters: \[[a-z0-9-]+,/,
      'supporters: [no-such-position,',
      /^questions\[0\]\.supporters\[0\]: unknown position id "no-such-position": not in content\/debate\/positions\.yaml$/,
    ],
    [
      'reporting document',
      'content/reporting/claims.yaml',
      'document: reporting-000',
      'document: no-such-document',
      /^\[0\] [a-z0-9-]+: document: unknown reporting document id "no-such-document": not in content\/reporting\/documents\.yaml$/,
    ],
    [
      'history event',
      'content/history/events.yaml',
      'from: order-signed',
      'from: no-such-event',
      /^\[\d+\] sixty-day-deadline: computed\.from: unknown history event id "no-such-event": not in content\/history\/events\.yaml$/,
    ],
  ] as const)('a %s', (_, file, from, to, rest) => {
    const { lines, line } = edited(file, from, to);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${file}:${line}: `), lines[0]).toBe(true);
    expect(lines[0].slice(`${file}:${line}: `.length)).toMatch(rest);
  });

  it('a diagram, which also leaves the diagram it replaced without an activity', () => {
    const { lines, line } = edited('content/teach/lesson-kit.yaml', 'diagram: kill-chain', 'diagram: no-such-diagram');
    const activities = readFileSync('content/teach/lesson-kit.yaml', 'utf8').split('\n').indexOf('activities:') + 1;
    // The lesson's part that runs the kill chain's activity is left without one too.
    const lessonPart =
      readFileSync('content/teach/lesson-kit.yaml', 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('activity: kill-chain')) + 1;
    expect(lines).toEqual([
      `content/teach/lesson-kit.yaml:${activities}: activities: no activity for the diagram "kill-chain" (src/diagrams/registry.ts): every diagram has one, with its steps and a question`,
      `content/teach/lesson-kit.yaml:${line}: activities[1].diagram: unknown diagram id "no-such-diagram": not in src/diagrams/registry.ts`,
      `content/teach/lesson-kit.yaml:${lessonPart}: lesson.segments[2].activity: no activity for the diagram "kill-chain" in activities`,
    ]);
  });
});

describe('quotes of the order are word for word wherever a schema declares one', () => {
  it.each([
    [
      'content/tour/steps.yaml',
      'quote: a custody layer of the Proliferated',
      'quote: a custody layer of the Proliferating',
      /^steps\[1\]\.cites\[1\]\.quote: the quote "a custody layer of the Proliferating Warfighter Space Architecture" is not word for word in Sec\. 3\(a\)\([iv]+\) \(sec-3-a-[iv]+\)$/,
    ],
    [
      'content/matrix/requirements.yaml',
      'quote: it is the policy of the United States that }',
      'quote: it is the policies of the United States that }',
      /^\[0\]: who\.quote: the quote "it is the policies of the United States that" is not word for word in Sec\. 2 \(sec-2\)$/,
    ],
  ] as const)('in %s', (file, from, to, rest) => {
    const { lines, line } = edited(file, from, to);
    expect(lines).toHaveLength(1);
    expect(lines[0].slice(`${file}:${line}: `.length)).toMatch(rest);
  });
});

describe('dates', () => {
  it.each(['2026-02-30', '2025-13', '2025-02-29', '2025-00', '2025-04-31'])('refuses %s, which is not on the calendar', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(partialDate.safeParse(date).error?.issues.map((issue) => issue.message)).toEqual([`"${date}" is not a date on the calendar`]);
  });

  it.each(['2024-02-29', '2025', '2025-12', '2026-12-31'])('accepts %s', (date) => {
    expect(partialDate.parse(date)).toBe(date);
  });

  it('says which forms a date may take, and a full date only the full form', () => {
    expect(partialDate.safeParse('May 2025').error?.issues.map((issue) => issue.message)).toEqual([
      'dates are YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    expect(fullDate.safeParse('2025-05').error?.issues.map((issue) => issue.message)).toEqual(['dates are YYYY-MM-DD']);
  });

  it('fails an impossible date in the history, naming the event', () => {
    const { lines, line } = edited('content/history/events.yaml', "date: '2025-01-27'", "date: '2026-02-30'");
    expect(lines).toEqual([
      `content/history/events.yaml:${line}: [${lineEntry('content/history/events.yaml', line)}: date: "2026-02-30" is not a date on the calendar`,
    ]);
  });
});

/** "index id" of the list entry whose text holds `line` (for expected lines in a list file). */
function lineEntry(file: string, line: number): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const starts = lines.flatMap((text, index) => (text.startsWith('- ') ? [index + 1] : []));
  const index = starts.filter((start) => start <= line).length - 1;
  const id = /^- id: (\S+)/.exec(lines[starts[index] - 1])?.[1];
  return `${index}] ${id}`;
}

describe('a file that is not what its shape needs', () => {
  it('names the file, the line and the column of a YAML syntax error', () => {
    const { text } = replaceOnce('content/debate/costs.yaml', /\n {2}estimator:/, '\n  estimator: [unclosed');
    const lines = reportWith('content/debate/costs.yaml', text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/debate\/costs\.yaml:\d+: not valid YAML \(column \d+\): .+/);
  });

  it('names an MDX file whose frontmatter is not YAML, with the line in the file', () => {
    const file = 'content/elements/funding-plan.mdx';
    const lines = reportWith(file, readFileSync(file, 'utf8').replace('\ntitle: ', '\ntitle: [unclosed '));
    expect(lines).toEqual([expect.stringMatching(/^content\/elements\/funding-plan\.mdx:4: not valid YAML \(column \d+\): /)]);
  });

  it('asks for a list where a list file holds a mapping, and for a mapping where a record holds a list', () => {
    expect(reportWith('content/debate/costs.yaml', 'estimator: x\n')).toEqual([
      'content/debate/costs.yaml:1: expected a list of entries (each starting with "- ")',
    ]);
    expect(reportWith('content/diagrams/crosswalk.yaml', '- id: x\n')).toEqual([
      'content/diagrams/crosswalk.yaml:1: expected a mapping of fields (name: value)',
    ]);
  });

  it('reports an id used twice in a list at its second use', () => {
    const text = readFileSync('content/debate/costs.yaml', 'utf8');
    const first = /^- id: (\S+)/m.exec(text)![1];
    const second = /^- id: (\S+)/gm;
    second.exec(text);
    const match = second.exec(text)!;
    const lines = reportWith('content/debate/costs.yaml', text.replace(match[0], `- id: ${first}`));
    expect(lines).toEqual([
      `content/debate/costs.yaml:${text.slice(0, match.index).split('\n').length}: [1] ${first}: id: the id "${first}" is used twice`,
    ]);
  });
});

describe('walkFields', () => {
  const visits = (schema: z.ZodType, value: unknown) => {
    const seen: string[] = [];
    walkFields(schema, schema.parse(value), (meta, found, path) =>
      seen.push(`${path.join('.')}=${'reference' in meta ? meta.reference : 'quote'}:${JSON.stringify(found)}`),
    );
    return seen;
  };

  it('finds references through objects, arrays, optional, default, nullable, records, tuples and unions', () => {
    const schema = z.object({
      a: sourceId,
      b: z.array(z.object({ c: sourceId.optional() })),
      d: z.array(sourceId).default([]),
      e: sourceId.nullable(),
      f: z.record(z.string(), sourceId),
      g: z.tuple([z.number(), passageId]),
      h: z.union([z.object({ kind: z.literal('x'), s: sourceId }), z.object({ kind: z.literal('y'), p: passageId })]),
      i: z.intersection(z.object({ j: sourceId }), z.object({ k: z.string() })),
      l: z.lazy(() => z.array(passageId)),
      m: sourceId.pipe(z.string()),
    });
    expect(
      visits(schema, {
        a: 's1',
        b: [{}, { c: 's2' }],
        e: null,
        f: { x: 's3' },
        g: [1, 'p1'],
        h: { kind: 'y', p: 'p2' },
        i: { j: 's4', k: '' },
        l: ['p3'],
        m: 's5',
      }),
    ).toEqual([
      'a=source:"s1"',
      'b.1.c=source:"s2"',
      'f.x=source:"s3"',
      'g.1=passage:"p1"',
      'h.p=passage:"p2"',
      'i.j=source:"s4"',
      'l.0=passage:"p3"',
      'm=source:"s5"',
    ]);
  });

  it('finds a quote of the order as one object, and the passage inside it', () => {
    const quote = orderQuote(z.object({ passage: passageId, quote: z.string() }));
    expect(visits(z.object({ cites: z.array(quote) }), { cites: [{ passage: 'p', quote: 'q' }] })).toEqual([
      'cites.0=quote:{"passage":"p","quote":"q"}',
      'cites.0.passage=passage:"p"',
    ]);
  });

  it('stops on a schema type it has no rule for, naming it', () => {
    expect(() => walkFields(z.map(z.string(), sourceId), new Map([['a', 'b']]), () => {})).toThrow('no rule for the schema type "map"');
  });

  it('registers each reference kind apart, so a plain id is no reference', () => {
    expect(contentFields.get(sourceId)).toEqual({ reference: 'source' });
    expect(contentFields.get(passageId)).toEqual({ reference: 'passage' });
    expect(visits(z.object({ id: z.string() }), { id: 'x' })).toEqual([]);
  });
});
