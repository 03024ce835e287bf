import { hydrate } from 'svelte';
import C from '/work/main/src/diagrams/layers/components/LayeredDiagram.svelte';
export default (t: HTMLElement, p: any) => hydrate(C, { target: t, props: p });
