import { formatLocation, type Finding, type Report } from './finding.js';

/** GitHub caps a step's job summary at 1 MiB; past that the whole summary is dropped. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * A table cell on one line: pipes escaped (also inside code spans, where GFM takes `\|` for `|`), line breaks as
 * <br>. Backslashes are doubled outside code spans, where they would escape what follows, and kept inside them,
 * where they are shown as they are (a doubled one would change a fingerprint a reader copies).
 */
export function escapeCell(text: string): string {
  return splitCodeSpans(text.replace(/\r\n|\r|\n/g, '<br>'))
    .map((part) => (part.code ? part.raw : part.raw.replace(/\\/g, '\\\\')).replace(/\|/g, '\\|'))
    .join('');
}

/** Markdown's inline punctuation, as numeric references that no later step (cells, redaction, neutralizing) alters. */
const TEXT_ESCAPES: Record<string, string> = {
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '<': '&#60;',
  '>': '&#62;',
  '|': '&#124;',
  '&': '&#38;',
  '~': '&#126;',
  $: '&#36;',
};

/**
 * Untrusted plain text (a file name, an author, a location) as inline markdown that shows exactly that text: no
 * emphasis, link, HTML, code span or cell break can start in it, and no backtick in it can pair with one of a code
 * span beside it. Line breaks become spaces.
 */
export function escapeText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>|&~$]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * Text that may hold code spans of its own (a finding's message) as markdown whose backticks all pair inside it:
 * its code spans stay, everything else is escapeText'ed, so it cannot open a span that closes in the next cell
 * part (the fingerprint) nor render markup.
 */
export function escapeTextKeepingCode(text: string): string {
  return splitCodeSpans(text.replace(/\r\n|\r|\n/g, ' '))
    .map((part) => (part.code ? part.raw : escapeText(part.raw)))
    .join('');
}

/** Untrusted text as a code span that it cannot close: a fence longer than any run of backticks inside. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r\n|\r|\n/g, ' ')}${pad}${fence}`;
}

/**
 * The one place markdown that carries untrusted text (server answers, DNS values, file names, commit authors) is
 * made inert before GitHub renders it in a summary, a PR comment or an issue. Outside code spans: no @mention
 * (a zero-width space after the @), no HTML but a few bare tags checks use (<br>, <pre>, <code>, <b>, <details>,
 * <summary>, never with attributes; any other `<` as `&lt;`), no image or link
 * (`![` and `](` escaped), no named entity nor one that spells `@` (`&` as `&amp;`). Code spans are left as they are: nothing renders
 * inside them. A backtick breakout ends a code span early, and then what follows is made inert like the rest.
 */
export function neutralizeMarkdown(markdown: string): string {
  // Code spans are paired within one line, and within one cell in a table: GitHub pairs them within a paragraph
  // and a table cell, so pairing across lines or cells here could take text GitHub renders for code and leave it
  // live. Cutting finer is always safe: at worst a span's content is made inert too.
  const pieces = markdown.split(/(\r\n|\r|\n)/);
  const inTable = tableLines(pieces);
  const neutral = (text: string) =>
    splitCodeSpans(text)
      .map((part) => (part.code ? part.raw : inert(part.raw)))
      .join('');
  return pieces
    .map((piece, i) =>
      i % 2
        ? piece
        : inTable.has(i)
          ? piece
              .split(/((?<!\\)\|)/)
              .map((cell, k) => (k % 2 ? cell : neutral(cell)))
              .join('')
          : neutral(piece),
    )
    .join('');
}

/** A GFM delimiter row (`| --- | :-: |`), pipes optional: where a table starts, under its header row. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Which lines (even indexes of `pieces`, line breaks between them) GitHub may read as table rows: the header above
 * a delimiter row and every line after it up to a blank one. A superset of GFM's rule (cell counts are not
 * compared, another block does not end the table), so no row is ever missed. Each line is visited once or twice.
 */
function tableLines(pieces: string[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < pieces.length; i += 2) {
    if (!DELIMITER_ROW.test(pieces[i])) continue;
    if (i >= 2 && pieces[i - 2].trim() !== '') rows.add(i - 2);
    for (; i < pieces.length && pieces[i].trim() !== ''; i += 2) rows.add(i);
  }
  return rows;
}

/**
 * Markdown cut into code spans and the text between them, as CommonMark pairs them: a run of backticks opens a
 * span that the next run of the same length closes; an unpaired run is text. Linear: each run finds its partner
 * through a precomputed index, never by searching.
 */
export function splitCodeSpans(markdown: string): { code: boolean; raw: string; content: string }[] {
  const runs: { start: number; length: number }[] = [];
  for (const m of markdown.matchAll(/`+/g)) runs.push({ start: m.index, length: m[0].length });
  const byLength = new Map<number, number[]>();
  runs.forEach((r, i) => {
    const list = byLength.get(r.length);
    if (list) list.push(i);
    else byLength.set(r.length, [i]);
  });
  const nextSame = new Map<number, number>();
  for (const list of byLength.values()) for (let k = 0; k + 1 < list.length; k++) nextSame.set(list[k], list[k + 1]);
  const parts: { code: boolean; raw: string; content: string }[] = [];
  const text = (raw: string) => raw && parts.push({ code: false, raw, content: raw });
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.start < pos) continue;
    const close = nextSame.get(i);
    if (close === undefined) continue;
    text(markdown.slice(pos, run.start));
    const end = runs[close].start + runs[close].length;
    parts.push({
      code: true,
      raw: markdown.slice(run.start, end),
      content: markdown.slice(run.start + run.length, runs[close].start),
    });
    pos = end;
    i = close;
  }
  text(markdown.slice(pos));
  return parts;
}

function inert(text: string): string {
  return (
    text
      // Numeric references stay (checks write untrusted text into <pre> as them), but not one that spells '@'.
      .replace(/&(?=(?:[a-zA-Z]\w*|#0*64|#[xX]0*40);)/g, '&amp;')
      .replace(/<(?!\/?(?:br|pre|code|b|details|summary)>)/g, '&lt;')
      .replace(/@(?=[\w-])/g, '@\u200b')
      .replace(/!\[/g, '!\\[')
      .replace(/\]\(/g, ']\\(')
  );
}

export function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map((c) => escapeCell(String(c))).join(' | ')} |`);
  return lines.join('\n');
}

const ICON: Record<string, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️', pass: '✅', fail: '❌' };

export function verdictLine(report: Report): string {
  const { errors, warnings, notices } = report.counts;
  return `${ICON[report.result]} **${report.check}: ${report.result.toUpperCase()}** — ${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${(report.durationMs / 1000).toFixed(1)} s (fails on: ${report.failOn})`;
}

export function findingsTable(findings: Finding[]): string {
  if (findings.length === 0) return '_No findings._';
  return table(
    ['Severity', 'Rule', 'Location', 'Finding'],
    findings.map((f) => [
      `${ICON[f.severity]} ${f.severity}`,
      code(f.ruleId),
      escapeText(formatLocation(f) || '—'),
      `**${escapeText(f.title)}** ${escapeTextKeepingCode(f.message)}${f.fingerprint ? ` (fingerprint ${code(f.fingerprint)})` : ''}`,
    ]),
  );
}

/** The markdown of one check's report, for the job summary, the PR comment and `--format markdown`. */
export function reportMarkdown(report: Report, opts: { heading?: number; notAnnotated?: number } = {}): string {
  const h = '#'.repeat(opts.heading ?? 2);
  const parts = [`${h} launchgate · ${report.check}`, verdictLine(report)];
  if (opts.notAnnotated) {
    parts.push(
      `> ${opts.notAnnotated} finding(s) were not annotated (GitHub shows at most 10 errors and 10 warnings per step); all are listed below.`,
    );
  }
  for (const section of report.sections ?? []) parts.push(`${h}# ${section.title}`, section.markdown);
  parts.push(`${h}# Findings`, findingsTable(report.findings));
  return neutralizeMarkdown(parts.join('\n\n')) + '\n';
}

/** Cuts markdown to fit GitHub's summary limit, at a line boundary, with a note saying so. */
export function truncateForSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n> The summary was cut to fit GitHub's 1 MiB limit; the JSON report has every finding.\n";
  const budget = limit - Buffer.byteLength(note) - 4;
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + note;
}
