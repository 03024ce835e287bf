/**
 * Layout of the crosswalk diagram: one column per taxonomy, a node per layer, and a curve per
 * link (d3-shape's linkHorizontal), computed at build. Also the same mapping as plain data for the
 * list view, so picture and list cannot disagree.
 */
import { linkHorizontal } from 'd3-shape';
import type { CrosswalkData } from '../../lib/schema/crosswalk.ts';

export interface CrosswalkNode {
  key: string;
  taxonomy: string;
  label: string;
  x: number;
  y: number;
}

export interface CrosswalkLayout {
  width: number;
  height: number;
  columns: { id: string; name: string; x: number }[];
  nodes: CrosswalkNode[];
  links: { from: string; to: string; why: string; path: string }[];
}

export const NODE_WIDTH = 236;
export const NODE_HEIGHT = 40;

/** Lay out the crosswalk in a `width` × auto box; throws, naming it, on a link to an unknown layer. */
export function layoutCrosswalk(data: CrosswalkData, width = 900): CrosswalkLayout {
  const columns = data.taxonomies.length;
  const gap = (width - NODE_WIDTH) / (columns - 1);
  const rows = Math.max(...data.taxonomies.map((taxonomy) => taxonomy.layers.length));
  const top = 20;
  const rowGap = 70;
  const height = top + rows * rowGap + 10;
  const nodes = data.taxonomies.flatMap((taxonomy, column) => {
    // Centre shorter columns vertically against the tallest one.
    const offset = ((rows - taxonomy.layers.length) * rowGap) / 2;
    return taxonomy.layers.map((layer, row) => ({
      key: `${taxonomy.id}:${layer.id}`,
      taxonomy: taxonomy.id,
      label: layer.label,
      x: Math.round(column * gap),
      y: Math.round(top + offset + row * rowGap),
    }));
  });
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const curve = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = data.links.map((link) => {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    if (!from || !to) throw new Error(`The crosswalk links an unknown layer: ${from ? link.to : link.from}`);
    const path = curve({ source: [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2], target: [to.x, to.y + NODE_HEIGHT / 2] }) ?? '';
    return { ...link, path: path.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)) };
  });
  return {
    width,
    height,
    columns: data.taxonomies.map((taxonomy, column) => ({ id: taxonomy.id, name: taxonomy.name, x: Math.round(column * gap) })),
    nodes,
    links,
  };
}

/** Every layer's links, both ways, with the other layer's label: the list view. */
export function crosswalkList(data: CrosswalkData) {
  const labels = new Map(
    data.taxonomies.flatMap((taxonomy) =>
      taxonomy.layers.map((layer) => [`${taxonomy.id}:${layer.id}`, `${layer.label} (${taxonomy.name})`]),
    ),
  );
  return data.taxonomies.map((taxonomy) => ({
    ...taxonomy,
    layers: taxonomy.layers.map((layer) => {
      const key = `${taxonomy.id}:${layer.id}`;
      return {
        ...layer,
        key,
        links: data.links
          .filter((link) => link.from === key || link.to === key)
          .map((link) => ({ other: labels.get(link.from === key ? link.to : link.from)!, why: link.why })),
      };
    }),
  }));
}
