// Embed pages: apply ?theme=light|dark (else the reader's system setting) and ?title=0 before the
// first paint, so the theme never flashes. A file rather than an inline script, for the CSP.
(function () {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  if (params.get('title') === '0') document.documentElement.setAttribute('data-embed-title', 'hidden');
})();
