import type { DiagramDeclaration } from '../../lib/diagram-types.ts';
import { LAYERS_PARAMS } from './url-state.ts';

export const info: DiagramDeclaration = {
  id: 'layers',
  figure: 1,
  title: 'How the layers of the shield meet a missile',
  page: '/layers/',
  anchor: 'figure-layers',
  alt: 'A side view across the curve of the Earth: a missile’s path from a launch site to a defended location, the boost, midcourse and terminal phases, satellites in low orbit, space-based interceptors, and interceptors on the ground, each labelled.',
  params: LAYERS_PARAMS,
  exampleView: '?element=space-based-interceptors&threat=hypersonic',
  embedWidth: 1300,
};
