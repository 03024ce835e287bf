/**
 * The Flesch-Kincaid grade of a text: wooorm's `flesch-kincaid` formula over counts of sentences,
 * words and syllables (`syllable`), with sentences and words found by Intl.Segmenter (the Unicode
 * rules, not a hand-made regex). Abbreviations that end in a full stop before a number or a name
 * ("Sec. 3", "Gen. Guetlein") are not sentence ends; they are read as the words they stand for.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const ABBREVIATIONS: Record<string, string> = {
  'Sec.': 'Section',
  'Gen.': 'General',
  'Sen.': 'Senator',
  'Sens.': 'Senators',
  'Rep.': 'Representative',
  'Reps.': 'Representatives',
  'Lt.': 'Lieutenant',
  'No.': 'Number',
  'Vol.': 'Volume',
  'pp.': 'pages',
  'Dr.': 'Doctor',
  'U.S.': 'US',
  'e.g.': 'for example',
  'i.e.': 'that is',
};

/** The text with abbreviations written out, so that they end no sentence. */
export function expandAbbreviations(text: string): string {
  return text.replace(
    /(?<![\w.])(?:Sec|Gen|Sens?|Reps?|Lt|No|Vol|pp|Dr)\.|U\.S\.|e\.g\.|i\.e\./g,
    (match) => ABBREVIATIONS[match] ?? match,
  );
}

export interface TextCounts {
  sentence: number;
  word: number;
  syllable: number;
}

export function countText(text: string): TextCounts {
  const plain = expandAbbreviations(text.replace(/\s+/g, ' ').trim());
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(plain)].filter((s) => /\w/.test(s.segment));
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(plain)].filter((s) => s.isWordLike).map((s) => s.segment);
  // A number is read aloud as words ("2025" is "twenty twenty-five"): count it as two syllables, a
  // fair middle, since `syllable` counts none in digits.
  const syllables = words.reduce((sum, word) => sum + (/^\d[\d,.]*$/.test(word) ? 2 : Math.max(1, syllable(word))), 0);
  return { sentence: sentences.length, word: words.length, syllable: syllables };
}

/**
 * Our words only: a quotation (in curly or straight double quotes) is the speaker's or the order's
 * own wording, which we may not simplify, so it counts as one word.
 */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, 'quote');
}

/** The Flesch-Kincaid grade level of `text` (US school grade; 8 to 9 is a general reader). */
export function readingGrade(text: string): number {
  const counts = countText(text);
  if (counts.word === 0 || counts.sentence === 0) return 0;
  return fleschKincaid({ ...counts });
}
