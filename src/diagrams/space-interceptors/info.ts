import type { DiagramDeclaration } from '../../lib/diagram-types.ts';
import { SBI_PARAMS } from './model.ts';

export const info: DiagramDeclaration = {
  id: 'space-interceptors',
  figure: 6,
  title: 'How many space-based interceptors one missile takes',
  page: '/explore/space-interceptors/',
  anchor: 'figure-space-interceptors',
  alt: 'An interactive model: the assumptions about a missile and a constellation, the share of interceptors within reach, and the number needed, with a globe and a chart.',
  params: SBI_PARAMS,
  exampleView: '?burn-s=250&salvo=10',
  embedWidth: 1000,
};
