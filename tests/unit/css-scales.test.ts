/**
 * Every font size, margin, padding and gap in the site's CSS comes from the type and spacing
 * scales in src/styles/global.css (`--text-*`, `--space-*`), so pages share one rhythm: a rem
 * literal anywhere else fails, naming the file, the rule and the declaration. Reads the
 * stylesheets and the <style> blocks of components with postcss. Pixel sizes inside SVG text
 * (user units) and print sizes in points are not on the screen's scale and are left alone.
 */
import { globSync, readFileSync } from 'node:fs';
import postcss, { type Root } from 'postcss';
import { describe, expect, it } from 'vitest';

const SCALED = /^(font-size|margin|padding|gap|row-gap|column-gap)(-|$)/;
const REM = /(^|[^\w.-])-?\d*\.?\d+rem\b/;

/** The CSS of a file: the whole of a .css file, the <style> blocks of a component. */
function cssOf(file: string, text: string): string[] {
  if (file.endsWith('.css')) return [text];
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
}

/** Declarations that use a rem literal for a scaled property, outside the scales' own definitions. */
function offScale(root: Root): string[] {
  const found: string[] = [];
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') || !SCALED.test(decl.prop) || !REM.test(decl.value)) return;
    const rule = decl.parent?.type === 'rule' ? (decl.parent as { selector: string }).selector : '(at-rule)';
    found.push(`${rule} { ${decl.prop}: ${decl.value} }`);
  });
  return found;
}

describe('the type and spacing scales', () => {
  it('are defined in global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    for (const token of ['--text-xs', '--text-sm', '--text-base', '--text-md', '--text-lg', '--text-xl', '--text-2xl'])
      expect(css).toContain(`${token}:`);
    for (let step = 1; step <= 7; step++) expect(css).toContain(`--space-${step}:`);
  });

  it('are used for every font size, margin, padding and gap', () => {
    const files = globSync('src/**/*.{css,svelte,astro}');
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((file) =>
      cssOf(file, readFileSync(file, 'utf8')).flatMap((css) => offScale(postcss.parse(css)).map((problem) => `${file}: ${problem}`)),
    );
    expect(problems).toEqual([]);
  });

  it('catches a size off the scale, and lets scale tokens, zero, auto, em and SVG pixels pass', () => {
    expect(offScale(postcss.parse('.a { margin: 0.6rem 0; font-size: 1.1rem } .b { gap: calc(var(--space-2) + 0.1rem) }'))).toEqual([
      '.a { margin: 0.6rem 0 }',
      '.a { font-size: 1.1rem }',
      '.b { gap: calc(var(--space-2) + 0.1rem) }',
    ]);
    expect(
      offScale(
        postcss.parse(
          ':root { --space-2: 0.5rem } .a { margin: 0 auto; padding: var(--space-2); font-size: 0.9em } text { font-size: 15px }',
        ),
      ),
    ).toEqual([]);
  });
});
