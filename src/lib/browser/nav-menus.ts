/**
 * The header's group menus are <details> disclosures, which open and close without JavaScript.
 * With it, they also close the way menus do: Escape closes the open one and returns focus to its
 * button, and a click anywhere outside closes it.
 */
export function closeMenusOnEscapeAndOutsideClick(document: Document): void {
  const open = () => [...document.querySelectorAll<HTMLDetailsElement>('details[name="site-nav"][open]')];
  document.addEventListener('click', (event) => {
    for (const menu of open()) if (!menu.contains(event.target as Node)) menu.open = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const menu of open()) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}
