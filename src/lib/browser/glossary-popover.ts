/**
 * Browser behaviour of glossary terms (see GlossaryPopovers.astro): each link to the glossary
 * opens the definition in a popover, through the site's one tooltip mechanism (hint-popover.ts).
 * Without the popover API the terms stay plain links.
 *
 * The term stays the link it was, given the role of a button: a <button> is always an atomic
 * inline box (browsers lay out even `display: inline` as inline-block), so a long term that
 * wrapped as a link jumped to a line of its own, and the text around it reflowed, when the
 * scripts arrived (issue 29). The link keeps its box to the pixel; a modified click still opens the
 * glossary.
 */
import { attachHint, popoversSupported } from './hint-popover.ts';

export function enhanceGlossaryTerms(root: Document): void {
  if (!popoversSupported()) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.term[data-definition]')];
  links.forEach((link, index) => {
    const popover = root.createElement('div');
    popover.id = `term-popover-${index}`;
    popover.className = 'hint-popover term-popover';
    popover.setAttribute('popover', 'auto');
    popover.setAttribute('aria-label', `Definition: ${link.textContent}`);
    const definition = root.createElement('p');
    definition.textContent = link.dataset.definition ?? '';
    const more = root.createElement('a');
    more.href = link.getAttribute('href') ?? link.href;
    more.textContent = 'In the glossary';
    popover.append(definition, more);

    link.setAttribute('role', 'button');
    link.after(popover);
    attachHint(link, popover);
  });
}
