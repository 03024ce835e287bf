import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence.ts';

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['Sen. Markey argued a point. Then more.', 'Sen. Markey argued a point.'],
    [
      'Reps. Garamendi and Beyer and Sens. Markey and Merkley wrote. They asked.',
      'Reps. Garamendi and Beyer and Sens. Markey and Merkley wrote.',
    ],
    ['It costs $1.2 trillion. CBO said so.', 'It costs $1.2 trillion.'],
    ['The U.S. Space Force acted. Later.', 'The U.S. Space Force acted.'],
    ['No stop at all', 'No stop at all'],
    ['He said "yes." Then left.', 'He said "yes." Then left.'],
  ])('%s', (text, first) => expect(firstSentence(text)).toBe(first));
});
