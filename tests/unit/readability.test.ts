import { describe, expect, it } from 'vitest';
import { countText, expandAbbreviations, readingGrade, withoutQuotations } from '../shared/readability.ts';

describe('readingGrade (Flesch-Kincaid)', () => {
  it('counts sentences, words and syllables with the Unicode segmenters', () => {
    expect(countText('The cat sat on the mat. It was happy.')).toEqual({ sentence: 2, word: 9, syllable: 10 });
  });

  it('does not end a sentence at an abbreviation before a number or a name', () => {
    expect(expandAbbreviations('See Sec. 3(a) and Gen. Guetlein, e.g. here.')).toBe(
      'See Section 3(a) and General Guetlein, for example here.',
    );
    expect(countText('The order cites Sec. 3 in full. Gen. Guetlein spoke.').sentence).toBe(2);
  });

  it('rates short plain sentences low and one long sentence of long words high', () => {
    expect(readingGrade('The cat sat on the mat. It was happy.')).toBeLessThan(3);
    const long =
      'Notwithstanding the considerable institutional complexity, the administration characterized the comprehensive architecture as fundamentally transformational and strategically indispensable.';
    expect(readingGrade(long)).toBeGreaterThan(20);
  });

  it('counts a number as two syllables, since the syllable counter finds none in digits', () => {
    expect(countText('It is 175.').syllable).toBe(1 + 1 + 2);
    expect(countText('It is 1,600.').syllable).toBe(1 + 1 + 2);
  });

  it('leaves quotations out as one word: the order’s words are not ours to simplify', () => {
    expect(withoutQuotations('It asks for “proliferated space-based interceptors” and "a shield".')).toBe('It asks for quote and quote.');
  });

  it('gives 0 for an empty text instead of dividing by zero', () => {
    expect(readingGrade('')).toBe(0);
  });
});
