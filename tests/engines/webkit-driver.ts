/**
 * WebKit, Safari's engine: WebKitGTK's WebKitWebDriver (Debian's webkit2gtk-driver) drives its
 * MiniBrowser with --automation, on a virtual display from one `xvfb-run`, through the `webdriver`
 * client (WebdriverIO's protocol layer; webdriverio itself pins puppeteer-core to 24 or older,
 * which conflicts with the 25 that lighthouse and our Firefox driver use). WebKitWebDriver speaks
 * classic WebDriver only (no BiDi), so the browser's console is not readable here: the page probe
 * (probe.js) reports errors in every engine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import WebDriver, { type Client } from 'webdriver';
import type { Driver, Key } from './driver.ts';

/** W3C WebDriver key codes (WebDriver, "Keyboard actions"). */
const KEYS: Record<Exclude<Key, 'SelectAll'>, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003' };
const CONTROL = '\uE009';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once the driver answers /status, or rejects when it exits or cannot start first. */
async function driverReady(url: string, driver: ChildProcess, output: () => string): Promise<void> {
  let settled = false;
  const exited = new Promise<never>((_, reject) => {
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (code ${code}) before it was ready:\n${output()}`)));
    driver.once('error', reject);
  });
  const answers = (async () => {
    while (!settled) {
      try {
        if ((await fetch(`${url}/status`)).ok) return;
      } catch {
        // Not listening yet: ask again on the next turn of the event loop's timers.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    await Promise.race([answers, exited]);
  } finally {
    settled = true;
  }
}

/** The children of a process (Linux), to stop WebKitWebDriver and let xvfb-run close its display. */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

interface RunningDriver {
  port: number;
  /** Stops WebKitWebDriver and resolves once xvfb-run has closed the display and exited. */
  stop(): Promise<void>;
}

/**
 * WebKitWebDriver on a free port, on one virtual display (`xvfb-run -a` picks a free display
 * number) for the driver and every browser it starts. The port is free when chosen, but another
 * program could take it before the driver binds it; the driver then exits, and we try another.
 */
async function startWebKitWebDriver(attempts = 3): Promise<RunningDriver> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const xvfb = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    xvfb.stdout!.on('data', (chunk) => (output += chunk));
    xvfb.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => {
      if (xvfb.exitCode !== null) resolve(null);
      xvfb.once('exit', resolve);
      xvfb.once('error', resolve);
    });
    const stop = async () => {
      // Stopping WebKitWebDriver lets xvfb-run stop Xvfb and exit; stopping xvfb-run itself would orphan both.
      for (const pid of children(xvfb.pid!)) {
        try {
          if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'WebKitWebDriver') process.kill(pid, 'SIGTERM');
        } catch {
          // It has already gone.
        }
      }
      await exited;
    };
    try {
      await driverReady(`http://127.0.0.1:${port}`, xvfb, () => output);
      return { port, stop };
    } catch (error) {
      await stop();
      if (attempt >= attempts) throw error;
    }
  }
}

export async function launchWebKit(miniBrowser: string): Promise<Driver> {
  const driver = await startWebKitWebDriver();
  // WebKitGTK's own capability names the browser; a variable, since the client's types list only the standard ones.
  const capabilities = {
    browserName: 'MiniBrowser',
    // Classic WebDriver: WebKitWebDriver refuses a session that asks for BiDi.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
  };
  let client: Client;
  try {
    client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities,
    });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  const version = `MiniBrowser/${(client.capabilities as { browserVersion?: string }).browserVersion ?? '?'}`;

  const keys = async (actions: { type: 'keyDown' | 'keyUp'; value: string }[]) => {
    await client.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await client.releaseActions();
  };
  const pointer = async (x: number, y: number, click: boolean) => {
    const actions: object[] = [{ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) }];
    if (click) actions.push({ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 });
    await client.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    if (click) await client.releaseActions();
  };

  return {
    engine: 'webkit',
    version,
    async goto(url) {
      await client.navigateTo(url);
    },
    async setViewport(width, height) {
      // The window includes MiniBrowser's header bar: size it, measure the chrome, size it again.
      await client.setWindowRect(null, null, width, height);
      const inner = await client.executeScript('return [window.innerWidth, window.innerHeight]', []);
      const [chromeWidth, chromeHeight] = [width - inner[0], height - inner[1]];
      if (chromeWidth !== 0 || chromeHeight !== 0) await client.setWindowRect(null, null, width + chromeWidth, height + chromeHeight);
      const [innerWidth] = await client.executeScript('return [window.innerWidth]', []);
      if (innerWidth !== width) throw new Error(`MiniBrowser's window gives a ${innerWidth} px viewport, not ${width} px`);
    },
    evaluate: (fn, ...args) => client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, args as unknown as object[]),
    click: (x, y) => pointer(x, y, true),
    hover: (x, y) => pointer(x, y, false),
    async press(key) {
      if (key === 'SelectAll')
        await keys([
          { type: 'keyDown', value: CONTROL },
          { type: 'keyDown', value: 'a' },
          { type: 'keyUp', value: 'a' },
          { type: 'keyUp', value: CONTROL },
        ]);
      else
        await keys([
          { type: 'keyDown', value: KEYS[key] },
          { type: 'keyUp', value: KEYS[key] },
        ]);
    },
    async type(text) {
      await keys(
        [...text].flatMap((value) => [
          { type: 'keyDown' as const, value },
          { type: 'keyUp' as const, value },
        ]),
      );
    },
    browserErrors: () => [],
    async close() {
      try {
        await client.deleteSession();
      } finally {
        await driver.stop();
      }
    },
  };
}
