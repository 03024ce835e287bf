/**
 * The kill chain's bars as geometry, computed at build like the layered diagram's scenes: every
 * phase, window and tick placed in percent of the time axis (SVG shapes take percentage `x` and
 * `width`, so the bars stretch with the page and need no style attributes), and axis ticks at
 * round minutes from d3-scale. The browser gets finished numbers and ships no D3. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { formatSeconds, type KillChain, type LayerRow, type PhaseSpan, type Segment } from './model.ts';

/** A stretch of the axis, in percent of the whole flight (three decimals). */
export interface BarSpan {
  x: number;
  width: number;
}

export interface AxisTick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
  /** Kept on narrow screens too. */
  narrow: boolean;
}

export interface ChainScene {
  fuel: string;
  /** "Solid-fuel ICBM" */
  label: string;
  total: number;
  phases: (PhaseSpan & BarSpan)[];
  rows: (Omit<LayerRow, 'segments'> & { segments: (Segment & BarSpan)[] })[];
  beforeLaunch: KillChain['beforeLaunch'];
  ticks: AxisTick[];
}

const percent = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Ticks at round minutes and one at impact; a tick that would crowd the last is dropped, and on
 * narrow screens every other one is kept, none close to the last.
 */
export function axisTicks(total: number, toX: (seconds: number) => number): AxisTick[] {
  const minutes = scaleLinear()
    .domain([0, total / 60])
    .ticks(6);
  const values = [...minutes.map((minute) => minute * 60), total].filter(
    (value, index, all) => index === all.length - 1 || total - value > total * 0.08,
  );
  return values.map((value, index) => ({
    x: percent(toX(value)),
    label: formatSeconds(value),
    anchor: index === 0 ? 'start' : index === values.length - 1 ? 'end' : 'middle',
    narrow: index === values.length - 1 || (index % 2 === 0 && total - value > total * 0.25),
  }));
}

export function chainScene(chain: KillChain, label: string): ChainScene {
  const x = scaleLinear().domain([0, chain.total]).range([0, 100]);
  const span = (start: number, end: number): BarSpan => ({ x: percent(x(start)), width: percent(x(end) - x(start)) });
  return {
    fuel: chain.fuel,
    label,
    total: chain.total,
    phases: chain.phases.map((phase) => ({ ...phase, ...span(phase.start, phase.end) })),
    rows: chain.rows.map((row) => ({
      ...row,
      segments: row.segments.map((segment) => ({ ...segment, ...span(segment.start, segment.end) })),
    })),
    beforeLaunch: chain.beforeLaunch,
    ticks: axisTicks(chain.total, x),
  };
}
