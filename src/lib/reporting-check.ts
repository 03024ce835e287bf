/**
 * Checks of the reporting claims, the debate and the glossary: every quote from a document must be
 * in that document word for word (white space folded), every passage and source must exist, and a
 * glossary term that names a passage must appear in it. Problems name file, field and value, as
 * the element check does (src/lib/citations.ts).
 */
import type { CitationProblem } from './citations.ts';
import { quoteAppearsIn, type OrderParagraph } from './order.ts';
import type { Claim, Position, ReportingDocument } from './schema/reporting.ts';
import type { Term } from './schema/glossary.ts';

/** The ids and texts the checks compare against. */
export interface CheckContext {
  paragraphs: ReadonlyMap<string, OrderParagraph>;
  sourceIds: ReadonlySet<string>;
  /** Document id → its full text. */
  documents: ReadonlyMap<string, string>;
}

function checkQuoteInDocument(file: string, field: string, documentId: string, quote: string, context: CheckContext): CitationProblem[] {
  const text = context.documents.get(documentId);
  if (text === undefined) return [{ file, field: field.replace(/quote$/, 'document'), message: `unknown document id "${documentId}"` }];
  return quoteAppearsIn(quote, text) ? [] : [{ file, field, message: `the quote "${quote}" is not word for word in ${documentId}` }];
}

function checkIds(file: string, field: string, ids: readonly string[], known: ReadonlySet<string> | ReadonlyMap<string, unknown>, what: string): CitationProblem[] {
  return ids.flatMap((value, index) => (known.has(value) ? [] : [{ file, field: ids.length > 1 || field.endsWith(']') ? `${field}[${index}]` : field, message: `unknown ${what} id "${value}"` }]));
}

export function checkClaims(file: string, claims: readonly Claim[], context: CheckContext): CitationProblem[] {
  const seen = new Set<string>();
  return claims.flatMap((claim, index) => {
    const at = `[${index}]`;
    const problems = [
      ...checkQuoteInDocument(file, `${at}.quote`, claim.document, claim.quote, context),
      ...claim.passages.flatMap((passage, i) => (context.paragraphs.has(passage) ? [] : [{ file, field: `${at}.passages[${i}]`, message: `unknown passage id "${passage}"` }])),
      ...(claim.source ? checkIds(file, `${at}.source`, [claim.source], context.sourceIds, 'source') : []),
    ];
    if (seen.has(claim.id)) problems.push({ file, field: `${at}.id`, message: `the id "${claim.id}" is used twice` });
    seen.add(claim.id);
    return problems;
  });
}

export function checkPositions(file: string, positions: readonly Position[], context: CheckContext): CitationProblem[] {
  return positions.flatMap((position, index) => {
    const at = `[${index}]`;
    if (position.document) return checkQuoteInDocument(file, `${at}.quote`, position.document, position.quote ?? '', context);
    return checkIds(file, `${at}.source`, [position.source!], context.sourceIds, 'source');
  });
}

export function checkDocuments(file: string, documents: readonly ReportingDocument[], texts: ReadonlyMap<string, string>): CitationProblem[] {
  return documents.flatMap((document, index) => (texts.has(document.id) ? [] : [{ file, field: `[${index}].file`, message: `no text at ${document.file}` }]));
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case. */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function checkGlossary(file: string, terms: readonly Term[], context: CheckContext): CitationProblem[] {
  const ids = new Set(terms.map((term) => term.id));
  return terms.flatMap((term, index) => {
    const at = `[${index}]`;
    const problems: CitationProblem[] = [
      ...(term.source ? checkIds(file, `${at}.source`, [term.source], context.sourceIds, 'source') : []),
      ...term.related.flatMap((related, i) => (ids.has(related) ? [] : [{ file, field: `${at}.related[${i}]`, message: `unknown term id "${related}"` }])),
    ];
    if (term.passage) {
      const paragraph = context.paragraphs.get(term.passage);
      if (!paragraph) problems.push({ file, field: `${at}.passage`, message: `unknown passage id "${term.passage}"` });
    }
    return problems;
  });
}
