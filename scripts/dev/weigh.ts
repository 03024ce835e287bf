import { weighPage } from '../lib/page-weight.ts';
import { htmlFiles } from '../lib/link-check.ts';
for (const file of htmlFiles('dist')) {
  const page = file.slice('dist'.length).replace(/index\.html$/, '');
  const w = weighPage('dist', page);
  console.log(page.padEnd(45), 'js', (w.js / 1024).toFixed(1), 'total', (w.total / 1024).toFixed(1), 'html', (w.html / 1024).toFixed(1));
}
