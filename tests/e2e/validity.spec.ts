import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { htmlFiles } from '../../scripts/lib/link-check.ts';

// The Nu Html Checker (vnu-jar from npm; needs Java) over every built page: zero errors.
const vnu = createRequire(import.meta.url)('vnu-jar') as string;

test('every built page is valid HTML (Nu Html Checker)', () => {
  test.setTimeout(300_000);
  const pages = htmlFiles('dist');
  expect(pages.length).toBeGreaterThan(30);
  const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'text', 'dist'], {
    encoding: 'utf8',
    timeout: 280_000,
  });
  if (result.error)
    throw new Error(`The Nu Html Checker needs Java: ${result.error.message}. On Debian: apt-get install default-jre-headless.`);
  const report = `${result.stdout}${result.stderr}`;
  expect(report.split('\n').filter((line) => /^Error:|^From line/.test(line))).toEqual([]);
  expect(result.status, report).toBe(0);
});
