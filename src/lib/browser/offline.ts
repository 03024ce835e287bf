/**
 * Offline: registers the service worker that the build writes (/sw.js, src/build/service-worker.ts),
 * which precaches every page, embed, download, the search index and the cartridges, so a class
 * that loses its connection after one visit keeps the whole site. Runs after the first paint, as
 * every page script does (src/build/html-tidy.ts), so the worker costs nothing before it.
 *
 * When a new deploy's worker has installed and waits, a note says so and offers to reload: its
 * button tells the waiting worker to take over (Workbox's SKIP_WAITING message), and this tab
 * reloads once it has. The note is a manual popover: the browser puts it on top, in view, with
 * no stylesheet of ours (no page pays bytes for a note it rarely shows).
 */
import { h } from './h.ts';

export const UPDATE_NOTE_ID = 'offline-update';

function offerReload(worker: ServiceWorker): void {
  if (document.getElementById(UPDATE_NOTE_ID)) return;
  let asked = false;
  const reload = h('button', { type: 'button', class: 'button' }, 'Reload');
  const later = h('button', { type: 'button', class: 'button' }, 'Later');
  const note = h(
    'div',
    { id: UPDATE_NOTE_ID, popover: 'manual', role: 'status', 'aria-live': 'polite' },
    h('p', {}, 'Updated — reload to see the new version of the site.'),
    reload,
    ' ',
    later,
  );
  reload.addEventListener('click', () => {
    asked = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => note.hidePopover());
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
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
