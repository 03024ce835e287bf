import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { elementsByPassage, formatProblems, uncitedPassages, REQUIRED_PASSAGES } from '../../src/lib/content/citations.ts';
import { checkContent, readCollection } from '../../src/node/content.ts';
import { parseOrderText } from '../../src/lib/order.ts';

const order = parseOrderText(readFileSync('content/order/eo-14186.txt', 'utf8'));
const elementData = readCollection('.', 'elements').map((entry) => entry.data);
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real order and sources with exactly one element file: a fixture from tests/fixtures/elements. */
function contentWith(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'gd-citations-'));
  temporary.push(root);
  mkdirSync(join(root, 'content/elements'), { recursive: true });
  cpSync('content/order', join(root, 'content/order'), { recursive: true });
  cpSync('content/sources', join(root, 'content/sources'), { recursive: true });
  cpSync(`tests/fixtures/elements/${fixture}.mdx`, join(root, `content/elements/${fixture}.mdx`));
  return root;
}

describe('the real content', () => {
  it('has no citation problems', () => {
    expect(formatProblems(checkContent('.'))).toBe('');
  });

  it('has every element page cite at least one passage that exists', () => {
    expect(elementData.length).toBeGreaterThanOrEqual(14);
    const ids = new Set(order.map((p) => p.id));
    for (const element of elementData) {
      expect(element.cites.length, element.id).toBeGreaterThan(0);
      for (const cite of element.cites) expect(ids.has(cite.passage), `${element.id} cites ${cite.passage}`).toBe(true);
    }
  });
});

describe('a broken citation fails with a message naming file, field and quote', () => {
  it.each([
    [
      'broken-quote',
      'cites[0].quote',
      'the quote "Development and deployment of many space-based interceptors capable of boost-phase intercept" is not word for word in Sec. 3(a)(iii) (sec-3-a-iii)',
    ],
    ['unknown-passage', 'cites[0].passage', 'unknown passage id "sec-3-a-ix": not in content/order/eo-14186.txt'],
    ['no-cites', 'cites', 'an element must cite at least one passage of the order'],
    ['unknown-source', 'context[0].source', 'unknown source id "no-such-source": not in content/sources/sources.yaml'],
    ['wrong-id', 'id', 'the id "some-other-id" must equal the file name "wrong-id"'],
  ])('%s', (fixture, field, message) => {
    const root = contentWith(fixture);
    const file = `content/elements/${fixture}.mdx`;
    // The line of the field itself: its last key's first line in the fixture.
    const key = `${field
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '')}:`;
    const line =
      readFileSync(`tests/fixtures/elements/${fixture}.mdx`, 'utf8')
        .split('\n')
        .findIndex((text) => text.trimStart().replace(/^- /, '').startsWith(key)) + 1;
    const problems = checkContent(root);
    expect(problems).toEqual([{ file, line, field, message }]);
    expect(formatProblems(problems)).toBe(`${file}:${line}: ${field}: ${message}`);
  });

  it('accepts a quote that differs only in white space', () => {
    expect(checkContent(contentWith('whitespace-ok'))).toEqual([]);
  });

  it('names the file and the line when its frontmatter is not valid YAML', () => {
    expect(formatProblems(checkContent(contentWith('malformed-yaml')))).toMatch(
      /^content\/elements\/malformed-yaml\.mdx:\d+: not valid YAML \(column \d+\): \S/,
    );
  });

  it('reports schema errors with the field path', () => {
    const root = contentWith('whitespace-ok');
    const file = join(root, 'content/elements/whitespace-ok.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('layer: policy', 'layer: orbit').replace('phases: []', 'phases: [coast]'));
    expect(checkContent(root).map((problem) => `${problem.line} ${problem.field}`)).toEqual(['5 layer', '6 phases[0]']);
  });
});

describe('the command line check (npm run check:citations)', () => {
  it('exits 1 and prints one line per problem, naming file and line, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/check-citations.ts', contentWith('broken-quote')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'The content has 1 problem:',
      expect.stringMatching(/^content\/elements\/broken-quote\.mdx:11: cites\[0\]\.quote: the quote "Development and deployment of many/),
    ]);
  });

  it('exits 0 on the real content', () => {
    const result = spawnSync(process.execPath, ['scripts/check-citations.ts', '.'], { encoding: 'utf8' });
    expect(result.stdout).toContain('Content check passed');
    expect(result.status).toBe(0);
  });
});

describe('coverage of the order', () => {
  const elements = elementData;

  it('explains every paragraph of 2(a)-(c), 3(a)(i)-(viii), 3(b), 3(c), 3(d)(i)-(ii) and 4(a)-(c)', () => {
    expect(uncitedPassages(elements)).toEqual([]);
    expect(REQUIRED_PASSAGES).toHaveLength(18);
  });

  it('names the paragraph that loses its last element', () => {
    const without = elements.filter((element) => !element.cites.some((cite) => cite.passage === 'sec-3-a-vii'));
    expect(uncitedPassages(without)).toEqual(['sec-3-a-vii']);
  });

  it('maps passages back to the elements that cite them', () => {
    const map = elementsByPassage(elements);
    expect(map.get('sec-3-a-iii')?.map((e) => e.id)).toContain('space-based-interceptors');
    for (const [passage, citing] of map) {
      for (const element of citing) expect(element.cites.some((cite) => cite.passage === passage)).toBe(true);
    }
  });

  it('reads the order the same way the site does', () => {
    expect(readCollection('.', 'order').map((entry) => entry.data)).toEqual(order);
  });
});

describe('the build itself', () => {
  it('stops on broken content with one clean line per problem: no hook wrapper, no stack trace', () => {
    // A copy of the project (node_modules linked, not copied) with three mistakes an editor makes:
    // one word changed in a quote, a date not on the calendar, and a YAML syntax error.
    const root = mkdtempSync(join(tmpdir(), 'gd-build-'));
    temporary.push(root);
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'svelte.config.js', 'src', 'content', 'public']) {
      cpSync(entry, join(root, entry), { recursive: true });
    }
    spawnSync('ln', ['-s', join(process.cwd(), 'node_modules'), join(root, 'node_modules')]);
    const edit = (path: string, from: string, to: string) => {
      const file = join(root, path);
      const text = readFileSync(file, 'utf8');
      if (!text.includes(from)) throw new Error(`${path} has no ${from}: the test needs updating`);
      writeFileSync(file, text.replace(from, to));
      return text.slice(0, text.indexOf(from)).split('\n').length;
    };
    const quoteLine = edit('content/elements/space-based-interceptors.mdx', 'of proliferated space-based', 'of numerous space-based');
    const dateLine = edit('content/history/events.yaml', "date: '2025-01-27'", "date: '2026-02-30'");
    const yamlLine = edit('content/glossary/terms.yaml', 'term: Absentee ratio\n', 'term: Absentee ratio: how many\n');
    // Under Vitest the integration stands aside (pure unit tests run even when content is broken):
    // the build is run as an editor runs it, without Vitest's variables.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain('the content has 3 problems:');
    expect(output).toMatch(
      new RegExp(
        `content/elements/space-based-interceptors\\.mdx:${quoteLine}: cites\\[0\\]\\.quote: the quote "Development and deployment of numerous space-based`,
      ),
    );
    expect(output).toMatch(
      new RegExp(`content/history/events\\.yaml:${dateLine}: \\[\\d+\\] [a-z0-9-]+: date: "2026-02-30" is not a date on the calendar`),
    );
    expect(output).toMatch(new RegExp(`content/glossary/terms\\.yaml:${yamlLine}: not valid YAML \\(column \\d+\\): `));
    expect(output).not.toContain('unhandled error');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
