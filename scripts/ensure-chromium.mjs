/**
 * Make sure the browser tests have a Chromium, before Playwright starts:
 * use one that is there (scripts/chromium.mjs); else try Playwright's own download (works where the
 * network allows it); else, as root with apt, install Debian's `chromium` package; else stop with
 * a message that says exactly what to install.
 */
import { spawnSync } from 'node:child_process';
import { findTestChromium } from './chromium.mjs';

function run(command, args, timeoutMs) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

function found() {
  const path = findTestChromium();
  if (path) {
    console.log(`ensure-chromium: using ${path}`);
    return true;
  }
  return false;
}

try {
  if (found()) process.exit(0);
} catch (error) {
  console.error(`ensure-chromium: ${error.message}`);
  process.exit(1);
}

console.log('ensure-chromium: no Chromium found; trying to obtain one.');
run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 180_000);
if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  run('apt-get', ['update', '-qq'], 300_000);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000);
  if (found()) process.exit(0);
}

console.error(`
ensure-chromium: the browser tests need Chromium and none could be found or installed.
Install one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install -y chromium     (gives /usr/bin/chromium)
  - any system:     npx playwright install chromium      (needs access to Playwright's download host)
  - or point CHROME_PATH at an existing Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test
`);
process.exit(1);
