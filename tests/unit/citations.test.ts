import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { checkElements, elementsByPassage, formatProblems, uncitedPassages, REQUIRED_PASSAGES } from '../../src/lib/content/citations.ts';
import { checkContent, readElementFiles, readOrder, readSourceIds } from '../../src/node/content-files.ts';
import { parseOrderText } from '../../src/lib/order.ts';

const order = parseOrderText(readFileSync('content/order/eo-14186.txt', 'utf8'));
const sourceIds = readSourceIds('.');
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
    const files = readElementFiles('.');
    expect(files.length).toBeGreaterThanOrEqual(14);
    const ids = new Set(order.map((p) => p.id));
    for (const file of files) {
      const cites = (file.frontmatter as { cites: { passage: string }[] }).cites;
      expect(cites.length, file.file).toBeGreaterThan(0);
      for (const cite of cites) expect(ids.has(cite.passage), `${file.file} cites ${cite.passage}`).toBe(true);
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
    ['unknown-passage', 'cites[0].passage', 'unknown passage id "sec-3-a-ix" (for the quote "Development and deployment")'],
    ['no-cites', 'cites', 'an element must cite at least one passage of the order'],
    ['unknown-source', 'context[0].source', 'unknown source id "no-such-source"'],
    ['wrong-id', 'id', 'the id "some-other-id" must equal the file name "wrong-id"'],
  ])('%s', (fixture, field, message) => {
    const root = contentWith(fixture);
    const problems = checkContent(root);
    expect(problems).toEqual([{ file: `content/elements/${fixture}.mdx`, field, message }]);
    expect(formatProblems(problems)).toBe(`content/elements/${fixture}.mdx: ${field}: ${message}`);
  });

  it('accepts a quote that differs only in white space', () => {
    expect(checkContent(contentWith('whitespace-ok'))).toEqual([]);
  });

  it('names the file when its frontmatter is not valid YAML', () => {
    expect(() => checkContent(contentWith('malformed-yaml'))).toThrow(
      /content\/elements\/malformed-yaml\.mdx: the frontmatter is not valid YAML/,
    );
  });

  it('reports an unknown related element', () => {
    const problems = checkElements(
      [
        {
          file: 'content/elements/x.mdx',
          frontmatter: {
            id: 'x',
            title: 'X',
            summary: 'S',
            layer: 'policy',
            phases: [],
            threats: ['ballistic'],
            sequence: 1,
            cites: [{ passage: 'sec-3-c', quote: 'a plan to fund this directive' }],
            related: ['nope'],
          },
        },
      ],
      order,
      sourceIds,
    );
    expect(problems).toEqual([{ file: 'content/elements/x.mdx', field: 'related[0]', message: 'unknown element id "nope"' }]);
  });

  it('reports schema errors with the field path', () => {
    const problems = checkElements(
      [
        {
          file: 'content/elements/y.mdx',
          frontmatter: {
            id: 'y',
            title: 'Y',
            summary: 'S',
            layer: 'orbit',
            phases: ['coast'],
            threats: ['ballistic'],
            sequence: 1,
            cites: [{ passage: 'sec-3-c', quote: 'a plan' }],
          },
        },
      ],
      order,
      sourceIds,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['layer', 'phases[0]']);
  });
});

describe('the command line check (npm run check:citations)', () => {
  it('exits 1 and names the file when a quote is broken', () => {
    const result = spawnSync(process.execPath, ['scripts/check-citations.ts', contentWith('broken-quote')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/elements/broken-quote.mdx: cites[0].quote: the quote "Development and deployment of many');
  });

  it('exits 0 on the real content', () => {
    const result = spawnSync(process.execPath, ['scripts/check-citations.ts', '.'], { encoding: 'utf8' });
    expect(result.stdout).toContain('Citation check passed');
    expect(result.status).toBe(0);
  });
});

describe('coverage of the order', () => {
  const elements = readElementFiles('.').map((file) => file.frontmatter as { id: string; cites: { passage: string; quote: string }[] });

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
    expect(readOrder('.')).toEqual(order);
  });
});

describe('the build itself', () => {
  it('fails when one word of a real element quote changes, naming that file', () => {
    // A copy of the project (node_modules linked, not copied) with one word changed in one quote.
    const root = mkdtempSync(join(tmpdir(), 'gd-build-'));
    temporary.push(root);
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'svelte.config.js', 'src', 'content', 'public']) {
      cpSync(entry, join(root, entry), { recursive: true });
    }
    spawnSync('ln', ['-s', join(process.cwd(), 'node_modules'), join(root, 'node_modules')]);
    const file = join(root, 'content/elements/space-based-interceptors.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('of proliferated space-based', 'of numerous space-based'));
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'content/elements/space-based-interceptors.mdx: cites[0].quote: the quote "Development and deployment of numerous space-based',
    );
  });
});
