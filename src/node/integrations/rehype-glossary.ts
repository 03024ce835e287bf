/**
 * A rehype plugin that links the first use of each glossary term in a Markdown/MDX document to
 * its definition: `<a class="term" href="/glossary/#id" data-definition="…">`. Headings, links,
 * code and quotations are left alone (quotes from the order stay exactly as written). The
 * popover script (src/components/glossary/GlossaryPopovers.astro) upgrades these links.
 */
import { readCollection } from '../content.ts';
import { splitByTerms, termPhrases } from '../../lib/glossary.ts';
import { withBase } from '../../lib/paths.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'script', 'style']);

/** `root`: the project, whose glossary (content/glossary/terms.yaml) is read as the site reads it. */
export default function rehypeGlossary(options: { root: string; base: string }) {
  const terms = readCollection(options.root, 'glossary').map((entry) => entry.data);
  const phrases = termPhrases(terms);
  const definitions = new Map(terms.map((term) => [term.id, term.definition.replace(/\s+/g, ' ').trim()]));

  const walk = (node: HastNode, used: Set<string>): void => {
    if (!node.children) return;
    const next: HastNode[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && child.value) {
        for (const segment of splitByTerms(child.value, phrases, used)) {
          if (!segment.term) next.push({ type: 'text', value: segment.text });
          else
            next.push({
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['term'],
                href: withBase(options.base, `/glossary/#${segment.term}`),
                dataTerm: segment.term,
                dataDefinition: definitions.get(segment.term),
              },
              children: [{ type: 'text', value: segment.text }],
            });
        }
      } else {
        if (child.type === 'element' && !SKIP.has(child.tagName ?? '')) walk(child, used);
        next.push(child);
      }
    }
    node.children = next;
  };

  return (tree: HastNode) => walk(tree, new Set());
}
