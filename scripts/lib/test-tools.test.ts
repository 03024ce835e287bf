/**
 * The set-up step of `npm test` (scripts/setup-test-tools.ts over scripts/lib/test-tools.ts):
 * the finder against fake machines, then the script itself as a process with a fake PATH, found,
 * missing without root (a real other user), and missing as root with a fake apt-get that
 * installs fake programs, so nothing on this machine is touched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingToolsMessage, surveyTools, TOOLS, toolsNeeded, type ToolContext } from './test-tools.ts';

const ALL_PACKAGES = ['chromium-headless-shell', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'default-jre-headless'];

/** A machine whose only executables are `paths`. */
function fakeMachine(paths: string[], env: Record<string, string> = {}): ToolContext {
  const present = new Set(paths);
  return {
    env: { PATH: '/fake/bin:/fake/usr/bin', ...env },
    isExecutable: (path) => present.has(path),
    libraryDirs: () => ['/fake/lib/x86_64-linux-gnu'],
    playwrightChromium: () => null,
  };
}

const EVERYTHING = [
  '/fake/usr/bin/chromium-headless-shell',
  '/fake/usr/bin/firefox-esr',
  '/fake/bin/WebKitWebDriver',
  '/fake/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/fake/usr/bin/xvfb-run',
  '/fake/usr/bin/java',
];

describe('surveyTools', () => {
  it('finds every tool on the PATH and in the library folders', () => {
    const survey = surveyTools(TOOLS, fakeMachine(EVERYTHING));
    expect(survey.missing).toEqual([]);
    expect(survey.found.map(({ tool, path }) => [tool.id, path])).toEqual([
      ['chromium', '/fake/usr/bin/chromium-headless-shell'],
      ['firefox', '/fake/usr/bin/firefox-esr'],
      ['webkit-driver', '/fake/bin/WebKitWebDriver'],
      ['minibrowser', '/fake/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
      ['xvfb', '/fake/usr/bin/xvfb-run'],
      ['java', '/fake/usr/bin/java'],
    ]);
  });

  it('prefers the headless shell, then a full Chromium, then Playwright\u2019s own', () => {
    const chromium = TOOLS.find((tool) => tool.id === 'chromium')!;
    expect(chromium.find(fakeMachine(['/fake/usr/bin/chromium', '/fake/bin/chromium-headless-shell']))).toBe(
      '/fake/bin/chromium-headless-shell',
    );
    expect(chromium.find(fakeMachine(['/fake/usr/bin/chromium']))).toBe('/fake/usr/bin/chromium');
    expect(chromium.find({ ...fakeMachine([]), playwrightChromium: () => '/cache/ms-playwright/chrome' })).toBe(
      '/cache/ms-playwright/chrome',
    );
  });

  it('lists each missing package once, in the table\u2019s order', () => {
    const survey = surveyTools(TOOLS, fakeMachine([]));
    expect(survey.missing.map((tool) => tool.id)).toEqual(['chromium', 'firefox', 'webkit-driver', 'minibrowser', 'xvfb', 'java']);
    expect(survey.packages).toEqual(ALL_PACKAGES);
  });

  it('uses an override, and reports one that points nowhere instead of installing', () => {
    const machine = fakeMachine(['/opt/ff/firefox'], { FIREFOX_PATH: '/opt/ff/firefox', CHROME_PATH: '/opt/none/chrome' });
    const survey = surveyTools(TOOLS, machine);
    expect(survey.found).toContainEqual({ tool: TOOLS[1], path: '/opt/ff/firefox' });
    expect(survey.errors).toEqual(['CHROME_PATH is set to /opt/none/chrome, but no program is there.']);
    expect(survey.missing.map((tool) => tool.id)).not.toContain('chromium');
  });

  it('needs only the engines ENGINES names', () => {
    expect(toolsNeeded({ ENGINES: 'firefox' }).map((tool) => tool.id)).toEqual(['chromium', 'firefox', 'java']);
    expect(toolsNeeded({ ENGINES: 'webkit' }).map((tool) => tool.id)).toEqual(['chromium', 'webkit-driver', 'minibrowser', 'xvfb', 'java']);
    expect(toolsNeeded({}).map((tool) => tool.id)).toEqual(TOOLS.map((tool) => tool.id));
  });

  it('writes one message with every package and the command that installs them', () => {
    const message = missingToolsMessage(surveyTools(TOOLS, fakeMachine(['/fake/usr/bin/java'])), 'installing them needs root');
    expect(message).toContain('(installing them needs root)');
    expect(message).toContain("Firefox ESR, for the engine smoke suite in Firefox: Debian's firefox-esr");
    expect(message).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium-headless-shell firefox-esr webkit2gtk-driver xvfb\n',
    );
    expect(message).not.toContain('default-jre-headless');
  });
});

describe('scripts/setup-test-tools.ts as a process', () => {
  const script = new URL('../setup-test-tools.ts', import.meta.url).pathname;
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  /** A folder every user can read, with bin/ and lib/ (and fake programs named in `programs`). */
  function fakeRoot(programs: string[]) {
    dir = mkdtempSync(join(tmpdir(), 'test-tools-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'lib', 'webkit2gtk-4.1'), { recursive: true });
    for (const name of programs) writeProgram(name === 'MiniBrowser' ? join('lib', 'webkit2gtk-4.1', name) : join('bin', name), 'exit 0');
    chmodSync(dir, 0o755);
    return dir;
  }
  function writeProgram(relativePath: string, body: string) {
    writeFileSync(join(dir, relativePath), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, relativePath), 0o755);
  }
  function run(args: string[], options: { uid?: number } = {}) {
    const started = Date.now();
    const result = spawnSync(process.execPath, [script, ...args], {
      encoding: 'utf8',
      uid: options.uid,
      // Only the fake folders: the machine's own programs are out of sight.
      env: { PATH: join(dir, 'bin'), TEST_TOOLS_LIBRARY_DIRS: join(dir, 'lib'), HOME: dir },
    });
    return { ...result, seconds: (Date.now() - started) / 1000 };
  }
  const programs = ['chromium-headless-shell', 'firefox-esr', 'WebKitWebDriver', 'MiniBrowser', 'xvfb-run', 'java'];

  it('passes when every program is there, naming each', () => {
    fakeRoot(programs);
    const result = run(['--check']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`test tools: Firefox ESR: ${dir}/bin/firefox-esr`);
    expect(result.stdout).toContain(`test tools: WebKitGTK's MiniBrowser: ${dir}/lib/webkit2gtk-4.1/MiniBrowser`);
  });

  const isRoot = process.getuid?.() === 0;
  it.runIf(isRoot)('stops within seconds without root, with one message naming every package', () => {
    fakeRoot(['java']);
    const result = run([], { uid: 65534 });
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(5);
    expect(result.stderr).toContain('(installing them needs root)');
    expect(result.stderr).toContain('sudo apt-get install -y chromium-headless-shell firefox-esr webkit2gtk-driver xvfb');
    expect(result.stdout).not.toContain('apt-get');
  });

  it.runIf(isRoot)('as root with apt-get, updates once, installs every missing package in one call, then finds them', () => {
    fakeRoot(['java']);
    // The fake apt-get records its arguments and, on install, puts the programs where Debian would.
    const install = programs
      .filter((name) => name !== 'java')
      .map((name) => {
        const path = name === 'MiniBrowser' ? `${dir}/lib/webkit2gtk-4.1/${name}` : `${dir}/bin/${name}`;
        return `printf '#!/bin/sh\\nexit 0\\n' > ${path}; /bin/chmod 755 ${path}`;
      })
      .join('; ');
    writeProgram(join('bin', 'apt-get'), `echo "$@" >> ${dir}/apt.log\ncase "$1" in install) ${install};; esac`);
    const result = run([]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'apt.log'), 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq chromium-headless-shell firefox-esr webkit2gtk-driver xvfb',
    ]);
    expect(result.stdout).toContain(`test tools: Chromium: ${dir}/bin/chromium-headless-shell`);
  });

  it.runIf(isRoot)('as root without apt-get, stops with the message', () => {
    fakeRoot([]);
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(there is no apt-get here to install them)');
    expect(result.stderr).toContain(`sudo apt-get install -y ${ALL_PACKAGES.join(' ')}`);
  });
});
