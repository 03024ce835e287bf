/**
 * The programs `npm test` needs besides Node's packages, where each is found, and which Debian
 * package brings it. One table, read by the set-up step (scripts/setup-test-tools.ts, the first
 * step of `npm test`), by playwright.config.ts, the engine suite's fixtures, the bench and the
 * screenshot scripts, so that what the set-up checks is what the tests then launch.
 *
 * The lookups take a `ToolContext` (the environment, and how to test a path), never the real
 * machine directly, so tests/unit/test-tools.test.ts can run them against a fake PATH.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

export interface ToolContext {
  env: Record<string, string | undefined>;
  /** Whether an executable file is at this path. */
  isExecutable(path: string): boolean;
  /** Folders that hold an architecture's libraries (/usr/lib/x86_64-linux-gnu, ...), where MiniBrowser lives. */
  libraryDirs(): string[];
  /** The Chromium that `npx playwright install` downloaded, where it could run (not on this machine's network). */
  playwrightChromium(): string | null;
}

export type ToolId = 'chromium' | 'firefox' | 'webkit-driver' | 'minibrowser' | 'xvfb' | 'java';

export interface Tool {
  id: ToolId;
  /** What it is, for the messages. */
  name: string;
  /** What in `npm test` needs it. */
  neededBy: string;
  /** The Debian package that installs it. */
  debianPackage: string;
  /** The environment variable that points at another copy, if there is one. */
  override?: string;
  /** The path of the program, or null when it is not there. Throws when `override` points nowhere. */
  find(context: ToolContext): string | null;
}

/** The machine itself: process.env, the file system, and the library folders of /usr/lib. */
export const SYSTEM: ToolContext = {
  env: process.env,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return existsSync(path);
    } catch {
      return false;
    }
  },
  libraryDirs() {
    // TEST_TOOLS_LIBRARY_DIRS (folders, ':'-separated) replaces the search, for other layouts and the tests.
    const given = process.env.TEST_TOOLS_LIBRARY_DIRS;
    if (given !== undefined) return given.split(delimiter).filter(Boolean);
    return ['/usr/lib', '/usr/libexec'].flatMap((root) =>
      existsSync(root) ? [root, ...readdirSync(root).map((name) => join(root, name))] : [],
    );
  },
  playwrightChromium() {
    try {
      // Loaded only when no system Chromium is there: the set-up step stays quick without it.
      const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: { executablePath(): string } };
      const path = chromium.executablePath();
      return path && existsSync(path) ? path : null;
    } catch {
      return null;
    }
  },
};

/** The first of `commands` on the context's PATH, as a full path. */
export function onPath(context: ToolContext, ...commands: string[]): string | null {
  const dirs = (context.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (context.isExecutable(path)) return path;
    }
  }
  return null;
}

/** The override's path when it is set (an error if nothing is there: the user asked for that one), else undefined. */
function fromOverride(context: ToolContext, variable: string): string | undefined {
  const path = context.env[variable];
  if (!path) return undefined;
  if (!context.isExecutable(path)) throw new Error(`${variable} is set to ${path}, but no program is there.`);
  return path;
}

/**
 * Flags Chromium needs here: no sandbox as root, and no background traffic to a closed network
 * (without them it retries refused connections at every start).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The full browsers, in the order they are preferred (the bench and Lighthouse need a full one). */
const FULL_CHROMIUMS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** A full Chromium (CHROME_PATH, else the first of FULL_CHROMIUMS on the PATH): the bench, Lighthouse, screenshots. */
export function findFullChromium(context: ToolContext = SYSTEM): string | null {
  return fromOverride(context, 'CHROME_PATH') ?? onPath(context, ...FULL_CHROMIUMS);
}

export const TOOLS: readonly Tool[] = [
  {
    id: 'chromium',
    name: 'Chromium',
    neededBy: 'the browser tests (Playwright, axe, print, embeds)',
    // Chromium's old headless shell, the browser Playwright itself runs headless: the same engine,
    // and the suite ran in half the worker time of the full browser here (467 s against 233 s).
    debianPackage: 'chromium-headless-shell',
    override: 'CHROME_PATH',
    find: (context) =>
      fromOverride(context, 'CHROME_PATH') ?? onPath(context, 'chromium-headless-shell', ...FULL_CHROMIUMS) ?? context.playwrightChromium(),
  },
  {
    id: 'firefox',
    name: 'Firefox ESR',
    neededBy: 'the engine smoke suite in Firefox',
    debianPackage: 'firefox-esr',
    override: 'FIREFOX_PATH',
    find: (context) => fromOverride(context, 'FIREFOX_PATH') ?? onPath(context, 'firefox-esr'),
  },
  {
    id: 'webkit-driver',
    name: 'WebKitWebDriver',
    neededBy: 'the engine smoke suite in WebKit',
    debianPackage: 'webkit2gtk-driver',
    find: (context) => onPath(context, 'WebKitWebDriver'),
  },
  {
    id: 'minibrowser',
    name: "WebKitGTK's MiniBrowser",
    neededBy: 'the engine smoke suite in WebKit',
    // libwebkit2gtk-4.1-0 holds it; webkit2gtk-driver depends on that package.
    debianPackage: 'webkit2gtk-driver',
    override: 'MINIBROWSER_PATH',
    find: (context) =>
      fromOverride(context, 'MINIBROWSER_PATH') ??
      context
        .libraryDirs()
        .flatMap((dir) => [join(dir, 'webkit2gtk-4.1', 'MiniBrowser'), join(dir, 'MiniBrowser')])
        .find((path) => context.isExecutable(path)) ??
      null,
  },
  {
    id: 'xvfb',
    name: 'Xvfb (xvfb-run)',
    neededBy: "the engine smoke suite in WebKit (MiniBrowser's virtual display)",
    debianPackage: 'xvfb',
    find: (context) => onPath(context, 'xvfb-run'),
  },
  {
    id: 'java',
    name: 'a Java runtime',
    neededBy: 'the HTML validator (vnu-jar)',
    debianPackage: 'default-jre-headless',
    find: (context) => onPath(context, 'java'),
  },
];

/** Which engines' tools the run needs: the engine suite runs ENGINES (default firefox,webkit). */
export function toolsNeeded(env: Record<string, string | undefined>): Tool[] {
  const engines = new Set((env.ENGINES ?? 'firefox,webkit').split(',').map((name) => name.trim()));
  const skip = new Set<ToolId>([
    ...(engines.has('firefox') ? [] : (['firefox'] as const)),
    ...(engines.has('webkit') ? [] : (['webkit-driver', 'minibrowser', 'xvfb'] as const)),
  ]);
  return TOOLS.filter((tool) => !skip.has(tool.id));
}

export interface ToolSurvey {
  found: { tool: Tool; path: string }[];
  missing: Tool[];
  /** An override that points nowhere: the set-up stops, since installing would not fix it. */
  errors: string[];
  /** The Debian packages that bring every missing tool, each once, in the table's order. */
  packages: string[];
}

/** Looks for every tool in `tools`. */
export function surveyTools(tools: readonly Tool[], context: ToolContext = SYSTEM): ToolSurvey {
  const survey: ToolSurvey = { found: [], missing: [], errors: [], packages: [] };
  for (const tool of tools) {
    try {
      const path = tool.find(context);
      if (path) survey.found.push({ tool, path });
      else survey.missing.push(tool);
    } catch (error) {
      survey.errors.push((error as Error).message);
    }
  }
  survey.packages = [...new Set(survey.missing.map((tool) => tool.debianPackage))];
  return survey;
}

/** The one message that stops the run when tools are missing and cannot be installed here. */
export function missingToolsMessage(survey: ToolSurvey, why: string): string {
  const lines = [
    `npm test needs programs that are not on this machine (${why}):`,
    ...survey.missing.map((tool) => `  - ${tool.name}, for ${tool.neededBy}: Debian's ${tool.debianPackage}`),
    ...survey.errors.map((error) => `  - ${error}`),
  ];
  if (survey.packages.length > 0)
    lines.push(
      'Install them, then run npm test again:',
      `  sudo apt-get update && sudo apt-get install -y ${survey.packages.join(' ')}`,
      'or point CHROME_PATH, FIREFOX_PATH or MINIBROWSER_PATH at copies you have; ENGINES=firefox (or webkit) runs one engine.',
    );
  return lines.join('\n');
}

/** The Chromium the test suite runs (the headless shell where installed), or null. */
export function findTestChromium(context: ToolContext = SYSTEM): string | null {
  return TOOLS.find((tool) => tool.id === 'chromium')!.find(context);
}

/** The path of one tool, or an error naming its package (for the engine suite's fixtures). */
export function requireTool(id: ToolId, context: ToolContext = SYSTEM): string {
  const tool = TOOLS.find((candidate) => candidate.id === id)!;
  const path = tool.find(context);
  if (!path)
    throw new Error(
      `No ${tool.name} found: install Debian's ${tool.debianPackage}${tool.override ? `, or set ${tool.override}` : ''} (npm test does it as root).`,
    );
  return path;
}
