import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { bool, integer, list, text } from '../../core/inputs.js';
import { loadYaml } from '../../core/yaml-file.js';
import { REPORT_FORMAT, buildBase, readBaseline } from './base-build.js';
import { isInlineYaml, parseInlineBudgets, readBudgets, type BudgetsFile } from './budgets-file.js';
import { entriesTable, evaluateBudgets, filesTable, type BaseSizes } from './evaluate.js';
import { catalogTable } from '../http/finding-catalog.js';
import { BUNDLE_FINDINGS } from './findings.js';
import { DEFAULT_HASH_PATTERN, hashStripper } from './hash-names.js';
import { measureBuild, type BuildMeasurement } from './measure.js';
import { PAGE_LIMITS, evaluatePages, measurePages, pagesTable, type PageMeasurement } from './pages.js';
import { formatBytes } from './sizes.js';

const DEFAULT_BUDGETS = '.github/bundle-budget.yml';

const BUNDLE_INPUTS = {
  budgets: text(
    'Budgets: a YAML file path, or inline YAML (entries with name, path globs, limit such as 170 kB, compression, max-growth).',
    DEFAULT_BUDGETS,
  ),
  baseline: text('An earlier JSON report of this action to compare sizes against.'),
  'base-ref': text(
    'Git ref to compare against: checked out in a temporary worktree and built with build-command. On pull_request it defaults to the PR base when build-command is set.',
  ),
  'build-command': text('Shell command that builds the base in its worktree (for example npm ci && npm run build).'),
  'build-timeout-s': integer('Seconds the base build may take before it is stopped.', '900', 1, 7200),
  'growth-fails': bool('Make growth over max-growth an error instead of a warning.', 'false'),
  'hash-pattern': text(
    'Regular expression for the content hash in file names (its first group, or the whole match, becomes [hash]).',
    DEFAULT_HASH_PATTERN,
  ),
  urls: list('Deployed pages whose scripts, stylesheets and images are fetched and checked, one per line.'),
  'max-third-party-origins': integer('Most third-party script origins a page may load from.', '5', 0, 1000),
  'max-image-kb': integer('Largest image a page may load, in kB (1000 bytes) as transferred.', '200', 1, 1000000),
};

export const bundleBudget = defineCheck({
  name: 'bundle-budget',
  section: 'bundle',
  impact: {
    default: 'speed',
    fix: 'Split or trim what the page downloads (the summary lists the largest files), or raise the budget on purpose.',
    byRule: {
      'third-party-origins': { class: 'data', fix: 'Self-host or drop third-party scripts you do not need.' },
      'no-baseline': 'hygiene',
      'legacy-image-format': { class: 'speed', reach: 'few' },
    },
  },
  readmeTables: { 'findings:bundle-budget': () => catalogTable(BUNDLE_FINDINGS) },
  title: 'launchgate bundle budget',
  description:
    'Fails when build output is over its compressed size budget or grew too much against the base, and checks what deployed pages make a browser download.',
  branding: { icon: 'package', color: 'purple' },
  inputs: BUNDLE_INPUTS,
  outputs: {
    sizes: { description: 'JSON object: budget name → compressed bytes.' },
  },
  async run(inputs, ctx) {
    const strip = hashStripper(inputs['hash-pattern'], "Input 'hash-pattern'");
    const budgets = loadBudgets(inputs.budgets, inputs.urls.length > 0, ctx);
    for (const u of inputs.urls) {
      let ok = false;
      try {
        ok = /^https?:$/.test(new URL(u).protocol);
      } catch {
        ok = false;
      }
      if (!ok)
        throw new UserError(
          `Input 'urls' got ${JSON.stringify(u.slice(0, 200))}; accepted: http:// or https:// URLs, one per line.`,
        );
    }
    if (inputs.baseline && inputs['base-ref'])
      throw new UserError(
        "Inputs 'baseline' and 'base-ref' were both given; accepted: one of them (a report, or a ref to build).",
      );
    const findings: Finding[] = [];
    const sections: { title: string; markdown: string }[] = [];
    let head: BuildMeasurement | undefined;
    let base: BaseSizes | undefined;

    if (budgets) {
      const started = performance.now();
      head = await measureBuild(ctx.cwd, budgets.entries, strip);
      ctx.log.info(
        `Measured ${head.fileCount} file(s), ${formatBytes(head.rawBytes)} raw, for ${budgets.entries.length} budget(s) in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
      );
      base = await findBase(inputs, ctx, budgets, strip, findings);
      const evaluated = evaluateBudgets(budgets, head, base, inputs['growth-fails'] === true);
      findings.push(...evaluated.findings);
      sections.push(
        { title: 'Budgets', markdown: entriesTable(budgets, head, evaluated.verdicts, base) },
        {
          title: base ? `Files against ${base.source}` : 'Files',
          markdown: filesTable(budgets, head, base),
        },
      );
    }

    let pages: PageMeasurement[] = [];
    if (inputs.urls.length) {
      const limits = {
        ...PAGE_LIMITS,
        maxThirdPartyOrigins: inputs['max-third-party-origins'],
        maxImageBytes: inputs['max-image-kb'] * 1000,
      };
      pages = await measurePages(inputs.urls, limits);
      findings.push(...evaluatePages(pages, limits, strip));
      sections.push({ title: 'Pages', markdown: pagesTable(pages) });
    }

    const sizes = Object.fromEntries((head?.entries ?? []).map((e) => [e.name, e.size]));
    return {
      findings,
      metrics: {
        format: REPORT_FORMAT,
        compression: { brotli: 'Node zlib, quality 11, window 22, generic mode', gzip: 'Node zlib, level 9' },
        budgetsFile: budgets?.file ?? null,
        entries: Object.fromEntries((head?.entries ?? []).map((e) => [e.name, e])),
        base: base ? { source: base.source } : null,
        pages,
      },
      sections,
      outputs: { sizes: JSON.stringify(sizes) },
    };
  },
});

function loadBudgets(value: string, haveUrls: boolean, ctx: CheckContext): BudgetsFile | undefined {
  if (isInlineYaml(value)) return parseInlineBudgets(value);
  const file = path.resolve(ctx.cwd, value);
  if (!existsSync(file)) {
    // Without a budgets file the gate may still check deployed pages; with neither it would check nothing.
    if (value === DEFAULT_BUDGETS && haveUrls) return undefined;
    throw new UserError(
      `Input 'budgets': cannot read ${value} (no such file); accepted: a budgets YAML file or inline YAML${value === DEFAULT_BUDGETS ? ', or urls to check deployed pages only' : ''}.`,
    );
  }
  return readBudgets(loadYaml(file, value), false);
}

/** The base to compare against: a baseline report, or the base ref built in a worktree; none is a warning when one was asked for. */
async function findBase(
  inputs: { baseline: string; 'base-ref': string; 'build-command': string; 'build-timeout-s': number },
  ctx: CheckContext,
  budgets: BudgetsFile,
  strip: ReturnType<typeof hashStripper>,
  findings: Finding[],
): Promise<BaseSizes | undefined> {
  if (inputs.baseline) return readBaseline(path.resolve(ctx.cwd, inputs.baseline), inputs.baseline);
  const prBase: unknown = ctx.event.name.startsWith('pull_request')
    ? ctx.event.payload?.pull_request?.base?.sha
    : undefined;
  const ref = inputs['base-ref'] || (inputs['build-command'] && typeof prBase === 'string' ? prBase : '');
  if (!ref) return undefined;
  if (!inputs['build-command'])
    throw new UserError(
      `Input 'base-ref' is ${JSON.stringify(ref)} but 'build-command' is empty; accepted: the command that builds the base (for example npm ci && npm run build).`,
    );
  const built = await buildBase(ctx, ref, inputs['build-command'], inputs['build-timeout-s'], budgets, strip);
  for (const line of built.log) ctx.log.info(line);
  if (built.problem)
    findings.push({
      ruleId: 'no-baseline',
      severity: BUNDLE_FINDINGS['no-baseline'].severity,
      title: 'No baseline: sizes were not compared',
      message: `No baseline: ${built.problem}`,
    });
  return built.base;
}
