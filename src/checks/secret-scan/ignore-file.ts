/** `.gitleaksignore`: one fingerprint per line, `commit:file:rule:line` or `file:rule:line`; `#` comments. */
export function parseIgnoreFile(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/** A finding is ignored by its full fingerprint or by its commit-less `file:rule:line` form, as gitleaks does. */
export function isIgnored(fingerprint: string, commit: string | undefined, ignores: Set<string>): boolean {
  if (ignores.has(fingerprint)) return true;
  return commit !== undefined && ignores.has(fingerprint.slice(commit.length + 1));
}
