/**
 * The first sentence of a summary, for lists that scan (the debate's "in brief"): up to the first
 * full stop followed by a space and a capital letter, not counting the stops of abbreviations
 * ("Sen. Markey", "Gen. Guetlein", "U.S."). Pure.
 */
const ABBREVIATION = /(?:^|[\s(])(?:Sens?|Reps?|Gen|Lt|Sec|Dr|Mr|Mrs|Ms|St|No|U\.S|e\.g|i\.e)$/;

export function firstSentence(text: string): string {
  const pattern = /[.!?](?=\s+[A-Z“"])/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!ABBREVIATION.test(text.slice(0, match.index))) return text.slice(0, match.index + 1);
  }
  return text;
}
