import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { killChainSchema } from '../../lib/schema/kill-chain.ts';
import { buildKillChain } from './model.ts';
import { axisTicks, chainScene } from './scene.ts';

const data = killChainSchema.parse(parse(readFileSync('content/diagrams/kill-chain.yaml', 'utf8')));
const elements = [
  { id: 'sensor', title: 'Sensor', layer: 'space-sensor', phases: ['boost', 'midcourse', 'terminal'] as const, kind: 'satellite' as const },
  { id: 'sbi', title: 'SBI', layer: 'boost-phase', phases: ['boost'] as const, kind: 'space-interceptor' as const },
];

describe('chainScene', () => {
  const scene = chainScene(buildKillChain(data, 'solid', elements), 'Solid-fuel ICBM');

  it('lays the phases end to end across the whole axis, in percent', () => {
    expect(scene.phases[0].x).toBe(0);
    for (let i = 1; i < scene.phases.length; i++)
      expect(scene.phases[i].x).toBeCloseTo(scene.phases[i - 1].x + scene.phases[i - 1].width, 2);
    const last = scene.phases.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(100, 2);
    expect(scene.phases[0].width).toBeCloseTo((170 / scene.total) * 100, 2);
  });

  it('places every window by its seconds', () => {
    const sbi = scene.rows.find((row) => row.element === 'sbi')!;
    const [decide, engage] = sbi.segments;
    expect(decide.x).toBe(0);
    expect(decide.width).toBeCloseTo((data.decisionSeconds / scene.total) * 100, 2);
    expect(engage.x).toBeCloseTo(decide.width, 2);
  });

  it('keeps the label and the before-launch list', () => {
    expect(scene.label).toBe('Solid-fuel ICBM');
    expect(scene.beforeLaunch).toEqual([]);
  });
});

describe('axisTicks', () => {
  const toX = (seconds: number) => (seconds / 1400) * 100;

  it('ticks round minutes, ends at impact, and anchors the ends inside the axis', () => {
    const ticks = axisTicks(1400, toX);
    expect(ticks[0]).toMatchObject({ x: 0, label: '0 s', anchor: 'start' });
    expect(ticks.at(-1)).toMatchObject({ x: 100, label: '23 min 20 s', anchor: 'end', narrow: true });
    for (const tick of ticks.slice(1, -1)) expect(tick.anchor).toBe('middle');
  });

  it('drops a tick that would crowd the last, and keeps fewer on narrow screens', () => {
    const ticks = axisTicks(1400, toX);
    const values = ticks.map((tick) => (tick.x / 100) * 1400);
    expect(values.slice(0, -1).every((value) => 1400 - value > 1400 * 0.08)).toBe(true);
    expect(ticks.filter((tick) => tick.narrow).length).toBeLessThan(ticks.length);
  });
});
