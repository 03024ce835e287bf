/**
 * Claims, documents, positions and cost estimates for /reporting/ and /teach/, in reading order,
 * with counts per verdict and the documents our check found unreliable.
 */
import { getCollection } from 'astro:content';
import { getList } from './site.ts';
import { ORDER_VERDICTS, QUOTE_VERDICTS, VERDICTS, type Verdict } from '../lib/schema/reporting.ts';
import { unreliableClaims } from '../lib/content/reporting-check.ts';
import type { DebateGroup, Stance } from '../lib/schema/debate.ts';

export const VERDICT_LABELS: Record<Verdict, string> = {
  'in-order': 'In the order',
  partly: 'Partly in the order',
  'not-in-order': 'Not in the order',
  misstates: 'Misstates the order',
  'quote-matches': 'Quote matches',
  misquotes: 'Misquotes',
  unconfirmed: 'Quote unconfirmed',
};

/** The debate's groups in the order the page shows them, with their headings. */
export const DEBATE_GROUP_LABELS: Record<DebateGroup, string> = {
  'us-government': 'The US government and the program',
  supporters: 'Supporters',
  critics: 'Critics',
  'foreign-governments': 'Foreign governments',
  analysis: 'Nonpartisan analysis',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  critical: 'Critical',
  mixed: 'Mixed',
  accepts: 'Accepts',
  analysis: 'Analysis, not a side',
};

export { ORDER_VERDICTS, QUOTE_VERDICTS };

export async function getReporting() {
  const documents = (await getCollection('reportingDocuments')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
  const claims = await getList('claims');
  const counts = Object.fromEntries(
    VERDICTS.map((verdict) => [verdict, claims.filter((claim) => claim.verdict === verdict).length]),
  ) as Record<Verdict, number>;
  return { documents, claims, counts, unreliable: unreliableClaims(claims) };
}

export async function getDebate() {
  const positions = await getList('positions');
  const costs = (await getCollection('costs')).map((entry) => entry.data).sort((a, b) => a.date.localeCompare(b.date));
  return { positions, costs, positionsById: new Map(positions.map((position) => [position.id, position])) };
}
