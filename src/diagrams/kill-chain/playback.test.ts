import { describe, expect, it } from 'vitest';
import { keyMoments, nextMoment, stepWithin } from './playback.ts';
import { Playback, type Clock } from './playback.svelte.ts';

/** A clock the test moves by hand: frames run when `advance` is called, intervals every 1000 ms of it. */
function manualClock() {
  let now = 0;
  let frames: ((time: number) => void)[] = [];
  let intervals: { callback: () => void; ms: number; next: number }[] = [];
  const clock: Clock = {
    now: () => now,
    frame: (callback) => frames.push(callback),
    cancelFrame: () => {
      frames = [];
    },
    every: (callback, ms) => {
      intervals.push({ callback, ms, next: now + ms });
      return intervals.length as unknown as ReturnType<typeof setInterval>;
    },
    cancelEvery: () => {
      intervals = [];
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = frames;
    frames = [];
    due.forEach((callback) => callback(now));
    for (const interval of [...intervals]) {
      while (intervals.includes(interval) && interval.next <= now) {
        interval.next += interval.ms;
        interval.callback();
      }
    }
  };
  return { clock, advance };
}

describe('keyMoments', () => {
  it('gives launch, each phase end and every five minutes, in order and once each', () => {
    expect(keyMoments([{ end: 170 }, { end: 1370 }, { end: 1400 }], 1400)).toEqual([0, 170, 300, 600, 900, 1200, 1370, 1400]);
    expect(keyMoments([{ end: 300 }], 300)).toEqual([0, 300]);
  });

  it('finds the next moment, or none at the end', () => {
    expect(nextMoment([0, 170, 300], 170)).toBe(300);
    expect(nextMoment([0, 170, 300], 300)).toBeNull();
  });

  it('steps within the flight', () => {
    expect(stepWithin(5, -10, 100)).toBe(0);
    expect(stepWithin(95, 10, 100)).toBe(100);
    expect(stepWithin(50, 10, 100)).toBe(60);
  });
});

describe('Playback', () => {
  const make = (reduced: boolean) => {
    const { clock, advance } = manualClock();
    const playback = new Playback({ max: () => 600, rate: 60, moments: () => [0, 170, 300, 600], reducedMotion: () => reduced, clock });
    return { playback, advance };
  };

  it('plays at its rate and stops at the end', () => {
    const { playback, advance } = make(false);
    playback.toggle();
    expect(playback.playing).toBe(true);
    advance(1000);
    expect(playback.position).toBe(60);
    for (let i = 0; i < 20 && playback.playing; i++) advance(1000);
    expect(playback.position).toBe(600);
    expect(playback.playing).toBe(false);
  });

  it('pauses where it is, and starts again from the start once at the end', () => {
    const { playback, advance } = make(false);
    playback.toggle();
    advance(500);
    playback.toggle();
    expect(playback.playing).toBe(false);
    expect(playback.position).toBe(30);
    playback.position = 600;
    playback.toggle();
    expect(playback.position).toBe(0);
  });

  it('with reduced motion, jumps between key moments once a second instead of moving', () => {
    const { playback, advance } = make(true);
    playback.toggle();
    advance(999);
    expect(playback.position).toBe(0);
    advance(1);
    expect(playback.position).toBe(170);
    advance(1000);
    expect(playback.position).toBe(300);
    advance(2000);
    expect(playback.position).toBe(600);
    expect(playback.playing).toBe(false);
  });

  it('steps and clamps inside the flight', () => {
    const { playback } = make(false);
    playback.step(-10);
    expect(playback.position).toBe(0);
    playback.position = 590;
    playback.step(20);
    expect(playback.position).toBe(600);
  });
});
