// `npm run check:citations [root]`: the build's content check on its own, one line per problem (exit 1 on any).
import { checkContent } from '../src/node/content.ts';
import { formatProblems } from '../src/lib/content/citations.ts';

const problems = checkContent(process.argv[2] ?? process.cwd());
if (problems.length > 0) {
  console.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log('Content check passed: every reference exists, and every quote of the order is word for word in the passage it cites.');
