/**
 * Browser behaviour of glossary terms (see GlossaryPopovers.astro). Kept apart from the
 * component so it reads as plain TypeScript; it only touches the elements it is given.
 */

const HOVER_DELAY_MS = 200;

/** Place `popover` below `anchor` (above it when there is no room), inside the viewport. */
function place(popover: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

export function enhanceGlossaryTerms(root: Document): void {
  if (!('showPopover' in HTMLElement.prototype)) return; // Older browsers keep the plain links.
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.term[data-definition]')];
  links.forEach((link, index) => {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.textContent = link.textContent;
    button.dataset.term = link.dataset.term;

    const popover = root.createElement('div');
    popover.id = `term-popover-${index}`;
    popover.className = 'term-popover';
    popover.setAttribute('popover', 'auto');
    popover.setAttribute('aria-label', `Definition: ${link.textContent}`);
    const definition = root.createElement('p');
    definition.textContent = link.dataset.definition ?? '';
    const more = root.createElement('a');
    more.href = link.getAttribute('href') ?? link.href;
    more.textContent = 'In the glossary';
    popover.append(definition, more);

    button.setAttribute('popovertarget', popover.id);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', popover.id);
    link.replaceWith(button);
    button.after(popover);

    popover.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (open) place(popover, button);
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      clearTimeout(timer);
      if (!popover.matches(':popover-open')) popover.showPopover();
    };
    const hideSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (popover.matches(':popover-open') && !popover.matches(':hover') && !popover.contains(root.activeElement) && root.activeElement !== button) popover.hidePopover();
      }, HOVER_DELAY_MS);
    };
    button.addEventListener('pointerenter', (event) => {
      if (event.pointerType === 'mouse') timer = setTimeout(show, HOVER_DELAY_MS);
    });
    button.addEventListener('pointerleave', hideSoon);
    popover.addEventListener('pointerleave', hideSoon);
    popover.addEventListener('focusout', hideSoon);
    button.addEventListener('focus', () => {
      if (button.matches(':focus-visible')) show();
    });
    button.addEventListener('blur', hideSoon);
  });
}
