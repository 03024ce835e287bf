/**
 * Words that the built HTML runs together: a text and an inline element side by side with no
 * space between ("radius<code>R + h</code>" reads "radiusR + h"), or two phrase elements
 * ("<strong>Time available:</strong><code>t</code>"). Astro 7's default whitespace rules
 * (compressHTML: 'jsx') drop the line break between a text and an element on the next line, which
 * is how Prettier lays out long paragraphs; astro.config.mjs sets the lossless `true` instead, and
 * tests/e2e/spacing.spec.ts runs this over every built page so the words stay apart.
 *
 * Only boundaries where a word or a closing mark meets the start of a word count: "(<code>",
 * "<em>x</em>." and "Δv<sub>" patterns with punctuation are left alone, and so are links or
 * buttons side by side (a toolbar, an A–Z row), which their layout separates.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements that run in a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'time',
  'var',
]);
/** Where text is not prose (code blocks, drawings, scripts). */
const SKIPPED = new Set(['script', 'style', 'svg', 'pre', 'template', 'textarea']);

const textOf = (node: ChildNode): string =>
  node.type === 'text' ? node.data : 'children' in node ? (node.children as ChildNode[]).map(textOf).join('') : '';

/** The side of a boundary: its text if it is a text node or an inline element, else null. */
function side(node: ChildNode): string | null {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' && INLINE.has(node.name)) return textOf(node);
  return null;
}

const ENDS_A_WORD = /[\p{L}\p{N}:,;.)]$/u;
const STARTS_A_WORD = /^[\p{L}\p{N}(]/u;

/** Each place in `html` where two words meet without a space, as "…left|right…". */
export function runTogetherWords(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ChildNode) => {
    if (node.type === 'tag' && SKIPPED.has(node.name)) return;
    // Comments (Svelte's hydration markers among them) take no room between words.
    const children = 'children' in node ? (node.children as ChildNode[]).filter((child) => child.type !== 'comment') : [];
    for (let index = 0; index < children.length - 1; index++) {
      const [a, b] = [children[index], children[index + 1]];
      const left = side(a);
      const right = side(b);
      if (left === null || right === null) continue;
      // Two elements side by side count only if neither is a link or button of a row of them.
      if (a.type !== 'text' && b.type !== 'text' && (a as Element).name === (b as Element).name && (a as Element).name !== 'code') continue;
      if (a.type === 'text' && b.type === 'text' && (a.data + b.data).trim() === '') continue;
      if (ENDS_A_WORD.test(left) && STARTS_A_WORD.test(right)) found.push(`${left.slice(-30).trimStart()}|${right.slice(0, 30).trimEnd()}`);
    }
    children.forEach(visit);
  };
  parseDocument(html).children.forEach(visit);
  return found;
}
