/**
 * Numbers as a reader writes them: "2,087", "4.05", "0.000479", "0.048%", "−90 to 90", never
 * "4.79e-4" or "2086.4000000000001". Intl.NumberFormat (en-US, the site's language) does the
 * rounding and the grouping; this module only picks its options. Pure.
 *
 * Why `roundingPriority: 'morePrecision'`: a number keeps its whole part and as many significant
 * digits as asked, whichever shows more. So a count is never rounded to "2,090" (it is "2,087"),
 * while a small number keeps its digits ("0.000479", not "0").
 */

const formats = new Map<string, Intl.NumberFormat>();

/** One formatter per set of options: building an Intl.NumberFormat costs far more than using one. */
function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** The typographic minus (U+2212), which reads as "minus" rather than as a hyphen. */
const MINUS = '\u2212';

/** Non-finite values in words; the model gives Infinity for "no interceptor can reach". */
function notFinite(value: number): string {
  if (Number.isNaN(value)) return 'not a number';
  return value > 0 ? 'infinite' : `${MINUS}infinite`;
}

/**
 * `value` with its whole part and at least `significantDigits` significant digits, grouped by
 * thousands, in plain decimal notation whatever its size: 2086.4 → "2,086", 4.049 → "4.05",
 * 0.00047912 → "0.000479", −12.5 → "−12.5". Infinity is "infinite".
 */
export function formatNumber(value: number, significantDigits = 3): string {
  if (!Number.isFinite(value)) return notFinite(value);
  const text = format({
    maximumSignificantDigits: significantDigits,
    maximumFractionDigits: 0,
    roundingPriority: 'morePrecision',
  }).format(value);
  // -0 and values that round to zero print as "-0" otherwise.
  return text === '-0' ? '0' : text.replace('-', MINUS);
}

/** Below this share the percentage would need more zeros than a reader can count. */
const SMALLEST_SHARE = 0.000001;

/**
 * A share (0..1) as a percentage with two significant digits: 0.000479 → "0.048%", 0.5 → "50%",
 * 1 → "100%", 0 → "0%", and "under 0.0001%" for anything smaller but above zero.
 */
export function formatShare(fraction: number): string {
  if (!Number.isFinite(fraction)) return notFinite(fraction);
  if (fraction > 0 && fraction < SMALLEST_SHARE)
    return `under ${format({ style: 'percent', maximumFractionDigits: 4 }).format(SMALLEST_SHARE)}`;
  return format({
    style: 'percent',
    maximumSignificantDigits: 2,
    maximumFractionDigits: 0,
    roundingPriority: 'morePrecision',
  })
    .format(fraction)
    .replace('-', MINUS);
}

/** "−90 to 90", "0.5 to 12": a range in words, so a negative end is not read as a dash. */
export function formatRange(min: number, max: number, significantDigits = 3): string {
  return `${formatNumber(min, significantDigits)} to ${formatNumber(max, significantDigits)}`;
}
