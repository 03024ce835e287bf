/**
 * The order as data: parsing the official text file, and the labels, pinpoints and citations
 * derived from a paragraph id. Pure functions; no file system access here, so the same code runs
 * in the content loader, in the build-time citation check, in tests and in the browser.
 *
 * Paragraph ids are a public contract (URL anchors on /order/), written in the source file as
 * `[sec-3-a-iii] (iii) Development and ...`. Labels and parents are derived from the id so that
 * they can never disagree with it.
 */

/** One paragraph of the order, word for word. */
export interface OrderParagraph {
  /** Stable id, used as the URL anchor on /order/ (`sec-3-a-iii`). */
  id: string;
  /** Human label, e.g. "Sec. 3(a)(iii)". */
  label: string;
  /** The official text of the paragraph, exactly as published. */
  text: string;
  /** Id of the enclosing paragraph (`sec-3-a` for `sec-3-a-iii`), or null at the top level. */
  parent: string | null;
  /** 1-based position in the order, for sorting. */
  position: number;
}

/** Metadata of the order document (content/order/meta.json). */
export interface OrderMeta {
  number: number;
  title: string;
  signed: string;
  federalRegister: {
    volume: number;
    issue: number;
    firstPage: number;
    lastPage: number;
    docNumber: string;
    published: string;
  };
  /** The collation of the text against the Federal Register (docs/CONTENT.md, "The order's text and its collation"). */
  collation: {
    /** YYYY-MM-DD. */
    date: string;
    /** What the text was compared with. */
    against: string;
    /** Paragraph ids compared word for word; the others are listed as not collated. */
    collated: string[];
    /** Paragraphs whose text the collation changed. */
    corrected: string[];
    /** Why the other paragraphs could not be collated. */
    notCollatedWhy: string;
    /** SHA-256 of the paragraphs (`orderDigestText`): tests/unit/order-text.test.ts holds the file to it. */
    sha256: string;
  };
}

/**
 * The text the order's digest is taken of: every paragraph as `[id] text`, one per line, so a
 * change of one character anywhere in the order's words changes it, and the file's notes do not.
 */
export function orderDigestText(paragraphs: readonly Pick<OrderParagraph, 'id' | 'text'>[]): string {
  return paragraphs.map((paragraph) => `[${paragraph.id}] ${paragraph.text}`).join('\n');
}

const ID_LINE = /^\[([a-z0-9-]+)\]\s+([\s\S]*)$/;

/**
 * Parse the official text file (content/order/eo-14186.txt): `#` lines are notes, blank lines
 * separate paragraphs, and each paragraph of the order starts with its `[id]`. Blocks without an
 * id (the signature block) are not paragraphs of the order and are skipped.
 * Throws when an id repeats, because anchors must be unique.
 */
export function parseOrderText(source: string): OrderParagraph[] {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !line.startsWith('#'));
  const blocks = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const paragraphs: OrderParagraph[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    const match = ID_LINE.exec(block);
    if (!match) continue;
    const [, id, text] = match;
    if (seen.has(id)) throw new Error(`The order's text repeats the paragraph id "${id}".`);
    seen.add(id);
    paragraphs.push({ id, label: labelFor(id), text: text.trim(), parent: null, position: paragraphs.length + 1 });
  }
  for (const paragraph of paragraphs) paragraph.parent = parentFor(paragraph.id, seen);
  return paragraphs;
}

/** Split an id into its section number and the lettered/roman sub-parts. */
function idParts(id: string): { section: string; parts: string[]; para: number | null } | null {
  const match = /^sec-(\d+)((?:-[a-z0-9]+)*)$/.exec(id);
  if (!match) return null;
  const rest = match[2] ? match[2].slice(1).split('-') : [];
  const paraMatch = rest.length === 1 ? /^p(\d+)$/.exec(rest[0]) : null;
  return { section: match[1], parts: paraMatch ? [] : rest, para: paraMatch ? Number(paraMatch[1]) : null };
}

/** "Sec. 3(a)(iii)" for `sec-3-a-iii`; "Sec. 1, para. 2" for `sec-1-p2`; "Preamble". */
export function labelFor(id: string): string {
  if (id === 'preamble') return 'Preamble';
  const parts = idParts(id);
  if (!parts) return id;
  const base = `Sec. ${parts.section}${parts.parts.map((p) => `(${p})`).join('')}`;
  return parts.para ? `${base}, para. ${parts.para}` : base;
}

/**
 * The pinpoint used in a legal citation: "§ 3(a)(iii)". Unnumbered paragraphs of a section cite
 * the section ("§ 1"); the preamble has no pinpoint.
 */
export function pinpointFor(id: string): string | null {
  const parts = idParts(id);
  if (!parts) return null;
  return `§ ${parts.section}${parts.parts.map((p) => `(${p})`).join('')}`;
}

/**
 * The parent is the id with its last part removed (`sec-3-a-iii` → `sec-3-a`, `sec-1-p2` →
 * `sec-1`), if that paragraph exists. `sec-5-a` has no parent: Section 5 has no paragraph of
 * its own (its heading opens 5(a)).
 */
export function parentFor(id: string, ids: ReadonlySet<string>): string | null {
  const cut = id.lastIndexOf('-');
  if (cut <= 0) return null;
  const candidate = id.slice(0, cut);
  return ids.has(candidate) ? candidate : null;
}

/** Nesting depth for indentation: 0 for a section or the preamble, 1 for (a), 2 for (a)(iii). */
export function depthOf(id: string): number {
  return idParts(id)?.parts.length ?? 0;
}

/** Collapse every run of white space to one space and trim: quotes are compared this way. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `quote` appears word for word (white space folded) in `text`. */
export function quoteAppearsIn(quote: string, text: string): boolean {
  const needle = foldWhitespace(quote);
  return needle.length > 0 && foldWhitespace(text).includes(needle);
}

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "Feb. 3, 2025" from "2025-02-03" (Bluebook month abbreviations). Parsed as a calendar date, not a time. */
export function bluebookDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * The citation of the order, or of one paragraph of it:
 * "Exec. Order No. 14186, § 3(a)(iii), 90 Fed. Reg. 8767 (Feb. 3, 2025)".
 */
export function citationFor(meta: OrderMeta, paragraphId?: string): string {
  const pinpoint = paragraphId ? pinpointFor(paragraphId) : null;
  const fr = meta.federalRegister;
  return [
    `Exec. Order No. ${meta.number}`,
    ...(pinpoint ? [pinpoint] : []),
    `${fr.volume} Fed. Reg. ${fr.firstPage} (${bluebookDate(fr.published)})`,
  ].join(', ');
}

/**
 * A section heading at the start of a paragraph ("Sec. 3. Implementation."), split off so the
 * page can set it in bold without changing the words. Returns null when the paragraph has none.
 */
export function splitHeading(text: string): { heading: string; rest: string } | null {
  const match = /^((?:Section|Sec\.) \d+\. [^.]+\.)\s*([\s\S]*)$/.exec(text);
  return match ? { heading: match[1], rest: match[2] } : null;
}
