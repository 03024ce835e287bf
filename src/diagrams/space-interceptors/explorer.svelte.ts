/**
 * The explorable's state, shared by its components (../components/): the inputs and their notes,
 * the model's answer derived from them, and what the live region says. SbiExplorer creates one
 * and hands it to each part; the parts read it and call its methods, so the clamping, the URL and
 * the announcement happen in one place. (Its tests drive the timers with Vitest's fake ones.)
 */
import { tick } from 'svelte';
import { clampInputs, computeSbi, inputText, noEngagementCause, SBI_FIELDS, SBI_INPUTS, sensitivities, type SbiInputs } from './model.ts';
import { formatNumber } from '../../lib/format-number.ts';

/** How long the inputs must rest before the address changes (a slider's every step is not worth a history entry). */
export const URL_DELAY_MS = 250;
/**
 * How long the inputs must rest before the live region speaks: a held arrow key moves a slider
 * many steps a second, and a screen reader should say the answer once it settles, not each step.
 */
export const ANNOUNCE_DELAY_MS = 750;

/** The answer as one sentence: the live region's words, and the visible result's. */
export function resultSentence(needed: number | null): string {
  return needed === null ? 'No interceptor can engage.' : `Interceptors needed: ${formatNumber(needed)}.`;
}

export interface ExplorerOptions {
  defaults: SbiInputs;
  /** In an embed: bad URL values fall back without a note. */
  quiet?: boolean;
  /** Put the inputs in the address (the page's URL sync); called once they have rested. */
  persist?: (inputs: SbiInputs) => void;
}

export class ExplorerState {
  inputs = $state<SbiInputs>() as SbiInputs;
  notes = $state<string[]>([]);
  /** Set once the island runs: until then the server's markup shows. */
  hydrated = $state(false);
  /** The live region's text: the answer after the reader's last change, once the inputs have rested. */
  announcement = $state('');

  readonly result = $derived(computeSbi(this.inputs));
  /** Why no interceptor can engage, when none can. */
  readonly cause = $derived(noEngagementCause(this.inputs, this.result));
  /** The three assumptions that move the answer most at these settings. */
  readonly mostSensitive = $derived(sensitivities(this.inputs).slice(0, 3));

  readonly defaults: Readonly<SbiInputs>;
  readonly #quiet: boolean;
  readonly #persist: (inputs: SbiInputs) => void;
  #urlTimer: ReturnType<typeof setTimeout> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the reader last heard, or saw before any change: the live region repeats nothing. */
  #spoken: string;

  constructor(options: ExplorerOptions) {
    this.defaults = { ...options.defaults };
    this.inputs = { ...options.defaults };
    this.#quiet = options.quiet ?? false;
    this.#persist = options.persist ?? (() => {});
    this.#spoken = resultSentence(this.result.interceptorsNeeded);
  }

  /**
   * The reader's change: new values as URL-style strings keyed by parameter, clamped and noted
   * like URL values. Records the time to recompute (`sbi-recompute`, for the bench), then puts the
   * view in the address and the answer in the live region once the inputs have rested.
   */
  async update(raw: Record<string, string | null>): Promise<void> {
    const start = performance.now();
    const current = Object.fromEntries(SBI_FIELDS.map((field) => [SBI_INPUTS[field].param, inputText(field, this.inputs[field])]));
    const { inputs, notes } = clampInputs({ ...current, ...raw }, this.defaults);
    this.inputs = inputs;
    this.notes = notes;
    await tick();
    performance.measure('sbi-recompute', { start });
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => this.#persist(this.inputs), URL_DELAY_MS);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#announce(), ANNOUNCE_DELAY_MS);
  }

  /** One input's new text, as typed or slid. */
  setField(field: keyof SbiInputs, text: string): Promise<void> {
    return this.update({ [SBI_INPUTS[field].param]: text });
  }

  /** A preset's values; the others stay as set. */
  applyPreset(values: Partial<SbiInputs>): Promise<void> {
    const raw: Record<string, string> = {};
    for (const [field, value] of Object.entries(values) as [keyof SbiInputs, number | null][])
      raw[SBI_INPUTS[field].param] = inputText(field, value);
    return this.update(raw);
  }

  /**
   * A view from the address (on hydration, or Back and Forward): shown as it is, not announced,
   * since the reader did not change an input here. Its answer becomes what the reader has seen.
   */
  show(inputs: SbiInputs, notes: string[]): void {
    this.inputs = inputs;
    this.notes = this.#quiet ? [] : notes;
    this.#spoken = resultSentence(this.result.interceptorsNeeded);
    // Emptied (which says nothing), so that the next change is a change even if it says again what was said before.
    this.announcement = '';
  }

  /** Whether any input under "More inputs" differs from the default: the disclosure then opens. */
  get moreChanged(): boolean {
    return SBI_FIELDS.some((field) => SBI_INPUTS[field].level === 'more' && this.inputs[field] !== this.defaults[field]);
  }

  #announce(): void {
    const sentence = resultSentence(this.result.interceptorsNeeded);
    if (sentence === this.#spoken) return;
    this.#spoken = sentence;
    this.announcement = sentence;
  }
}
