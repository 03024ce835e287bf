import { describe, expect, it } from 'vitest';
import { preview } from './preview.ts';
import { renderedFigure, textsOf } from '../../../tests/svg/preview-fixture.ts';

const css = `.mark { fill: #0b57a4 } .data-table td, .data-table th { border: 1px solid #8a94a3 } .data-table thead th { background: #f1f3f5 } a { color: #0b57a4 }`;
const cell = (side: number) =>
  `<td class="num"><svg viewBox="0 0 20 20" width="20" height="20"><rect x="${10 - side / 2}" y="${10 - side / 2}" width="${side}" height="${side}" class="mark"/></svg><span class="count">1</span></td>`;
const row = (passage: string, does: string, sides: number[]) =>
  `<tr><th scope="row"><a href="/order/#x">${passage}</a></th><td>${does}</td><td>Who</td><td>When</td>${sides.map(cell).join('')}<td>Known</td></tr>`;

const table = (rows: string) =>
  renderedFigure(
    'matrix',
    `<table class="matrix data-table"><thead><tr><th>Passage</th><th>What it requires</th><th>Who</th><th>By when</th><th class="num">Boost</th><th class="num">Cruise</th><th>What is publicly known</th></tr></thead><tbody>${rows}</tbody></table>`,
    css,
  );

describe('the requirements matrix’s link preview', () => {
  it('draws every row with its passage, what it requires, and the page’s own squares', () => {
    const picture = preview(table(row('Sec. 2(a)', 'Deploy a shield.', [18, 0]) + row('Sec. 3(b)', 'Review authorities.', [0, 12])));
    const texts = textsOf(picture.body);
    expect(texts).toEqual(
      expect.arrayContaining(['Passage', 'What it requires', 'Boost', 'Cruise', 'Sec. 2(a)', 'Deploy a shield.', 'Sec. 3(b)']),
    );
    expect(texts).not.toContain('Who');
    expect(picture.body).toContain('<rect x="1" y="1" width="18" height="18" fill="#0b57a4"/>');
    expect(picture.body).toContain('<rect x="4" y="4" width="12" height="12" fill="#0b57a4"/>');
    expect(picture.height).toBeGreaterThan(2 * 20);
  });

  it('shortens a long requirement to its column', () => {
    const long = 'Plans for defense against ballistic, hypersonic and advanced cruise missiles and other next-generation aerial attacks.';
    const [shown] = textsOf(preview(table(row('Sec. 3(a)(i)', long, [1, 1]))).body).filter((text) => text.startsWith('Plans'));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(long.length);
  });

  it('fails naming the diagram when the page has no table', () => {
    expect(() => preview(renderedFigure('matrix', '<p>none</p>'))).toThrow('Link preview of "matrix": nothing matches "table.matrix"');
  });
});
