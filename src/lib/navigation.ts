/** The site's main navigation, in reading order. Add a page here when it should be in the header. */
export interface NavItem {
  /** Site path (before the base path is added). */
  path: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/tour/', label: 'Tour' },
  { path: '/layers/', label: 'The layers' },
  { path: '/timeline/', label: 'Timelines' },
  { path: '/explore/space-interceptors/', label: 'Explore' },
  { path: '/order/', label: 'The order' },
  { path: '/matrix/', label: 'Requirements' },
  { path: '/elements/', label: 'Elements' },
  { path: '/reporting/', label: 'Reporting' },
  { path: '/glossary/', label: 'Glossary' },
  { path: '/teach/', label: 'Teach' },
  { path: '/about/', label: 'About' },
  { path: '/search/', label: 'Search' },
];

/** Whether a nav item is the current page or a section containing it (`/elements/x/` is in Elements). */
export function isCurrent(itemPath: string, currentPath: string): boolean {
  const normalise = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const current = normalise(currentPath);
  return itemPath === '/' ? current === '/' : current.startsWith(normalise(itemPath));
}
