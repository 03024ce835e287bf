import type { DiagramDeclaration } from '../../lib/diagram-types.ts';
import { KILL_CHAIN_PARAMS } from './url-state.ts';

export const info: DiagramDeclaration = {
  id: 'kill-chain',
  figure: 2,
  title: 'How much time each layer has',
  page: '/timeline/',
  anchor: 'figure-kill-chain',
  alt: 'A time axis of an ICBM’s flight with the Missile Defense Agency’s round figures, about 23 minutes: a boost of about 3 minutes, a midcourse of up to 20 minutes and a terminal phase of about 30 seconds, with each layer’s window to detect, track, decide and engage.',
  params: KILL_CHAIN_PARAMS,
  // The fuel applies to the ballistic chain only (other threats show no bars), so the example keeps to it.
  exampleView: '?fuel=liquid',
  embedWidth: 1100,
};
