/**
 * The theme tokens' contrast, in both themes, without a browser: the colour tokens are read from
 * the site's CSS (src/styles/global.css, each a light-dark() pair) with postcss, and each text or
 * mark colour is paired with the surfaces it is drawn on (PAIRS below, from where the components
 * use it). WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for large text, UI boundaries, focus rings
 * and the marks of diagrams (1.4.11). Contrast is culori's WCAG 2 formula; a translucent surface
 * is composited over the one beneath it, as the browser does. This covers what the tokens
 * decide; colours written elsewhere (docs/TESTING.md lists them) still need axe in dark.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import { blend, formatHex, parse, wcagContrast, type Color } from 'culori';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/** WCAG 2.2 AA minimum ratios. */
const REQUIRED = { text: 4.5, 'large-text': 3, graphic: 3 } as const;
type Kind = keyof typeof REQUIRED;

interface Pair {
  /** The colour token drawn (text, border, stroke, fill). */
  token: string;
  /** The surfaces it is drawn on: a token, or translucent tokens over others ("--a over --b"). */
  on: readonly string[];
  kind: Kind;
  /** Where, so that a failure says what to look at. */
  where: string;
}

/** Every colour token of the top-level :root rule, per theme: light-dark(a, b) is a in light, b in dark. */
function readThemeTokens(css: string, from: string): Record<Theme, Map<string, Color>> {
  const tokens: Record<Theme, Map<string, Color>> = { light: new Map(), dark: new Map() };
  const root = postcss.parse(css, { from });
  for (const node of root.nodes) {
    if (node.type !== 'rule' || node.selector !== ':root') continue; // not the print sheet's overrides
    node.walkDecls(/^--/, (decl) => {
      const value = decl.value.trim();
      const pair =
        value.startsWith('light-dark(') && value.endsWith(')') ? postcss.list.comma(value.slice('light-dark('.length, -1)) : null;
      if (pair && pair.length !== 2) throw new Error(`${from}: ${decl.prop} needs two colours in light-dark(), found ${pair.length}`);
      const [light, dark] = (pair ?? [value, value]).map((text) => parse(text));
      if (!light && !dark && !pair) return; // a font, a length: not a colour
      if (!light || !dark) throw new Error(`${from}: ${decl.prop}: "${value}" is not a pair of colours`);
      tokens.light.set(decl.prop, light);
      tokens.dark.set(decl.prop, dark);
    });
  }
  return tokens;
}

/** A surface's opaque colour: "--a over --b" composites --a (maybe translucent) over --b. */
function surfaceColour(surface: string, tokens: ReadonlyMap<string, Color>): Color | string {
  const layers = surface.split(' over ');
  const missing = layers.find((name) => !tokens.has(name));
  if (missing) return `unknown token ${missing}`;
  const [bottom, ...above] = layers.reverse().map((name) => tokens.get(name)!);
  return blend([bottom, ...above]);
}

/** Every pair below its ratio, every unknown token, and every colour token that no pair uses, as messages naming the tokens. */
function contrastProblems(tokens: Record<Theme, ReadonlyMap<string, Color>>, pairs: readonly Pair[]): string[] {
  const problems: string[] = [];
  for (const theme of THEMES) {
    for (const pair of pairs) {
      for (const on of pair.on) {
        const background = surfaceColour(on, tokens[theme]);
        const colour = tokens[theme].get(pair.token);
        if (!colour || typeof background === 'string') {
          problems.push(`${theme}: ${pair.token} on ${on}: ${colour ? background : `unknown token ${pair.token}`}`);
          continue;
        }
        const ratio = wcagContrast(blend([background, colour]), background);
        if (ratio < REQUIRED[pair.kind]) {
          problems.push(
            `${theme}: ${pair.token} (${formatHex(colour)}) on ${on} (${formatHex(background)}) is ${Math.floor(ratio * 100) / 100}:1; ${pair.kind} needs ${REQUIRED[pair.kind]}:1 (${pair.where})`,
          );
        }
      }
    }
  }
  const used = new Set(pairs.flatMap((pair) => [pair.token, ...pair.on.flatMap((on) => on.split(' over '))]));
  for (const token of tokens.light.keys()) {
    if (!used.has(token)) problems.push(`${token} is a colour token that no pair checks: add where it is drawn to PAIRS`);
  }
  return problems;
}

const PAGE = ['--bg', '--bg-raised'];
/** The layered diagram's sky (and the globe's atmosphere), and its odd phase bands across the sky. */
const SKY = '--diagram-air over --bg';
const BAND = '--diagram-band over --diagram-air over --bg';

const PAIRS: readonly Pair[] = [
  {
    token: '--text',
    on: [...PAGE, '--highlight', SKY, BAND, '--diagram-earth'],
    kind: 'text',
    where: 'body text, targeted paragraphs, phase titles and labels in the diagram',
  },
  {
    token: '--text-muted',
    on: [...PAGE, '--highlight', SKY, BAND, '--diagram-earth'],
    kind: 'text',
    where: 'secondary text, dates of targeted events, orbit, band and faded labels',
  },
  { token: '--accent', on: [...PAGE, '--highlight'], kind: 'text', where: 'links, including in targeted paragraphs' },
  { token: '--accent-text-on', on: ['--accent'], kind: 'text', where: 'the skip link, the chosen threat, the open panel button' },
  { token: '--ok', on: PAGE, kind: 'text', where: '"Copied" statuses; verdict badge borders' },
  { token: '--warn', on: PAGE, kind: 'text', where: 'the no-JavaScript note of the explorable; verdict and note borders' },
  { token: '--diagram-earth-text', on: ['--diagram-earth'], kind: 'text', where: '"not to scale" on the Earth' },
  // Only on --bg: there it is what identifies an input (1.4.11). On --bg-raised (2.75:1 in light) it
  // only edges boxes and buttons that their fill and text already identify; no input sits there.
  { token: '--border', on: ['--bg'], kind: 'graphic', where: 'boundaries of inputs, the embed dialog, kill-chain tracks' },
  // Rings are drawn 2 px outside the element (outline-offset), so on the page, never on an accent button.
  { token: '--focus', on: [...PAGE, SKY, BAND], kind: 'graphic', where: 'focus rings; focused marks in the layered diagram' },
  { token: '--highlight-border', on: [...PAGE, '--highlight'], kind: 'graphic', where: 'outline of a targeted paragraph or event' },
  { token: '--primary-mark', on: PAGE, kind: 'graphic', where: 'primary-source badges and quote rules' },
  { token: '--secondary-mark', on: PAGE, kind: 'graphic', where: 'secondary-source badges' },
  ...['--c-space-sensor', '--c-boost-phase', '--c-midcourse', '--c-terminal', '--c-cross-cutting'].map((token): Pair => ({
    token,
    on: [...PAGE, SKY, BAND, '--diagram-earth'],
    kind: 'graphic',
    where: 'diagram marks in the sky and on the ground, kill-chain bars on their track',
  })),
  { token: '--diagram-threat', on: ['--bg', SKY, BAND], kind: 'graphic', where: 'the threat path and its warhead' },
  { token: '--diagram-orbit', on: ['--bg', SKY], kind: 'graphic', where: 'orbits and phase dividers' },
  { token: '--diagram-ground-line', on: [SKY, '--diagram-earth'], kind: 'graphic', where: "the Earth's edge, against the sky" },
];

describe('contrastProblems', () => {
  const css = `
    :root {
      --bg: light-dark(#ffffff, #000000);
      --text-muted: light-dark(#999999, #666666);
      --veil: light-dark(rgb(0 0 0 / 0.5), rgb(255 255 255 / 0.5));
      --font-body: system-ui, sans-serif;
      --radius: 6px;
    }
    @media print { :root { --text-muted: #000; } }`;
  const tokens = readThemeTokens(css, 'test.css');

  it('reads each colour token per theme from light-dark(), skips other tokens and the print overrides', () => {
    expect([...tokens.light.keys()]).toEqual(['--bg', '--text-muted', '--veil']);
    expect(formatHex(tokens.light.get('--text-muted')!)).toBe('#999999');
    expect(formatHex(tokens.dark.get('--text-muted')!)).toBe('#666666');
  });

  it('fails a pair that is too light, naming the tokens, their colours, the ratio and the need, per theme', () => {
    expect(
      contrastProblems(tokens, [{ token: '--text-muted', on: ['--bg', '--veil over --bg'], kind: 'text', where: 'captions' }]),
    ).toEqual([
      'light: --text-muted (#999999) on --bg (#ffffff) is 2.84:1; text needs 4.5:1 (captions)',
      'light: --text-muted (#999999) on --veil over --bg (#808080) is 1.39:1; text needs 4.5:1 (captions)',
      'dark: --text-muted (#666666) on --bg (#000000) is 3.65:1; text needs 4.5:1 (captions)',
      'dark: --text-muted (#666666) on --veil over --bg (#808080) is 1.44:1; text needs 4.5:1 (captions)',
    ]);
  });

  it('passes the same colours where 3:1 is enough, in dark only', () => {
    const pairs: Pair[] = [
      { token: '--text-muted', on: ['--bg'], kind: 'large-text', where: 'headings' },
      { token: '--veil', on: ['--bg'], kind: 'graphic', where: 'veil' },
    ];
    expect(contrastProblems(tokens, pairs)).toEqual([
      'light: --text-muted (#999999) on --bg (#ffffff) is 2.84:1; large-text needs 3:1 (headings)',
    ]);
  });

  it('fails an unknown token, and a colour token that no pair checks', () => {
    expect(contrastProblems(tokens, [{ token: '--text-muted', on: ['--paper'], kind: 'graphic', where: 'x' }])).toEqual([
      'light: --text-muted on --paper: unknown token --paper',
      'dark: --text-muted on --paper: unknown token --paper',
      '--bg is a colour token that no pair checks: add where it is drawn to PAIRS',
      '--veil is a colour token that no pair checks: add where it is drawn to PAIRS',
    ]);
  });

  it('fails a light-dark() without two colours, naming the token', () => {
    expect(() => readThemeTokens(':root { --bg: light-dark(#fff); }', 'test.css')).toThrow(
      'test.css: --bg needs two colours in light-dark(), found 1',
    );
    expect(() => readThemeTokens(':root { --bg: light-dark(#fff, nope); }', 'test.css')).toThrow(
      'test.css: --bg: "light-dark(#fff, nope)" is not a pair of colours',
    );
  });
});

describe("the site's theme tokens", () => {
  const file = 'src/styles/global.css';
  const tokens = readThemeTokens(readFileSync(file, 'utf8'), file);

  it('are read from the CSS in both themes, and differ between them', () => {
    expect(tokens.light.size).toBeGreaterThanOrEqual(20);
    expect(formatHex(tokens.light.get('--bg')!)).not.toBe(formatHex(tokens.dark.get('--bg')!));
  });

  it('meet WCAG 2.2 AA in light and dark, every colour token paired with the surfaces it is drawn on', () => {
    expect(contrastProblems(tokens, PAIRS)).toEqual([]);
  });
});
