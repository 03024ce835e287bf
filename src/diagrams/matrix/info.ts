import type { DiagramDeclaration } from '../../lib/diagram-types.ts';

export const info: DiagramDeclaration = {
  id: 'matrix',
  figure: 4,
  title: 'What the order requires',
  page: '/matrix/',
  anchor: 'figure-matrix',
  alt: 'A table of the 18 requirements of Executive Order 14186: who must meet each, by when, what is publicly known about its delivery, and the flight phases and threats it concerns.',
  params: [],
  embedWidth: 1100,
};
