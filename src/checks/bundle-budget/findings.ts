import type { FindingCatalog } from '../http/finding-catalog.js';

/**
 * Every finding the bundle gate reports, with what it means and how to fix it: the README's table is rendered from
 * it (`readmeTables`). `satisfies`: an id typed anywhere else that is not here fails the type check.
 */
export const BUNDLE_FINDINGS = {
  'over-budget': {
    severity: 'error',
    meaning:
      "An entry's files, each compressed as served, add up to more than its `limit`. The annotation is on the entry's line of the budgets file and names the size, the limit and the three largest files.",
    fix: 'Split or lazy-load code (`import()`), drop unused dependencies, or raise the limit on purpose in the budgets file.',
  },
  'glob-matched-nothing': {
    severity: 'error',
    meaning:
      'A glob of an entry matched no file, so the budget would measure nothing (often: the build did not run, or its output moved).',
    fix: 'Build before this step, or correct the path in the budgets file.',
  },
  'budget-growth': {
    severity: 'warning',
    meaning:
      'An entry grew against the base by more than its `max-growth` (an error with `growth-fails: true`); the message names the files that grew most.',
    fix: 'Look at the per-file table for the file that grew; if the growth is intended, say so in the pull request.',
  },
  'no-baseline': {
    severity: 'warning',
    meaning:
      'There was nothing to compare against: the base could not be checked out or built (its last output lines are in the message), or the baseline was missing.',
    fix: 'Fix the base build, fetch the base (`fetch-depth: 0`), or give a `baseline` report.',
  },
  'could-not-check': {
    severity: 'error',
    meaning:
      'A file, page or asset could not be read or fetched (a timeout, an error status, a read error): it was not checked.',
    fix: 'Make the page reachable from the runner, or the file readable; rerun.',
  },
  'uncompressed-text-asset': {
    severity: 'error',
    meaning: 'A script, stylesheet or other text asset over 1 KB was served without gzip or brotli.',
    fix: 'Turn on compression for text types in the server or CDN (`gzip on`, `brotli_static on`, or precompressed files).',
  },
  'hashed-asset-short-cache': {
    severity: 'warning',
    meaning:
      'A same-origin asset with a content hash in its name is not cached for a year (no `immutable`, or `max-age` under 31536000).',
    fix: 'Serve hashed assets with `Cache-Control: public, max-age=31536000, immutable`.',
  },
  'third-party-origins': {
    severity: 'error',
    meaning: 'A page loads scripts from more third-party origins than `max-third-party-origins` (each is named).',
    fix: 'Drop or self-host third-party scripts; each origin costs a connection and runs code you do not control.',
  },
  'large-image': {
    severity: 'warning',
    meaning: 'An image is larger than `max-image-kb` (kB of 1000 bytes) as transferred.',
    fix: 'Resize it to the size it is shown at and compress it (WebP or AVIF).',
  },
  'legacy-image-format': {
    severity: 'notice',
    meaning: 'A PNG or JPEG is served where the same page already serves WebP or AVIF.',
    fix: 'Convert it too, or serve it through `<picture>` with a WebP or AVIF source.',
  },
} as const satisfies FindingCatalog;

export type BundleFindingId = keyof typeof BUNDLE_FINDINGS;

/** A name from a build or a page (hostile: it comes from the pull request) shown as inline code, one line, no backticks. */
export function code(text: string): string {
  let clean = '';
  for (const ch of text.slice(0, 300))
    clean += ch === '`' ? "'" : ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch;
  return `\`${clean}\``;
}

/**
 * A finding title (plain text in annotations, bold in summaries) holding a name from the pull request or a page:
 * the characters that make links, HTML, emphasis or code (`[ ] < > * ~` and backticks) become spaces, and `@`
 * becomes a full-width ＠ so that a name cannot mention a team in the PR comment.
 */
export function plain(text: string): string {
  let out = '';
  for (const ch of text.slice(0, 300))
    out += '[]<>*~`'.includes(ch) || ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch === '@' ? '＠' : ch;
  return out;
}
