/**
 * The lines of a step's output that the GitHub runner would take as workflow commands, found as actions/runner
 * does (src/Runner.Common/ActionCommand.cs): lines split at \n, \r and \r\n; `::` after .NET's TrimStart() (whose
 * white space includes U+0085, unlike JavaScript's `\s`), or the legacy `##[` anywhere in the line.
 */
export function runnerCommands(output: string): { line: string; name: string; legacy: boolean }[] {
  const out: { line: string; name: string; legacy: boolean }[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    const v2 = /^::([^\s:]+)[^:]*::/.exec(trimmed);
    const legacy = /##\[([^\s\]]+)/.exec(line);
    if (v2) out.push({ line, name: v2[1], legacy: false });
    else if (legacy) out.push({ line, name: legacy[1], legacy: true });
  }
  return out;
}

/** Each GFM table row has as many cells as its header: no name split a row. Pipes in code spans count unescaped. */
export function brokenTableRows(markdown: string): string[] {
  const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
  const broken: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|.*\|$/.test(lines[i]) || !/^\|( *:?-+:? *\|)+$/.test(lines[i + 1])) continue;
    const width = cells(lines[i]);
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++)
      if (cells(lines[j]) !== width) broken.push(lines[j]);
  }
  return broken;
}
