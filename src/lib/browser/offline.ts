/**
 * Offline: registers the service worker that the build writes (/sw.js, src/build/offline.ts),
 * which precaches every page, embed, download, the search index and the cartridges, so a class
 * that loses its connection after one visit keeps the whole site. Runs after the first paint, as
 * every page script does (src/build/html-tidy.ts), so the worker costs nothing before it.
 *
 * When a new deploy's worker has installed and waits, a note says "Updated — reload": its Reload
 * button tells the waiting worker to take over (Workbox's SKIP_WAITING message), and this tab
 * reloads once it has; Later closes it. The note is a manual popover: the browser puts it on top,
 * in view, with no stylesheet of ours. Built with plain DOM calls: every page carries this module,
 * and this is its smallest form (h.ts, or importing the note on demand, each cost more at load).
 */

export const UPDATE_NOTE_ID = 'offline-update';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function offerReload(worker: ServiceWorker): void {
  if (document.getElementById(UPDATE_NOTE_ID)) return;
  let asked = false;
  const note = element('div', '');
  Object.assign(note, { id: UPDATE_NOTE_ID, popover: 'manual' });
  note.setAttribute('role', 'status');
  const reload = element('button', 'Reload');
  const later = element('button', 'Later');
  for (const button of [reload, later]) Object.assign(button, { type: 'button', className: 'button' });
  note.append(element('p', 'Updated — reload to see the new version of the site.'), reload, ' ', later);
  reload.addEventListener('click', () => {
    asked = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => note.hidePopover());
  navigator.serviceWorker.addEventListener('controllerchange', () => asked && location.reload());
  document.body.append(note);
  note.showPopover();
}

/** Register the worker at the site's base; a failure (a host without it, private browsing) only costs the offline copy. */
export async function startOffline(base: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    // A worker that was already waiting when this page loaded (another tab saw it first).
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        // Installed while an older worker controls the page: a new deploy. (With no controller it is the first visit.)
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerReload(worker);
      });
    });
  } catch (error) {
    console.warn('The offline copy is not available here:', error);
  }
}
