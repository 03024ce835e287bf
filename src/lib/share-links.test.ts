import { describe, expect, it } from 'vitest';
import { classroomShareUrl, emailShareUrl, viewAddress } from './share-links.ts';

describe('share links', () => {
  it("point at Google Classroom's share page with the address and title encoded", () => {
    const url = classroomShareUrl('https://example.org/layers/?threat=cruise#figure-layers', 'Figure 1: Layers & more');
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://classroom.google.com/share');
    expect(parsed.searchParams.get('url')).toBe('https://example.org/layers/?threat=cruise#figure-layers');
    expect(parsed.searchParams.get('title')).toBe('Figure 1: Layers & more');
  });

  it('write a mailto: with %20 for spaces and the address in the body', () => {
    expect(emailShareUrl('https://example.org/teach/', 'A kit & a quiz')).toBe(
      'mailto:?subject=A%20kit%20%26%20a%20quiz&body=A%20kit%20%26%20a%20quiz%0Ahttps%3A%2F%2Fexample.org%2Fteach%2F',
    );
  });

  it("keep only the view's own parameters, drop empty and overlong values, and add the anchor", () => {
    const long = 'x'.repeat(101);
    expect(
      viewAddress(
        'https://example.org/layers/',
        ['threat', 'element'],
        `?threat=cruise&theme=dark&element=&utm=1&x=${long}`,
        'figure-layers',
      ),
    ).toBe('https://example.org/layers/?threat=cruise#figure-layers');
    expect(viewAddress('https://example.org/layers/', ['threat'], `?threat=${long}`)).toBe('https://example.org/layers/');
    expect(viewAddress('https://example.org/teach/', [], '?q=<script>')).toBe('https://example.org/teach/');
  });
});
