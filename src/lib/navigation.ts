/**
 * The site's main navigation: at most seven entries (a test holds it), three of them groups, so the
 * header fits on one line from 1024 px and a newcomer sees where each audience starts. Every page a
 * reader should find is here or in the footer (the link check proves each is reachable).
 */
export interface NavLink {
  /** Site path (before the base path is added). */
  path: string;
  label: string;
}

export interface NavGroup {
  label: string;
  links: readonly NavLink[];
}

export type NavEntry = NavLink | NavGroup;

export const NAV: readonly NavEntry[] = [
  {
    label: 'Learn',
    links: [
      { path: '/tour/', label: 'Guided tour' },
      { path: '/layers/', label: 'The layers' },
      { path: '/timeline/', label: 'Timelines' },
      { path: '/explore/space-interceptors/', label: 'Explore: interceptors in space' },
    ],
  },
  {
    label: 'The order',
    links: [
      { path: '/order/', label: 'Full text' },
      { path: '/matrix/', label: 'Requirements' },
      { path: '/elements/', label: 'Elements' },
    ],
  },
  {
    label: 'The debate',
    links: [
      { path: '/reporting/', label: 'Reporting check' },
      { path: '/debate/', label: 'Who argues what' },
      { path: '/costs/', label: 'What it would cost' },
      { path: '/changes/', label: "What's new" },
    ],
  },
  { path: '/teach/', label: 'Teach' },
  { path: '/glossary/', label: 'Glossary' },
  { path: '/about/', label: 'About' },
];

/** The search field counts as an entry of its own. */
export const NAV_ENTRY_COUNT = NAV.length + 1;

export function isGroup(entry: NavEntry): entry is NavGroup {
  return 'links' in entry;
}

/** Whether a nav item is the current page or a section containing it (`/elements/x/` is in Elements). */
export function isCurrent(itemPath: string, currentPath: string): boolean {
  const normalise = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const current = normalise(currentPath);
  return itemPath === '/' ? current === '/' : current.startsWith(normalise(itemPath));
}

/** Whether an entry holds the current page (a group holds it when one of its links does). */
export function entryIsCurrent(entry: NavEntry, currentPath: string): boolean {
  return isGroup(entry) ? entry.links.some((link) => isCurrent(link.path, currentPath)) : isCurrent(entry.path, currentPath);
}

/** Every page the navigation links to, in order. */
export function navLinks(): NavLink[] {
  return NAV.flatMap((entry) => (isGroup(entry) ? entry.links : [entry]));
}
