/**
 * Plays a position along the flight (seconds, or a share of it) from where it is to its end, or
 * steps it. With reduced motion, play jumps between key moments once a second instead of moving.
 * The clock is injected, so tests can drive it; the page uses the browser's.
 */
import { nextMoment, stepWithin } from './playback.ts';

export interface Clock {
  now(): number;
  frame(callback: (now: number) => void): number;
  cancelFrame(id: number): void;
  every(callback: () => void, ms: number): ReturnType<typeof setInterval>;
  cancelEvery(id: ReturnType<typeof setInterval>): void;
}

export const BROWSER_CLOCK: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
  every: (callback, ms) => setInterval(callback, ms),
  cancelEvery: (id) => clearInterval(id),
};

export interface PlaybackOptions {
  /** The end of the flight, in the position's unit. */
  max: () => number;
  /** Units per second of the page while playing. */
  rate: number;
  /** Where a reduced-motion play stops, in order. */
  moments: () => number[];
  reducedMotion: () => boolean;
  clock?: Clock;
}

export class Playback {
  position = $state(0);
  playing = $state(false);
  #frame = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #options: PlaybackOptions;
  readonly #clock: Clock;

  constructor(options: PlaybackOptions) {
    this.#options = options;
    this.#clock = options.clock ?? BROWSER_CLOCK;
  }

  stop(): void {
    this.playing = false;
    this.#clock.cancelFrame(this.#frame);
    if (this.#timer !== undefined) this.#clock.cancelEvery(this.#timer);
    this.#timer = undefined;
  }

  /** Play from here, or from the start when at the end; pause when playing. */
  toggle(): void {
    if (this.playing) return this.stop();
    this.playing = true;
    if (this.position >= this.#options.max()) this.position = 0;
    if (this.#options.reducedMotion()) {
      this.#timer = this.#clock.every(() => {
        const next = nextMoment(this.#options.moments(), this.position);
        if (next === null) return this.stop();
        this.position = next;
      }, 1000);
      return;
    }
    let last = this.#clock.now();
    const tick = (now: number) => {
      this.position = Math.min(this.#options.max(), this.position + ((now - last) / 1000) * this.#options.rate);
      last = now;
      if (this.position >= this.#options.max()) return this.stop();
      this.#frame = this.#clock.frame(tick);
    };
    this.#frame = this.#clock.frame(tick);
  }

  step(delta: number): void {
    this.position = stepWithin(this.position, delta, this.#options.max());
  }

  /** Keep the position inside the flight after the flight gets shorter. */
  clamp(): void {
    if (this.position > this.#options.max()) this.position = this.#options.max();
  }
}
