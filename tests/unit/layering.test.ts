/**
 * The layering rules in eslint.config.js fail where they should: each case is a file that breaks
 * one rule, linted as if it sat at the given path, and must report the rule.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('layering', () => {
  it('pure src/lib may not import Node modules, diagrams or browser code, nor use the DOM', async () => {
    expect(await ruleIds('src/lib/layering-case.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(
      await ruleIds('src/lib/layering-case.ts', "import { DIAGRAMS } from '../diagrams/registry.ts';\nexport const a = DIAGRAMS;\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await ruleIds('src/lib/layering-case.ts', "import { copyText } from './browser/clipboard.ts';\nexport const a = copyText;\n"),
    ).toEqual(['no-restricted-imports']);
    expect(
      await ruleIds(
        'src/lib/schema/layering-case.ts',
        "import { layoutLabels } from '../../diagrams/layers/labels.ts';\nexport const a = layoutLabels;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(await ruleIds('src/lib/layering-case.ts', 'export const title = () => document.title;\n')).toEqual(['no-restricted-globals']);
  });

  it('browser code may use the DOM but not Node modules or components', async () => {
    expect(await ruleIds('src/lib/browser/layering-case.ts', 'export const title = () => document.title;\n')).toEqual([]);
    expect(
      await ruleIds('src/lib/browser/layering-case.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"),
    ).toEqual(['no-restricted-imports']);
  });

  it('diagrams may not import pages or Node build code; src/node may use Node', async () => {
    expect(
      await ruleIds('src/diagrams/layers/layering-case.ts', "import { x } from '../../node/site-files.ts';\nexport const a = x;\n"),
    ).toEqual(['no-restricted-imports']);
    expect(await ruleIds('src/node/layering-case.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual(
      [],
    );
  });
});
