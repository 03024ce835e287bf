/**
 * The registry against the folders: every diagram has what the site builds from it, so adding a
 * diagram fails here, naming what is missing, before any page is built. (What its figure renders
 * is src/diagrams/figures.test.ts; its lesson-kit activity, the content check's.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARED, DIAGRAMS, EMBED_SIZES, MEASURED_WIDTHS, readEmbedSizes } from './registry.ts';

describe('the diagram registry', () => {
  it('gives each diagram a unique id and anchor, and figure numbers 1, 2, 3, ... in order', () => {
    expect(new Set(DIAGRAMS.map((d) => d.id)).size).toBe(DIAGRAMS.length);
    expect(new Set(DIAGRAMS.map((d) => d.anchor)).size).toBe(DIAGRAMS.length);
    expect(DIAGRAMS.map((d) => d.figure)).toEqual(DIAGRAMS.map((_, index) => index + 1));
  });

  it('declares every folder under src/diagrams/, and has a folder for every diagram it declares', () => {
    const folders = readdirSync('src/diagrams').filter((name) => statSync(`src/diagrams/${name}`).isDirectory());
    const declared = DECLARED.map((diagram) => diagram.id);
    expect(
      folders.filter((folder) => !declared.includes(folder)),
      "folders with no line in DECLARED (src/diagrams/registry.ts): import the folder's info and add it",
    ).toEqual([]);
    expect(
      declared.filter((id) => !folders.includes(id)),
      'diagrams in DECLARED with no folder src/diagrams/<id>/ (the id is the folder name)',
    ).toEqual([]);
  });

  for (const diagram of DECLARED) {
    describe(diagram.id, () => {
      const folder = `src/diagrams/${diagram.id}`;

      // What the build reads from every folder: the declaration, the data, the figure and its embed
      // (/embed/<id>/), the CSV download, and the link-preview card (/og/<id>.png).
      it.each(['info.ts', 'data.ts', 'csv.ts', 'Figure.astro', 'Embed.astro', 'preview.ts'])(`has %s`, (file) => {
        expect(existsSync(`${folder}/${file}`), `${folder}/${file} is missing: see "Add a diagram" in docs/ARCHITECTURE.md`).toBe(true);
      });

      it('names a page that exists, as its home', () => {
        const page = `src/pages${diagram.page.replace(/\/$/, '')}`;
        expect(
          [`${page}.astro`, `${page}/index.astro`].some((file) => existsSync(file)),
          `${diagram.id}: page "${diagram.page}" in info.ts needs ${page}.astro, which renders its Figure.astro`,
        ).toBe(true);
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
