/** Files of a built site (Node only): used by the build's post-processing and by the checks. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file under `dir`, recursively. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
