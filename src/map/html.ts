import { escapeHtml, tableHtml } from '../core/html.js';
import { splitCodeSpans } from '../core/markdown.js';
import type { LaunchMap } from './build.js';
import { rawMarkdown, type MapMarkdownOptions } from './render.js';

const esc = escapeHtml;

/** Inline markdown of the map: code spans and **bold**; everything else is text, escaped. */
function inline(text: string): string {
  return splitCodeSpans(text)
    .map((p) =>
      p.code
        ? `<code>${esc(p.content.trim().replace(/\\\|/g, '|'))}</code>`
        : esc(p.raw.replace(/\\([\\|])/g, '$1')).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

/**
 * launch-map.html: the same content as launch-map.md on one self-contained page (inline CSS, no scripts). Only the
 * map's own markdown shapes become tags (headings, lists, tables, paragraphs); every value is escaped.
 */
export function launchMapHtml(map: LaunchMap, opts: MapMarkdownOptions = {}): string {
  const lines = rawMarkdown(map, opts).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
      out.push(tableHtml(rows, inline));
    } else if (/^(- |\d+\. )/.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^(- |\d+\. )/.test(lines[i]); i++) items.push(lines[i].replace(/^(- |\d+\. )/, ''));
      out.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</ul>`);
    } else if (line.trim() === '') i++;
    else {
      out.push(`<p>${inline(line)}</p>`);
      i++;
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Launch map${map.domain ? `: ${esc(map.domain)}` : ''}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:1080px;margin:0 auto;padding:24px;overflow-wrap:anywhere}
h1{font-size:24px}h2{font-size:18px;margin-top:28px}
table{border-collapse:collapse;width:100%;font-size:13px;background:#fff}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #e6e8ec;vertical-align:top}
code{font-size:12px;overflow-wrap:anywhere}
@media (max-width:600px){main{padding:12px}th,td{padding:4px}}
</style>
</head>
<body>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
