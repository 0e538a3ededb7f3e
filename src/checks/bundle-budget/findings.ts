/**
 * Every finding the bundle gate reports, with what it means and how to fix it (the README's table says the same).
 * `as const`: an id typed anywhere else that is not here fails the type check.
 */
export const BUNDLE_FINDINGS = {
  'over-budget': {
    severity: 'error',
    means: "An entry's files, each compressed as served, add up to more than its limit.",
    fix: 'Split or lazy-load code (dynamic import), drop unused dependencies, or raise the limit on purpose in the budgets file.',
  },
  'glob-matched-nothing': {
    severity: 'error',
    means:
      'A glob of an entry matched no file, so the budget would measure nothing (often: the build did not run, or its output moved).',
    fix: 'Build before this step, or correct the path in the budgets file.',
  },
  'budget-growth': {
    severity: 'warning',
    means: 'An entry grew against the base by more than its max-growth (an error with growth-fails: true).',
    fix: 'Look at the per-file table for the file that grew; if the growth is intended, say so in the pull request.',
  },
  'no-baseline': {
    severity: 'warning',
    means:
      'There was nothing to compare against: the base could not be checked out or built, or the baseline was missing.',
    fix: 'Fix the base build (its last output lines are in the message), fetch the base (fetch-depth: 0), or give a baseline report.',
  },
  'could-not-check': {
    severity: 'error',
    means:
      'A file, page or asset could not be read or fetched (a timeout, a 5xx answer, a read error): it was not checked.',
    fix: 'Make the page reachable from the runner, or the file readable; rerun.',
  },
  'uncompressed-text-asset': {
    severity: 'error',
    means: 'A script, stylesheet or other text asset over 1 KB was served without gzip or brotli.',
    fix: 'Turn on compression for text types in the server or CDN (gzip on; brotli_static on; or precompressed files).',
  },
  'hashed-asset-short-cache': {
    severity: 'warning',
    means: 'An asset with a content hash in its name is not cached for a year (no immutable, max-age under 31536000).',
    fix: 'Serve hashed assets with Cache-Control: public, max-age=31536000, immutable.',
  },
  'third-party-origins': {
    severity: 'error',
    means: 'A page loads scripts from more third-party origins than max-third-party-origins.',
    fix: 'Drop or self-host third-party scripts; each origin costs a connection and runs code you do not control.',
  },
  'large-image': {
    severity: 'warning',
    means: 'An image is larger than max-image-kb as transferred.',
    fix: 'Resize it to the size it is shown at and compress it (WebP or AVIF).',
  },
  'legacy-image-format': {
    severity: 'notice',
    means: 'A PNG or JPEG is served where the same page already serves WebP or AVIF.',
    fix: 'Convert it too (or serve it through <picture> with a WebP/AVIF source).',
  },
} as const;

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
