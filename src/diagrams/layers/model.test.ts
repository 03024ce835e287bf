import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layeredDiagramSchema, type LayeredDiagramData } from '../../lib/schema/layered-diagram.ts';
import { LAYOUTS, buildLayeredScene, placeBandLabels, textWidth, withoutMarker } from './scene.ts';
import { boxAround, boxesOverlap } from './labels.ts';
import { buildLayeredModel, checkLayeredDiagram } from './model.ts';
import { shortSourceLabel } from '../../lib/source-label.ts';
import { readCollection } from '../../node/content.ts';

const FILE = 'content/diagrams/layered-defense.yaml';
const [{ data }] = readCollection('.', 'layeredDiagram');
const elements = readCollection('.', 'elements').map((entry) => entry.data);
const sources = new Map(readCollection('.', 'sources').map(({ data: source }) => [source.id, source]));

describe.each(['wide', 'narrow'] as const)('the %s layout', (layout) => {
  const scene = buildLayeredScene(data, layout);
  const spec = LAYOUTS[layout];
  const labels = [...scene.marks.map((mark) => mark.label), ...scene.orbitLabels, ...(scene.launchLabel ? [scene.launchLabel] : [])];

  it('draws every mark of the data, in order', () => {
    expect(scene.marks.map((mark) => mark.element)).toEqual(data.marks.map((mark) => mark.element));
    expect(scene.marks.map((mark) => mark.number)).toEqual(data.marks.map((_, index) => index + 1));
  });

  it('keeps every label inside the picture', () => {
    for (const label of labels) {
      expect(label.box.x, label.id).toBeGreaterThanOrEqual(0);
      expect(label.box.y, label.id).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width, label.id).toBeLessThanOrEqual(scene.width);
      expect(label.box.y + label.box.height, label.id).toBeLessThanOrEqual(scene.height);
    }
  });

  it('overlaps no label with another label', () => {
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(boxesOverlap(labels[i].box, labels[j].box), `${labels[i].id} × ${labels[j].id}`).toBe(false);
      }
    }
  });

  it('overlaps no label with any mark', () => {
    const glyphs = scene.marks.flatMap((mark) =>
      mark.glyphs.map((glyph) => ({ element: mark.element, box: boxAround(glyph, scene.markRadius) })),
    );
    for (const label of labels) {
      for (const glyph of glyphs) expect(boxesOverlap(label.box, glyph.box), `${label.id} × a glyph of ${glyph.element}`).toBe(false);
    }
  });

  it('renders no text below 12 px at the narrowest width it is shown at', () => {
    expect((spec.fontSize * spec.minWidth) / spec.width).toBeGreaterThanOrEqual(12);
    expect(scene.fontSize).toBe(spec.fontSize);
  });

  it('draws a different path for each threat', () => {
    expect(new Set(Object.values(scene.paths)).size).toBe(3);
  });

  it('is the same every time (stable snapshots)', () => {
    expect(buildLayeredScene(data, layout)).toEqual(scene);
  });

  it("names every phase in full: its lines spell the phase's label (a word may break at its hyphen)", () => {
    for (const [index, band] of scene.bands.entries()) {
      const name = band.lines
        .filter((line) => line.name)
        .map((line) => line.text)
        .join('');
      expect(name, band.phase).toBe(data.phases[index].label);
    }
  });

  it("keeps every phase's label inside the picture", () => {
    for (const band of scene.bands)
      for (const line of band.lines) {
        const width = textWidth(line.text, scene.fontSize);
        expect(line.x - width / 2, line.text).toBeGreaterThanOrEqual(0);
        expect(line.x + width / 2, line.text).toBeLessThanOrEqual(scene.width);
      }
  });

  it("overlaps no phase's label with another's (widths estimated as labels.ts does)", () => {
    const boxes = scene.bands.flatMap((band) =>
      band.lines.map((line) => {
        const width = line.text.length * scene.fontSize * 0.6;
        return {
          phase: band.phase,
          text: line.text,
          box: { x: line.x - width / 2, y: line.y - scene.fontSize, width, height: scene.fontSize },
        };
      }),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (boxes[i].phase !== boxes[j].phase)
          expect(boxesOverlap(boxes[i].box, boxes[j].box), `${boxes[i].text} × ${boxes[j].text}`).toBe(false);
  });
});

describe('withoutMarker', () => {
  const scenes = { wide: buildLayeredScene(data, 'wide'), narrow: buildLayeredScene(data, 'narrow') };
  it('drops only the marker samples, from every layout, and leaves the input alone', () => {
    const lighter = withoutMarker(scenes);
    for (const layout of ['wide', 'narrow'] as const) {
      expect(lighter[layout]).not.toHaveProperty('pathSamples');
      expect(scenes[layout].pathSamples).toBeDefined();
      const { pathSamples, ...rest } = scenes[layout];
      expect(pathSamples).toBeDefined();
      expect(lighter[layout]).toEqual(rest);
    }
  });
});

describe('the layout switch', () => {
  it('happens in CSS at the width the wide layout is designed for', () => {
    const css = readFileSync('src/diagrams/layers/components/layered.css', 'utf8');
    expect(css).toContain(`@container (max-width: ${LAYOUTS.wide.minWidth - 1}px)`);
  });

  it('leaves the narrow layout legible down to a 320 px screen (288 px of content)', () => {
    expect(LAYOUTS.narrow.minWidth).toBeLessThanOrEqual(288);
  });
});

describe('checkLayeredDiagram', () => {
  const check = (changed: LayeredDiagramData) => checkLayeredDiagram(FILE, changed, elements);

  it('passes on the real content', () => {
    expect(check(data)).toEqual([]);
  });

  it.each<[string, (d: LayeredDiagramData) => LayeredDiagramData, string, string]>([
    [
      'a drawn element left out',
      (d) => ({
        ...d,
        marks: d.marks.filter((m) => m.element !== 'hbtss-sensor-layer'),
        fades: d.fades.filter((f) => f.element !== 'hbtss-sensor-layer'),
      }),
      'marks',
      'element "hbtss-sensor-layer" is neither drawn nor in the key',
    ],
    [
      'a fade that is missing',
      (d) => ({ ...d, fades: d.fades.filter((f) => !(f.element === 'midcourse-intercept' && f.threat === 'hypersonic')) }),
      'fades',
      '"midcourse-intercept" does not list the threat "hypersonic", so it needs a fade with a reason',
    ],
    [
      'a fade the element contradicts',
      (d) => ({
        ...d,
        fades: [...d.fades, { threat: 'ballistic', element: 'space-based-interceptors', reason: 'r', source: 'mda-bmd-basics' }],
      }),
      'fades',
      '"space-based-interceptors" lists the threat "ballistic", so it must not fade for it',
    ],
  ])('reports %s, naming the file and field', (_, change, field, message) => {
    expect(check(change(structuredClone(data)))).toContainEqual({ file: FILE, field, message });
  });

  it('rejects a fade with both a source and a passage (schema)', () => {
    const raw = parse(readFileSync(FILE, 'utf8'));
    raw.fades[0].passage = 'sec-1';
    expect(layeredDiagramSchema.safeParse(raw).success).toBe(false);
  });
});

describe('buildLayeredModel', () => {
  const model = buildLayeredModel(data, elements, sources);

  it('puts drawn elements in flight order with numbers, and the rest in the key or the policy list', () => {
    expect(model.drawn.map((e) => e.id)).toEqual(data.marks.map((m) => m.element));
    expect(model.drawn.map((e) => e.number)).toEqual(data.marks.map((_, i) => i + 1));
    expect(model.key.map((e) => e.id)).toEqual(data.key);
    const listed = new Set([...model.drawn, ...model.key, ...model.policy].map((e) => e.id));
    expect([...listed].sort()).toEqual(elements.map((e) => e.id).sort());
  });

  it('gives every fade its reason and a source or a passage link', () => {
    const midcourse = model.drawn.find((e) => e.id === 'midcourse-intercept')!;
    expect(midcourse.fades.hypersonic).toEqual({
      reason: expect.stringContaining('can maneuver en route'),
      sourceLabel: 'CRS, 2022',
      href: null,
    });
    expect(model.drawn.find((e) => e.id === 'hbtss-sensor-layer')!.fades.cruise?.href).toBe('/order/#sec-3-a-ii');
  });

  it('carries the quotes and labels of each cited passage', () => {
    const sbi = model.drawn.find((e) => e.id === 'space-based-interceptors')!;
    expect(sbi.cites[0]).toEqual({
      passage: 'sec-3-a-iii',
      label: 'Sec. 3(a)(iii)',
      quote: expect.stringContaining('proliferated space-based interceptors'),
    });
  });

  it.each([
    ['Congressional Budget Office', '2021-02', 'CBO, 2021'],
    ['Missile Defense Agency', '2025', 'MDA, 2025'],
    ['Congressional Budget Office (publication 62422)', '2026-05-12', 'CBO, 2026'],
    ['IEEE Spectrum', '2005-03', 'IEEE Spectrum, 2005'],
  ])('shortSourceLabel(%s, %s) = %s', (publisher, date, expected) => {
    expect(
      shortSourceLabel({
        id: 'x',
        title: 't',
        titleDescribed: false,
        publisher,
        date,
        dateKind: 'published',
        standing: 'primary',
        kind: 'government',
        analyst: false,
      }),
    ).toBe(expected);
  });
});

describe('placeBandLabels', () => {
  const frame = { fontSize: 10, lineHeight: 12, left: 0, right: 200 };
  it('moves a label in from the edge, and a row down where it would run into the one before', () => {
    const [first, second] = placeBandLabels(
      [
        { x: 5, y: 20, lines: ['Pre-', 'launch'] },
        { x: 50, y: 20, lines: ['Boost'] },
      ],
      frame,
    );
    // "launch" is 6 × 6 = 36 units wide: its middle is moved in to 18.
    expect(first).toEqual([
      { text: 'Pre-', x: 18, y: 20 },
      { text: 'launch', x: 18, y: 32 },
    ]);
    // "Boost" (30 wide, 35..65) clears "Pre-" (6..30) on the first row.
    expect(second).toEqual([{ text: 'Boost', x: 50, y: 20 }]);
    const [, crowded] = placeBandLabels(
      [
        { x: 5, y: 20, lines: ['Pre-', 'launch'] },
        { x: 30, y: 20, lines: ['Boost'] },
      ],
      frame,
    );
    // At 30 "Boost" (15..45) meets "Pre-" and, a row lower, "launch" (0..36): it goes below both.
    expect(crowded).toEqual([{ text: 'Boost', x: 30, y: 44 }]);
  });
});
