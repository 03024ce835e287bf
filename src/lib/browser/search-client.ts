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

const INDEX_FAILED = 'The search index could not be loaded. Try the glossary or the list of elements instead.';

/** Pagefind's script and options; null (after saying so in the status) when they cannot be loaded. */
async function loadPagefind(base: string, status: HTMLElement): Promise<Pagefind | null> {
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    return pagefind;
  } catch (error) {
    status.textContent = INDEX_FAILED;
    console.error(error);
    return null;
  }
}

export async function startSearch(form: HTMLFormElement, list: HTMLOListElement, status: HTMLElement, base: string): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  // The listeners are attached before the index has loaded, and each query waits for it: a query
  // typed or pasted while the index loads runs as soon as it has loaded (it used to be dropped).
  let loaded = false;
  const index = loadPagefind(base, status).finally(() => (loaded = true));

  // Pagefind's searches are not independent: one started while another is still loading its
  // results could be given the other's results (two queries typed while the index loaded showed
  // the first one's pages under the second one's count). So searches run one at a time, and a
  // query that a newer one replaced while it waited is not searched at all.
  let latest = 0;
  let previous: Promise<unknown> = Promise.resolve();
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
    if (!loaded) status.textContent = 'Loading the search index…';
    const pagefind = await index;
    if (!pagefind) {
      status.textContent = INDEX_FAILED;
      return;
    }
    const turn = previous.then(async () => {
      if (ticket !== latest) return null;
      const search = await pagefind.search(query);
      return { count: search.results.length, data: await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data())) };
    });
    previous = turn.catch(() => undefined);
    const found = await turn;
    if (!found || ticket !== latest) return; // A newer query has started.
    const { count, data } = found;
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
    status.textContent = `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
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
  // A query from the URL (?q=), unless the reader has already typed one before this script ran.
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial && !input.value) input.value = initial.slice(0, 200);
  if (input.value) await run(input.value);
}
