/**
 * Browser behaviour of glossary terms (see GlossaryPopovers.astro): each link to the glossary
 * becomes a button that opens the definition in a popover, through the site's one tooltip
 * mechanism (hint-popover.ts). Without the popover API the terms stay plain links.
 */
import { attachHint, popoversSupported } from './hint-popover.ts';

export function enhanceGlossaryTerms(root: Document): void {
  if (!popoversSupported()) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.term[data-definition]')];
  links.forEach((link, index) => {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.textContent = link.textContent;
    button.dataset.term = link.dataset.term;

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

    button.setAttribute('popovertarget', popover.id);
    link.replaceWith(button);
    button.after(popover);
    attachHint(button, popover);
  });
}
