/**
 * The drawings of server-rendered markup, made stable and readable for snapshots (after
 * observablehq/plot's SVG snapshots): the markup is parsed with htmlparser2, and every SVG is
 * written one element per line, indented by depth, under a comment saying where it sits.
 * Removed, because they change without the drawing changing: comments (Svelte's hydration
 * markers), scripts and styles, and the scoping that Astro and Svelte add (`data-astro-cid-*`
 * attributes, `svelte-*` and `astro-*` classes). Numbers in attributes are rounded to one decimal
 * (floating-point noise); a value longer than 4,000 characters (the globe's land outline) is
 * replaced by its length and a hash, so that a change still shows.
 */
import { createHash } from 'node:crypto';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.findAll>[number];
type Node = Element['children'][number];

const LONG = 4000;
const SCOPING_CLASS = /^(svelte|astro)-[a-z0-9]+$/i;

/** An element, not a script or a style (which DomUtils.isTag also accepts). */
const isTag = (node: Node | Element['parent']): node is Element => node !== null && DomUtils.isTag(node) && node.type === ElementType.Tag;

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));
}

function attributeValue(name: string, value: string): string {
  const rounded = name === 'href' || name === 'src' ? value : roundNumbers(value);
  if (rounded.length <= LONG) return rounded;
  const hash = createHash('sha256').update(rounded).digest('hex').slice(0, 12);
  return `[${rounded.length} characters, sha256 ${hash}]`;
}

/** The element's classes without the scoping ones. */
const classesOf = (element: Element) => (element.attribs.class ?? '').split(/\s+/).filter((name) => name && !SCOPING_CLASS.test(name));

function attributes(element: Element): string {
  return Object.entries(element.attribs)
    .filter(([name]) => !name.startsWith('data-astro-cid-'))
    .map(([name, value]) => [name, name === 'class' ? classesOf(element).join(' ') : value] as const)
    .filter(([name, value]) => !(name === 'class' && value === ''))
    .map(([name, value]) => ` ${name}="${attributeValue(name, value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

/**
 * Text with runs of white space folded; trimmed too, except as an element's only child, where an edge
 * space shows (`<tspan>Custody layer </tspan>`). An SVG <text> with one text child is trimmed: its edge
 * spaces never render, and whether Astro's compressHTML leaves them differs between runs.
 */
const textOf = (data: string, trim = true) => {
  const folded = data.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return trim ? folded.trim() : folded;
};

function write(nodes: readonly Node[], depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      if (textOf(node.data)) lines.push(`${indent}${textOf(node.data)}`);
      continue;
    }
    if (!isTag(node)) continue; // comments, scripts, styles
    const open = `<${node.name}${attributes(node)}>`;
    const close = `</${node.name}>`;
    const children = node.children.filter((child) => isTag(child) || (DomUtils.isText(child) && textOf(child.data)));
    const [only] = children;
    if (children.length === 0) lines.push(`${indent}${open}${close}`);
    else if (children.length === 1 && DomUtils.isText(only))
      lines.push(`${indent}${open}${textOf(only.data, node.name === 'text')}${close}`);
    else {
      lines.push(`${indent}${open}`);
      write(children, depth + 1, lines);
      lines.push(`${indent}${close}`);
    }
  }
}

function insideSvg(element: Element): boolean {
  for (let node = element.parent; isTag(node); node = node.parent) if (node.name === 'svg') return true;
  return false;
}

const describe = (element: Element) =>
  `${element.name}${element.attribs.id ? `#${element.attribs.id}` : ''}${classesOf(element)
    .map((name) => `.${name}`)
    .join('')}`;

/**
 * Where an SVG sits: its nearest ancestor with a class or an id, after the nearest with an id
 * when that is further up (`tr#requirement-sec-2-a … td.num`).
 */
function placeOf(svg: Element): string {
  const ancestors: Element[] = [];
  for (let node = svg.parent; isTag(node); node = node.parent) ancestors.push(node);
  const near = ancestors.find((element) => element.attribs.id || classesOf(element).length > 0);
  const withId = ancestors.find((element) => element.attribs.id);
  if (!near) return 'the top';
  return withId && withId !== near ? `${describe(withId)} … ${describe(near)}` : describe(near);
}

/**
 * Every SVG of the markup (not nested in another), in document order, normalised, each under a
 * comment saying where it sits; ends with a newline. With `anchor`, only those inside the element
 * with that id (a diagram's registry anchor). Throws when the anchor or every SVG is missing: a
 * diagram draws something, under its anchor.
 */
export function normaliseDrawings(html: string, anchor?: string): string {
  const document = parseDocument(html, { recognizeSelfClosing: true, lowerCaseAttributeNames: false, lowerCaseTags: false });
  let scope: Node[] = document.children;
  if (anchor !== undefined) {
    const figure = DomUtils.findOne((element) => element.attribs.id === anchor, document.children);
    if (!figure) throw new Error(`No element with id="${anchor}" in the rendered markup`);
    scope = [figure];
  }
  const svgs = DomUtils.findAll((element) => element.name === 'svg' && !insideSvg(element), scope);
  if (svgs.length === 0) throw new Error(`No SVG in the rendered markup${anchor ? ` under #${anchor}` : ''}`);
  const lines: string[] = [];
  svgs.forEach((svg, index) => {
    lines.push(`<!-- ${index + 1} of ${svgs.length}, in ${placeOf(svg)} -->`);
    write([svg], 0, lines);
  });
  return `${lines.join('\n')}\n`;
}
