// `npm run check:citations [root]`: the build's citation check on its own (exit 1 on a problem).
import { checkContent } from '../src/node/content-files.ts';
import { formatProblems } from '../src/lib/content/citations.ts';

const root = process.argv[2] ?? process.cwd();
try {
  const problems = checkContent(root);
  if (problems.length > 0) {
    console.error(`Citation check failed:\n${formatProblems(problems)}`);
    process.exit(1);
  }
  console.log('Citation check passed: every quote is word for word in the passage it cites.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
