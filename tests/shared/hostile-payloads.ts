/**
 * Hostile values for URL parameters and hashes: markup and script that must never run, encodings,
 * template syntax, paths, huge and odd strings, numbers out of range, and prototype names. The URL
 * codecs meet every one of them in Vitest (tests/unit/hostile-urls.test.ts); the browser smoke
 * (tests/e2e/fuzz.spec.ts) loads each page that reads parameters with them.
 */
export const PAYLOADS = [
  '<script>window.__fuzzed=1</script>',
  '"><img src=x onerror="window.__fuzzed=1">',
  "'><svg onload=window.__fuzzed=1>",
  '<b data-fuzz>bold</b>',
  'javascript:window.__fuzzed=1',
  'data:text/html,<b data-fuzz>x</b>',
  '%3Cscript%3Ewindow.__fuzzed%3D1%3C%2Fscript%3E',
  '%253Cb%2520data-fuzz%253E',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  "' OR '1'='1",
  'x'.repeat(10_000),
  '\u202Eevil\u202C',
  '\u0000\u0001\u001f',
  '🚀💥',
  'ballistic\u200B',
  'BALLISTIC',
  ' cruise ',
  'NaN',
  'Infinity',
  '-1e999',
  '0x1F',
  '1e-400',
  '[]',
  '{}',
  'null',
  'undefined',
  'constructor',
  '__proto__',
];
