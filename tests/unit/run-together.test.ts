import { describe, expect, it } from 'vitest';
import { runTogetherWords } from '../shared/run-together.ts';

describe('runTogetherWords', () => {
  it.each([
    ['<p>at radius<code>R + h</code> and</p>', 'at radius|R + h'],
    ['<li><strong>Time available:</strong><code>t = burn</code></li>', 'Time available:|t = burn'],
    ['<p><code>A = 1/f</code>, and<code>ceil(x)</code></p>', ', and|ceil(x)'],
    ['<p><span class="label">Explained by:</span><a href="/x/">Policy</a></p>', 'Explained by:|Policy'],
    ['<p>Sec. 3(b)<span class="badge">Primary source</span></p>', 'Sec. 3(b)|Primary source'],
    ['<p>for<!---->1 missile</p>', 'for|1 missile'],
    ['<p>reaches<!--[--><code>Δv</code><!--]--></p>', 'reaches|Δv'],
  ])('finds the words run together in %s', (html, expected) => {
    expect(runTogetherWords(html)).toEqual([expected]);
  });

  it.each([
    '<p>at radius <code>R + h</code> and</p>',
    '<li><strong>Time available:</strong> <code>t = burn</code></li>',
    '<p>the value (<code>d</code>), then <em>this</em>.</p>',
    '<p>a “<a href="/q/">quote</a>” here</p>',
    '<nav><a href="#a">A</a><a href="#b">B</a></nav>',
    '<div><button>One</button><button>Two</button></div>',
    '<p>Δv<sub>max</sub></p>',
    '<pre>x<code>y</code></pre>',
    '<svg><text>a</text><text>b</text></svg>',
    '<ul><li>one</li><li>two</li></ul>',
  ])('leaves %s alone', (html) => {
    expect(runTogetherWords(html)).toEqual([]);
  });
});
