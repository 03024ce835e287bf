/**
 * An Astro integration that fails the build (and the dev server's start) when any element's
 * citation is broken. It runs in `astro:config:setup`, before content is loaded, so a broken quote
 * stops `npm run build` within seconds, with one line per problem naming file, field and quote.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-files.ts';
import { formatProblems } from '../../lib/content/citations.ts';

export default function citationCheck(): AstroIntegration {
  return {
    name: 'golden-dome:citation-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkContent(root);
        if (problems.length > 0) {
          throw new Error(
            `Citation check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
          );
        }
        logger.info('every element cites the order word for word');
      },
    },
  };
}
