import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OTHER_DIAGRAM_THREATS, layeredDiagramSchema, type LayeredDiagramData } from '../../lib/schema/layered-diagram.ts';
import { LAYOUTS, buildLayeredScene, placeBandLabels, textWidth, withoutMarker } from './scene.ts';
import { boxAround, boxesOverlap } from './labels.ts';
import { buildLayeredModel, checkLayeredDiagram } from './model.ts';
import { shortSourceLabel } from '../../lib/source-label.ts';
import { readCollection } from '../../node/content.ts';
import { phasesFor } from './phases.ts';
import { DIAGRAM_THREATS, type DiagramThreat } from '../../lib/vocabulary.ts';

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

  /** The label lines each threat's view shows on each band. */
  const linesOf = (threat: DiagramThreat) => scene.bands.map((band) => band.lines.filter((line) => line.threats.includes(threat)));

  it('draws each line of a band once, for every threat whose label has it there, top to bottom', () => {
    for (const band of scene.bands) {
      const keys = band.lines.map((line) => JSON.stringify([line.text, line.x, line.y]));
      expect(new Set(keys).size, band.phase).toBe(keys.length);
      expect(
        band.lines.map((line) => line.y),
        band.phase,
      ).toEqual(band.lines.map((line) => line.y).sort((a, b) => a - b));
      for (const threat of DIAGRAM_THREATS)
        expect(linesOf(threat)[scene.bands.indexOf(band)].length, `${band.phase}, ${threat}`).toBeGreaterThan(0);
    }
    // The terminal phase's name is the same for every threat, at the same place: one line serves all three.
    expect(scene.bands.at(-1)!.lines.find((line) => line.name)!.threats).toEqual([...DIAGRAM_THREATS]);
  });

  it.each(DIAGRAM_THREATS)("names every %s phase in full: its lines spell the phase's label (a word may break at its hyphen)", (threat) => {
    const phases = phasesFor(data, threat);
    for (const [index, lines] of linesOf(threat).entries()) {
      const name = lines
        .filter((line) => line.name)
        .map((line) => line.text)
        .join('');
      expect(name, phases[index].phase).toBe(layout === 'narrow' ? [phases[index].shortLabel].flat().join('') : phases[index].label);
      if (layout === 'narrow') expect(name.replace(/-/g, ''), phases[index].phase).toBe(phases[index].label.replace(/-/g, ''));
    }
  });

  it.each(DIAGRAM_THREATS)('gives the %s view only its own times: a sourced time, no time at all, or the words for none', (threat) => {
    const times = linesOf(threat).map((lines) => lines.filter((line) => !line.name).map((line) => line.text));
    if (layout === 'narrow') {
      expect(times.flat()).toEqual([]);
      return;
    }
    expect(times).toEqual(phasesFor(data, threat).map((phase) => [phase.duration]));
    // A sourced ballistic time never shows in another threat's view.
    const ballisticTimes = data.phases.filter((band) => band.source).map((band) => band.duration);
    if (threat !== 'ballistic') for (const time of ballisticTimes) expect(times.flat(), threat).not.toContain(time);
  });

  it.each(DIAGRAM_THREATS)("keeps every %s phase's label inside the picture", (threat) => {
    for (const lines of linesOf(threat))
      for (const line of lines) {
        const width = textWidth(line.text, scene.fontSize);
        expect(line.x - width / 2, line.text).toBeGreaterThanOrEqual(0);
        expect(line.x + width / 2, line.text).toBeLessThanOrEqual(scene.width);
      }
  });

  it.each(DIAGRAM_THREATS)("overlaps no %s phase's label with another's (widths estimated as labels.ts does)", (threat) => {
    const boxes = linesOf(threat).flatMap((lines, index) =>
      lines.map((line) => {
        const width = line.text.length * scene.fontSize * 0.6;
        return {
          phase: data.phases[index].phase,
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

  it("overlaps no mark's label with any threat's phase labels", () => {
    const marks = scene.marks.map((mark) => mark.label);
    for (const band of scene.bands)
      for (const line of band.lines) {
        const width = textWidth(line.text, scene.fontSize);
        const box = { x: line.x - width / 2, y: line.y - scene.fontSize, width, height: scene.fontSize };
        for (const mark of marks) expect(boxesOverlap(box, mark.box), `${line.text} (${line.threats.join(', ')}) × ${mark.id}`).toBe(false);
      }
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
    [
      'bands out of flight order',
      (d) => ({ ...d, phases: [d.phases[1], d.phases[0], ...d.phases.slice(2)] }),
      'phases',
      'the bands must be the phases in flight order: pre-launch, boost, midcourse, terminal',
    ],
  ])('reports %s, naming the file and field', (_, change, field, message) => {
    expect(check(change(structuredClone(data)))).toContainEqual({ file: FILE, field, message });
  });

  it('rejects a fade with both a source and a passage (schema)', () => {
    const raw = parse(readFileSync(FILE, 'utf8'));
    raw.fades[0].passage = 'sec-1';
    expect(layeredDiagramSchema.safeParse(raw).success).toBe(false);
  });

  /** The file as parsed, before the schema: its other threats' phases, as plain records to break. */
  type RawThreatPhases = { threatPhases: Record<string, Record<string, Record<string, unknown>> | undefined> };
  it.each<[string, (raw: RawThreatPhases) => void, string]>([
    [
      'a time without its source',
      (raw) => (raw.threatPhases.cruise!.boost.duration = '1 min'),
      'give duration, source and sourceQuote together',
    ],
    ['a name without its short form', (raw) => delete raw.threatPhases.cruise!.boost.shortLabel, 'give label and shortLabel together'],
    [
      "a name's source without its words",
      (raw) => delete raw.threatPhases.hypersonic!.midcourse.nameQuote,
      'give nameSource and nameQuote together',
    ],
    ['a threat left out', (raw) => delete raw.threatPhases.cruise, 'threatPhases'],
  ])('rejects %s (schema)', (_, change, expected) => {
    const raw = parse(readFileSync(FILE, 'utf8'));
    change(raw);
    const result = layeredDiagramSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(expected);
  });

  it('knows every threat but the ballistic missile as another threat', () => {
    expect([...OTHER_DIAGRAM_THREATS]).toEqual(DIAGRAM_THREATS.filter((threat) => threat !== 'ballistic'));
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

  it("gives the ballistic missile's phases their sourced times, and the source's words", () => {
    expect(model.phases.ballistic.map((phase) => [phase.label, phase.duration, phase.source?.quote ?? null])).toEqual([
      ['Pre-launch', 'before launch', null],
      ['Boost', '3–5 min', 'lasts 3-5 minutes'],
      ['Midcourse', 'up to ~20 min', 'can be as long as 20 minutes'],
      ['Terminal', '~30 s', 'lasts approximately 30 seconds'],
    ]);
    expect(model.phases.ballistic[1].source).toMatchObject({ label: 'MDA, 2009' });
    expect(model.phaseNotes.ballistic).toBeUndefined();
  });

  it("names the other threats' phases as they fly them, and gives them no time that is the ballistic missile's", () => {
    expect(model.phases.hypersonic.map((phase) => phase.label)).toEqual(['Pre-launch', 'Boost', 'Glide', 'Terminal']);
    expect(model.phases.hypersonic[2].nameSource).toEqual({
      label: 'GAO, 2022',
      href: 'https://gao.gov/products/gao-22-105075',
      quote: 'in the middle (or glide phase) of its flight',
    });
    expect(model.phases.cruise.map((phase) => phase.label)).toEqual(['Pre-launch', 'Launch', 'Cruise', 'Terminal']);
    for (const threat of ['hypersonic', 'cruise'] as const) {
      expect(model.phases[threat].map((phase) => [phase.duration, phase.unsourced, phase.source])).toEqual([
        ['before launch', false, null],
        ...Array.from({ length: 3 }, () => [data.unsourcedTime, true, null]),
      ]);
      expect(model.phaseNotes[threat]).toBe(data.unsourcedNote);
    }
  });

  it('says the note only of a threat with a band that has no sourced time', () => {
    const timed = structuredClone(data);
    timed.threatPhases.cruise = Object.fromEntries(
      (['boost', 'midcourse', 'terminal'] as const).map((phase) => [
        phase,
        { ...data.threatPhases.cruise[phase], duration: '1 min', source: 'cbo-2021-cruise', sourceQuote: 'words' },
      ]),
    );
    const notes = buildLayeredModel(timed, elements, sources).phaseNotes;
    expect(Object.keys(notes)).toEqual(['hypersonic']);
    expect(buildLayeredModel(timed, elements, sources).phases.cruise.map((phase) => phase.duration)).toEqual([
      'before launch',
      '1 min',
      '1 min',
      '1 min',
    ]);
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
    ['Government Accountability Office', '2022-06-16', 'GAO, 2022'],
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
