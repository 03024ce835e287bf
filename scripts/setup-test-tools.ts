/**
 * The first step of `npm test`: finds every program the suite needs (scripts/lib/test-tools.ts)
 * and, where some are missing, installs their Debian packages when it can (as root, with apt-get:
 * one `apt-get update`, then one install), or else stops before any test runs with one message
 * that lists every missing package and the command that installs them.
 *
 * `--check` only looks and reports (it never installs); ENGINES=firefox or webkit needs one
 * engine's tools only.
 */
import { spawnSync } from 'node:child_process';
import { missingToolsMessage, onPath, surveyTools, SYSTEM, toolsNeeded, type ToolSurvey } from './lib/test-tools.ts';

const checkOnly = process.argv.includes('--check');
const tools = toolsNeeded(process.env);

function report(survey: ToolSurvey) {
  for (const { tool, path } of survey.found) console.log(`test tools: ${tool.name}: ${path}`);
}

function stop(survey: ToolSurvey, why: string): never {
  console.error(missingToolsMessage(survey, why));
  process.exit(1);
}

function apt(args: string[]): boolean {
  console.log(`test tools: apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const before = surveyTools(tools);
report(before);
if (before.errors.length > 0) stop(before, 'an override points nowhere');
if (before.missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = onPath(SYSTEM, 'apt-get') !== null;
if (checkOnly) stop(before, '--check installs nothing');
if (!isRoot) stop(before, 'installing them needs root');
if (!hasApt) stop(before, 'there is no apt-get here to install them');

console.log(`test tools: installing Debian's ${before.packages.join(', ')}`);
const started = Date.now();
if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...before.packages])) stop(before, 'apt-get failed, see above');
const after = surveyTools(tools);
if (after.missing.length > 0 || after.errors.length > 0) stop(after, 'still missing after apt-get install');
report({ ...after, found: after.found.filter(({ tool }) => before.missing.includes(tool)) });
console.log(`test tools: installed in ${Math.round((Date.now() - started) / 1000)} s`);
