/**
 * DNS data shown in the summary (TXT values, include trees) is written by whoever controls a zone, so it is shown
 * as text only: it can neither close its code span or block nor add markdown, HTML or @mentions.
 */

/** Inline code whose fence is longer than any run of backticks inside, so the value cannot close it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Lines in a <pre> block, every character that HTML or markdown would read written as an entity; an `@` stays, for
 * neutralizeMarkdown to break the mention where every summary is made inert.
 */
export function preformatted(lines: string[]): string {
  const text = lines.join('\n').replace(/[&<>"'`*_~[\]#|\\!]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<pre>${text}</pre>`;
}
