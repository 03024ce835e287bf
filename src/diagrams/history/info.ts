import type { DiagramDeclaration } from '../../lib/diagram-types.ts';

export const info: DiagramDeclaration = {
  id: 'history',
  figure: 3,
  title: 'History of the order',
  page: '/timeline/',
  anchor: 'figure-history',
  alt: 'A dated timeline from the Strategic Defense Initiative (1983) and the ABM Treaty withdrawal (2002) to Executive Order 14186 (January 27, 2025), its 60-day deadline (March 28, 2025) and what followed, to May 2026.',
  params: [],
  embedWidth: 900,
};
