/** A row of a CSV download: text, numbers, or nothing. */
export type CsvRow = readonly (string | number | null)[];

/** CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
export function toCsv(rows: readonly CsvRow[]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
