/** Claims, documents and positions for /reporting/, in reading order, with counts per verdict. */
import { getCollection } from 'astro:content';
import { VERDICTS, type Verdict } from '../lib/schema/reporting.ts';

export const VERDICT_LABELS: Record<Verdict, string> = {
  'in-order': 'In the order',
  'not-in-order': 'Not in the order',
  misstates: 'Misstates the order',
};

export async function getReporting() {
  const documents = (await getCollection('reportingDocuments')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
  const claims = (await getCollection('claims')).map((entry) => entry.data);
  const positions = (await getCollection('positions')).map((entry) => entry.data);
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, claims.filter((claim) => claim.verdict === verdict).length])) as Record<Verdict, number>;
  return { documents, claims, positions, counts };
}
