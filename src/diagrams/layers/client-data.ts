/**
 * What the layered diagram's script needs that the server-rendered markup does not already hold:
 * each element's title, summary and the order's words for its panel. Served as /data/layers.json
 * (client-data.json.ts) and fetched when the reader first reaches for the diagram, so none of it
 * weighs on the first paint; the kill chain and the tour, which have the model already, pass it
 * directly. Titles of marks, fade reasons and positions are read from the markup instead.
 */
import type { LayeredModel } from './model.ts';

export interface ClientElement {
  title: string;
  summary: string;
  cites: { passage: string; label: string; quote: string }[];
}

export interface LayeredClientData {
  elements: Record<string, ClientElement>;
}

export function layeredClientData(model: LayeredModel): LayeredClientData {
  const all = [...model.drawn, ...model.key, ...model.policy];
  return {
    elements: Object.fromEntries(
      all.map((element) => [element.id, { title: element.title, summary: element.summary, cites: element.cites }] as const),
    ),
  };
}
