/**
 * Build-time inputs of /timeline/: the kill-chain timeline for each fuel (with axis ticks from
 * d3-scale, computed here so the browser needs no D3) and the resolved history of the order.
 */
import { getCollection } from 'astro:content';
import { scaleLinear } from 'd3-scale';
import { sourceRef } from '../../data/site.ts';
import { getLayeredInputs } from '../layers/data.ts';
import { buildKillChain, formatSeconds } from './model.ts';
import { resolveHistory } from '../history/model.ts';
import type { OtherThreat, TimelineChain } from './components/KillChain.svelte';

export async function getKillChainInputs() {
  const [entry] = await getCollection('killChain');
  const data = entry.data;
  const { model, scenes, data: layered } = await getLayeredInputs();
  const kinds = new Map(layered.marks.map((mark) => [mark.element, mark.kind]));
  const rowsInput = model.drawn.map((element) => ({ id: element.id, title: element.title, layer: element.layer, phases: element.phases, kind: kinds.get(element.id)! }));
  const chains: TimelineChain[] = await Promise.all(data.fuels.map(async (fuel) => {
    const chain = buildKillChain(data, fuel.id, rowsInput);
    // Ticks at round minutes, and one at impact.
    const minutes = scaleLinear().domain([0, chain.total / 60]).ticks(6);
    return {
      ...chain,
      label: fuel.label,
      ticks: [...minutes.map((minute) => ({ value: minute * 60, label: formatSeconds(minute * 60) })), { value: chain.total, label: formatSeconds(chain.total) }]
        // Drop a tick that would crowd the final one.
        .filter((tick, index, all) => index === all.length - 1 || chain.total - tick.value > chain.total * 0.08)
        // On narrow screens keep every other tick, and none close to the final one.
        .map((tick, index, all) => ({ ...tick, narrow: index === all.length - 1 || (index % 2 === 0 && chain.total - tick.value > chain.total * 0.25) })),
      phaseSources: await Promise.all(chain.phases.map((span) => sourceRef(span.source))),
    };
  }));
  const otherThreats: OtherThreat[] = await Promise.all(
    data.otherThreats.map(async (other) => {
      const { label, href } = await sourceRef(other.source);
      return { threat: other.threat, text: other.text, sourceLabel: label, href, secondsPer1000Miles: other.milesPerSecond ? 1000 / other.milesPerSecond : null };
    }),
  );
  const note = async ({ text, source }: { text: string; source: string }) => ({ text, ...(await sourceRef(source)) });
  return {
    chains,
    otherThreats,
    decisionSeconds: data.decisionSeconds,
    detectSeconds: data.detectSeconds,
    flightNote: await note(data.flightNote),
    boostNote: await note(data.boostNote),
    model,
    scenes,
  };
}

export async function getHistory() {
  const entries = await getCollection('history');
  return resolveHistory(entries.map((entry) => entry.data));
}
