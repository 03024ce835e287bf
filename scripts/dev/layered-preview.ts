// Development aid: build the layered diagram's scenes from the content file and print the label
// boxes, or the placement error. `node scripts/dev/layered-preview.ts`
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { layeredDiagramSchema } from '../../src/lib/schema/layered-diagram.ts';
import { buildLayeredScene } from '../../src/diagrams/layers/scene.ts';

const data = layeredDiagramSchema.parse(parse(readFileSync('content/diagrams/layered-defense.yaml', 'utf8')));
for (const layout of ['wide', 'narrow'] as const) {
  try {
    const scene = buildLayeredScene(data, layout);
    console.log(layout, 'ok');
    for (const mark of scene.marks) console.log(' ', mark.element, JSON.stringify(mark.label.box), mark.glyphs[0]);
  } catch (error) {
    console.log(layout, (error as Error).message);
  }
}
