import type { DiagramDeclaration } from '../../lib/diagram-types.ts';

export const info: DiagramDeclaration = {
  id: 'crosswalk',
  figure: 5,
  title: 'Three ways to name the layers',
  page: '/matrix/',
  anchor: 'figure-crosswalk',
  alt: 'Three columns of layer names linked to each other: flight phases (boost, midcourse, terminal), four layers in reported government slides, and the four interceptor layers of CBO’s 2026 study.',
  params: [],
  embedWidth: 900,
};
