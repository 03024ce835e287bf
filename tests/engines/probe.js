// The engine tests' error probe, added as the first script of every page the test server sends
// (tests/engines/fixtures.ts). It records what a browser would log as an error, in a way every
// engine reports to page scripts: uncaught exceptions and rejections, resources that failed to
// load, Content Security Policy violations and console.error calls. The tests read
// window.__engineErrors after each step.
(function () {
  const errors = [];
  Object.defineProperty(window, '__engineErrors', { value: errors });
  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element)
        errors.push(`failed to load: <${target.localName}> ${target.getAttribute('src') ?? target.getAttribute('href') ?? ''}`);
      else errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(
      `CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} (${event.sourceFile}:${event.lineNumber})`,
    ),
  );
  const consoleError = console.error;
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError.apply(console, args);
  };
})();
