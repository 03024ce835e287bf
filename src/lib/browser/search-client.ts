/**
 * The search page's behaviour: loads the Pagefind index (static files in /pagefind/), searches as
 * the reader types, and lists results with links to the exact anchor where Pagefind has one (a
 * heading with an id: an order paragraph, a glossary term, a document). Runs only on /search/.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 12;
const MAX_SUB_RESULTS = 3;

/** Pagefind marks matches with <mark>; keep only text and <mark> from its excerpts, escaping the rest. */
export function safeExcerpt(html: string): string {
  const escape = (text: string) =>
    text
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/&(?!(amp|lt|gt|quot|#39);)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  return html
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escape(part)))
    .join('');
}

export async function startSearch(form: HTMLFormElement, list: HTMLOListElement, status: HTMLElement, base: string): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  } catch (error) {
    status.textContent = 'The search index could not be loaded. Try the glossary or the list of elements instead.';
    console.error(error);
    return;
  }

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    list.replaceChildren();
    if (query.trim().length < 2) {
      status.textContent = query ? 'Type at least two letters.' : '';
      return;
    }
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return; // A newer query has started.
    for (const result of data) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      // Prefer the anchor whose heading names the query (the glossary entry itself), then any anchor.
      const anchored = result.sub_results.filter((sub) => sub.url.includes('#'));
      const best = anchored.find((sub) => sub.title.toLowerCase().includes(query.trim().toLowerCase())) ?? anchored[0];
      link.href = best?.url ?? result.url;
      link.className = 'result-title';
      link.textContent = result.meta.title?.replace(/ · Golden Dome, Explained$/, '') ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = safeExcerpt(best?.excerpt ?? result.excerpt);
      item.append(link, excerpt);
      const subs = anchored.slice(0, MAX_SUB_RESULTS);
      if (subs.length > 1) {
        const subList = document.createElement('ul');
        for (const sub of subs) {
          const subItem = document.createElement('li');
          const subLink = document.createElement('a');
          subLink.href = sub.url;
          subLink.textContent = sub.title;
          subItem.append(subLink);
          subList.append(subItem);
        }
        item.append(subList);
      }
      list.append(item);
    }
    status.textContent = `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'} for “${query}”${search.results.length > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, 200);
    await run(input.value);
  }
}
