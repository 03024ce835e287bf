/**
 * A small element builder for the few pieces of markup scripts add after the server render (the
 * layered diagram's panel and tooltip): `h('p', { class: 'note' }, 'text', child)`. Text is set as
 * text, never parsed as HTML; attributes with `undefined` or `false` values are left out.
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}
