import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { layeredDiagramSchema } from '../../src/lib/schema/layered-diagram.ts';
import { createFrame } from '../../src/lib/diagram/frame.ts';
import { LAYOUTS } from '../../src/lib/diagram/layered-scene.ts';
const data = layeredDiagramSchema.parse(parse(readFileSync('/work/main/content/diagrams/layered-defense.yaml', 'utf8')));
for (const l of ['wide','narrow'] as const) {
  const f = createFrame(LAYOUTS[l]);
  console.log(l, 'launch', f.project({range: data.launch, height: 0}), 'pre mark', f.project({range:0.05,height:0.2}), 'top-left', f.project({range:0, height:1}), 'ground-left', f.project({range:0,height:0}));
}
