import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineCodecs, queryOf, quoteValue, withState, type UrlStateCodec } from './url-state.ts';

/** A small codec over a number 1..9 in ?n=, default 1. */
const numbers: UrlStateCodec<number> = {
  params: ['n'],
  defaults: 1,
  parse: (query) => {
    const n = Number(query.get('n'));
    return Number.isInteger(n) && n >= 1 && n <= 9 ? { state: n, notes: [] } : { state: 1, notes: query.has('n') ? ['bad n'] : [] };
  },
  serialize: (n) => new URLSearchParams(n === 1 ? [] : [['n', String(n)]]),
};
const letters: UrlStateCodec<string> = {
  params: ['l'],
  defaults: 'a',
  parse: (query) => ({ state: /^[a-z]$/.test(query.get('l') ?? '') ? query.get('l')! : 'a', notes: [] }),
  serialize: (l) => new URLSearchParams(l === 'a' ? [] : [['l', l]]),
};

describe('withState', () => {
  it("replaces the codec's parameters and keeps the others, in order", () => {
    expect(withState(numbers, 5, '?theme=dark&n=2&title=0')).toBe('?theme=dark&title=0&n=5');
    expect(withState(numbers, 1, '?n=2')).toBe('');
    expect(withState(numbers, 3, '')).toBe('?n=3');
  });
});

describe('queryOf', () => {
  it('reads with or without "?" and never throws', () => {
    expect(queryOf('?a=1').get('a')).toBe('1');
    expect(queryOf('a=1').get('a')).toBe('1');
    fc.assert(fc.property(fc.string(), (text) => void queryOf(text)));
  });
});

describe('quoteValue', () => {
  it('drops control characters and cuts long values', () => {
    expect(quoteValue('a\u0000b')).toBe('“ab”');
    expect(quoteValue('x'.repeat(50))).toBe(`“${'x'.repeat(40)}…”`);
  });
});

describe('combineCodecs', () => {
  const both = combineCodecs(numbers, letters);

  it('owns both sets of parameters and defaults', () => {
    expect(both.params).toEqual(['n', 'l']);
    expect(both.defaults).toEqual([1, 'a']);
  });

  it('round-trips any pair of states through a query (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (n, l) => {
        expect(both.parse(queryOf(withState(both, [n, l]))).state).toEqual([n, l]);
      }),
    );
  });

  it("collects both codecs' notes", () => {
    expect(both.parse(queryOf('?n=99&l=zz'))).toEqual({ state: [1, 'a'], notes: ['bad n'] });
  });
});
