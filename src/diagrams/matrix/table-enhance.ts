/**
 * Sorting and filtering for a static HTML table (the requirements matrix). The table works and
 * reads completely without this; the script adds sort buttons to the headers that have
 * `data-sort`, filters driven by a form, and announces each change in a polite live region.
 * Cells carry their sort value in `data-sort-value` (numbers sort as numbers).
 */

export type Direction = 'ascending' | 'descending';

/** Compare two sort values: numbers numerically, anything else as text; stable on ties. */
export function compareValues(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The order rows take when sorted by `values` (one per row); returns row indexes. */
export function sortOrder(values: readonly string[], direction: Direction): number[] {
  const indexes = values.map((_, index) => index);
  indexes.sort((i, j) => (direction === 'ascending' ? 1 : -1) * compareValues(values[i], values[j]) || i - j);
  return indexes;
}

/** Whether a row passes the filters: text anywhere in it, and any named data attributes that must be non-zero. */
export function rowMatches(text: string, query: string, counts: Record<string, number>, required: readonly string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = text.toLowerCase();
  return words.every((word) => lower.includes(word)) && required.every((key) => (counts[key] ?? 0) > 0);
}

export function enhanceTable(table: HTMLTableElement, form: HTMLFormElement, status: HTMLElement, noun: string): void {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0].cells] as HTMLTableCellElement[];

  const applyFilters = () => {
    const data = new FormData(form);
    const query = String(data.get('q') ?? '');
    const required = ['phase', 'threat'].map((name) => String(data.get(name) ?? '')).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const counts = Object.fromEntries(Object.entries(row.dataset).map(([key, value]) => [key, Number(value)]));
      const visible = rowMatches(row.textContent ?? '', query, counts, required);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `Showing ${shown} of ${rows.length} ${noun}.`;
  };
  form.addEventListener('input', applyFilters);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });

  headers.forEach((header, column) => {
    if (!header.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.className = 'sort-arrow';
    button.append(arrow);
    header.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      const values = rows.map((row) => row.cells[column]?.dataset.sortValue ?? row.cells[column]?.textContent ?? '');
      const order = sortOrder(values, direction);
      body.append(...order.map((index) => rows[index]));
      status.textContent = `Sorted by ${header.dataset.sort}, ${direction}.`;
    });
  });
}
