/**
 * Escape text for an HTML or XML attribute value or text node: the five characters that can end a
 * value or start markup. One function for every string the site writes into markup by hand
 * (embed snippets, the standalone and preview SVGs, the Atom feed, the bench's peer pages).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
