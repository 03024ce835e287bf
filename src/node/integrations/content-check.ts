/**
 * An Astro integration that checks the content (src/node/content.ts) in `astro:config:setup`,
 * before Astro loads any of it, so a broken quote or an unknown id stops `astro build` within
 * seconds. Each problem is one line naming file, line, entry and field, logged without a stack:
 * `build`, `sync` (and `astro check`) then exit with status 1; the dev server logs the lines and
 * starts anyway, so the editor can mend the file and reload. Not run under Vitest (the diagram
 * snapshots load Astro's config, and pure unit tests must run even when content is broken: the
 * content has its own tests) nor for `preview`, which serves a finished build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content.ts';
import { formatProblem } from '../../lib/content/citations.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'golden-dome:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (process.env.VITEST || command === 'preview') return;
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return logger.info('content checked: every reference exists, every quote of the order is word for word');
        logger.error(`the content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
        for (const problem of problems) logger.error(formatProblem(problem));
        if (command === 'dev') return logger.warn('starting anyway: pages drawn from that content may fail until it is mended');
        process.exit(1);
      },
    },
  };
}
