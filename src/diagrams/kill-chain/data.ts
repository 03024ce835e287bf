/**
 * Build-time inputs of the kill chain: each fuel's bars as finished geometry (scene.ts, with
 * d3-scale ticks, so the browser needs no D3), their sources, the sourced notes, and the linked
 * layered diagram's model and scenes.
 */
import { getRecord, sourceRef } from '../../data/site.ts';
import { getLayeredInputs } from '../layers/data.ts';
import { buildKillChain } from './model.ts';
import { chainScene } from './scene.ts';
import type { ChainView, OtherThreat, SourcedNote } from './types.ts';

export function getKillChainData() {
  return getRecord('killChain');
}

export async function getKillChainInputs() {
  const data = await getKillChainData();
  const { model, scenes, data: layered } = await getLayeredInputs();
  const kinds = new Map(layered.marks.map((mark) => [mark.element, mark.kind]));
  const rowsInput = model.drawn.map((element) => ({
    id: element.id,
    title: element.title,
    layer: element.layer,
    phases: element.phases,
    kind: kinds.get(element.id)!,
  }));
  const chains: ChainView[] = await Promise.all(
    data.fuels.map(async (fuel) => {
      const chain = buildKillChain(data, fuel.id, rowsInput);
      return { ...chainScene(chain, fuel.label), phaseSources: await Promise.all(chain.phases.map((span) => sourceRef(span.source))) };
    }),
  );
  const otherThreats: OtherThreat[] = await Promise.all(
    data.otherThreats.map(async (other) => ({
      threat: other.threat,
      text: other.text,
      ...(await sourceRef(other.source)),
      secondsPer1000Miles: other.milesPerSecond ? 1000 / other.milesPerSecond : null,
    })),
  );
  const note = async ({ text, source }: { text: string; source: string }): Promise<SourcedNote> => ({ text, ...(await sourceRef(source)) });
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
