// @ts-check
// Embed pages tell their host their height whenever it changes: {subject:"lti.frameResize",height},
// which Canvas and other learning platforms read, and {type:"golden-dome:resize",diagram,height} for
// public/embed.js. A classic script inlined by EmbedLayout.astro and allowed by its hash in the
// page's CSP: a sandboxed frame's module scripts need CORS headers that plain hosts do not send.
(function () {
  if (window.parent === window) return;
  const root = document.getElementById('embed');
  if (!root) return;
  const diagram = root.getAttribute('data-diagram') || '';
  let last = 0;
  function send() {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
    window.parent.postMessage({ type: 'golden-dome:resize', diagram: diagram, height: height }, '*');
  }
  new ResizeObserver(send).observe(root);
  window.addEventListener('load', send);
  send();
})();
