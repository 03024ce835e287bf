/**
 * Minifies a classic script that a layout inlines into the page (and allows by its hash in the
 * Content Security Policy, computed over what is inlined). The sources keep their comments, which
 * say why; the pages get the code alone. esbuild, because the bench already bundles with it and
 * it needs no configuration for a single script.
 */
import { transformSync } from 'esbuild';

export function minifiedInlineScript(source: string): string {
  return transformSync(source, { loader: 'js', minify: true, target: 'es2020' }).code.trim();
}
