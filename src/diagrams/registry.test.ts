/**
 * The registry against the folders: every diagram has what the site builds from it, so adding a
 * diagram fails here, naming what is missing, before any page is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARED, DIAGRAMS, EMBED_SIZES, MEASURED_WIDTHS, readEmbedSizes } from './registry.ts';

describe('the diagram registry', () => {
  it('gives each diagram a unique id and anchor, and figure numbers 1, 2, 3, ... in order', () => {
    expect(new Set(DIAGRAMS.map((d) => d.id)).size).toBe(DIAGRAMS.length);
    expect(new Set(DIAGRAMS.map((d) => d.anchor)).size).toBe(DIAGRAMS.length);
    expect(DIAGRAMS.map((d) => d.figure)).toEqual(DIAGRAMS.map((_, index) => index + 1));
  });

  for (const diagram of DECLARED) {
    describe(diagram.id, () => {
      const folder = `src/diagrams/${diagram.id}`;

      it.each(['info.ts', 'data.ts', 'csv.ts', 'Figure.astro', 'Embed.astro'])(`has %s`, (file) => {
        expect(existsSync(`${folder}/${file}`), `${folder}/${file}`).toBe(true);
      });

      it('declares its view parameters through its URL codec when it has one', () => {
        const codecFile = `${folder}/url-state.ts`;
        if (diagram.params.length > 0) expect(existsSync(codecFile), `${codecFile} (its params: ${diagram.params.join(', ')})`).toBe(true);
        if (existsSync(codecFile)) expect(readFileSync(`${folder}/info.ts`, 'utf8')).toMatch(/from '\.\/(url-state|model)\.ts'/);
      });

      it('gives an example view in its own parameters when it has any, for the tests to follow', () => {
        if (diagram.params.length === 0) return expect(diagram.exampleView).toBeUndefined();
        expect(diagram.exampleView, `${diagram.id}: exampleView in info.ts`).toMatch(/^\?./);
        const keys = [...new URLSearchParams(diagram.exampleView).keys()];
        expect(keys.filter((key) => !diagram.params.includes(key))).toEqual([]);
      });

      it("places its figure under the registry's anchor, not a hand-written one", () => {
        const figure = readFileSync(`${folder}/Figure.astro`, 'utf8');
        expect(figure).toContain('id={info.anchor}');
        expect(figure).not.toContain(`"${diagram.anchor}"`);
      });

      it('has its embed measured at every width up to its own (npm run measure:embeds)', () => {
        const sizes = EMBED_SIZES[diagram.id];
        expect(sizes, `no measured sizes for ${diagram.id} in src/diagrams/embed-sizes.json`).toBeDefined();
        expect(sizes.measured.map(([width]) => width)).toEqual(MEASURED_WIDTHS.filter((width) => width <= diagram.embedWidth));
        expect(sizes.exportHeight).toBeGreaterThan(100);
      });
    });
  }

  it('refuses a malformed sizes file, naming it and the diagram', () => {
    expect(() => readEmbedSizes({ layers: { measured: [[320, 'tall']], exportHeight: 500 } }, 'sizes.json')).toThrow(
      /sizes\.json: "layers" needs/,
    );
    expect(() => readEmbedSizes({ layers: { measured: [[320, 500]] } }, 'sizes.json')).toThrow(/exportHeight/);
    expect(() => readEmbedSizes(null, 'sizes.json')).toThrow(/sizes\.json/);
    expect(readEmbedSizes({ layers: { measured: [[320, 500]], exportHeight: 400 } })).toEqual({
      layers: { measured: [[320, 500]], exportHeight: 400 },
    });
  });
});
