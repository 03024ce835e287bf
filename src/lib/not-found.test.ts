import { describe, expect, it } from 'vitest';
import { searchWordsFromPath } from './not-found.ts';

describe('searchWordsFromPath', () => {
  it.each([
    ['/elements/space-intercepters/', '/', 'space intercepters'],
    ['/golden-dome/glosary/', '/golden-dome/', 'glosary'],
    ['/tour.html', '/', 'tour'],
    ['/', '/', ''],
    ['/%E0%A4%A/', '/', 'e0a4a'],
    ['/<script>alert(1)</script>/', '/', 'scriptalert1 script'],
    ['/a/b/c/d/e/f/g/h/hypersonic/', '/', 'hypersonic'],
  ])('%s (base %s) → "%s"', (path, base, words) => {
    expect(searchWordsFromPath(path, base)).toBe(words);
  });

  it('never gives more than 80 characters, whatever the path', () => {
    expect(searchWordsFromPath(`/${'interceptor-'.repeat(50)}`).length).toBeLessThanOrEqual(80);
  });
});
