/**
 * The JSON-path subset flow files use: `$`, `.name`, `['name']`, `[0]`, `[-1]` and a final `.length`.
 * Small on purpose: a path either names one value or is an error, so an expectation cannot match by accident.
 */
export type PathToken = string | number;

export function parseJsonPath(path: string): PathToken[] {
  if (!path.startsWith('$')) throw new Error(`JSON path '${path}' must start with $`);
  const tokens: PathToken[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === '.') {
      const m = /^\.([A-Za-z_$][\w$-]*)/.exec(path.slice(i));
      if (!m) throw new Error(`JSON path '${path}': expected a name after '.' at position ${i + 1}`);
      tokens.push(m[1]);
      i += m[0].length;
    } else if (path[i] === '[') {
      const m = /^\[\s*(?:(-?\d+)|'([^']*)'|"([^"]*)")\s*\]/.exec(path.slice(i));
      if (!m) throw new Error(`JSON path '${path}': bad bracket at position ${i + 1}`);
      tokens.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3]));
      i += m[0].length;
    } else throw new Error(`JSON path '${path}': unexpected '${path[i]}' at position ${i + 1}`);
  }
  return tokens;
}

/** The value at `path`, or `undefined` with `found: false` when any step is missing. */
export function evalJsonPath(root: unknown, path: string): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const token of parseJsonPath(path)) {
    if (token === 'length' && (Array.isArray(current) || typeof current === 'string')) {
      current = current.length;
      continue;
    }
    if (typeof token === 'number' && Array.isArray(current)) {
      const index = token < 0 ? current.length + token : token;
      if (index < 0 || index >= current.length) return { found: false, value: undefined };
      current = current[index];
    } else if (
      current !== null &&
      typeof current === 'object' &&
      !Array.isArray(current) &&
      Object.hasOwn(current, String(token))
    ) {
      current = (current as Record<string, unknown>)[String(token)];
    } else return { found: false, value: undefined };
  }
  return { found: true, value: current };
}
