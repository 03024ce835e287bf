/**
 * The little a smoke flow needs from a browser, so that each flow is written once and runs in
 * every engine: puppeteer-core drives Chromium and Firefox (WebDriver BiDi), the `webdriver`
 * client drives WebKit (WebKitWebDriver and MiniBrowser). See docs/TESTING.md.
 */

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

/** Keys the flows press; each driver maps them to its protocol's names. */
export type Key = 'Tab' | 'Enter' | 'Escape' | 'Backspace' | 'SelectAll';

export interface Driver {
  readonly engine: Engine;
  /** The browser's own name and version, for the report. */
  readonly version: string;
  /** Navigates the tab and resolves once the page's load event has fired. */
  goto(url: string): Promise<void>;
  /** Sets the size of the layout viewport in CSS pixels (within what the engine's window allows). */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Runs `fn` in the page (it is sent as source text, so it may use nothing from its scope) with
   * JSON arguments, and resolves with its JSON result, awaiting a promise.
   */
  evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result | Promise<Result>, ...args: Args): Promise<Result>;
  /** A real pointer: moves to the point (viewport coordinates) and clicks the primary button. */
  click(x: number, y: number): Promise<void>;
  /** A real pointer move to the point, without a click. */
  hover(x: number, y: number): Promise<void>;
  /** A real key press (SelectAll: Control+A). */
  press(key: Key): Promise<void>;
  /** Types the text key by key into the focused element. */
  type(text: string): Promise<void>;
  /**
   * Errors the browser itself reported since the last navigation (console errors, uncaught
   * exceptions), where the protocol gives them; the page probe reports the rest in every engine.
   */
  browserErrors(): string[];
  close(): Promise<void>;
}
