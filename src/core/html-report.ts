import { formatLocation, type BarChart, type Finding, type Report } from './finding.js';
import { escapeHtml, tableHtml } from './html.js';
import { splitCodeSpans } from './markdown.js';
import type { TopFix } from './impact.js';

const esc = escapeHtml;

/** `secret-scan` → `Secret scan`, when the host gives no title. */
const humanize = (check: string) => check.charAt(0).toUpperCase() + check.slice(1).replace(/-/g, ' ');

export interface HtmlReportMeta {
  /** Opens the page as "Top N fixes" (topFixes in src/core/impact.ts). */
  topFixes?: TopFix[];
  title: string;
  generated: Date;
  note?: string;
  /** Card titles by check name (the registry's short titles); default: the check name in words. */
  titles?: Record<string, string>;
  /**
   * Findings made on purpose, as the demo plants a key: labelled "planted", and a gate that fails only on them
   * failed as designed.
   */
  planted?: (finding: Finding, report: Report) => boolean;
  /** What the page proves, said first; default: how many gates passed. */
  headline?: string;
}

const BOLD = /(?<!\\)\*\*/g;

/** `_words_` between spaces or punctuation (not the `_` inside snake_case names). */
const EMPHASIS = /(^|[\s(])_([^_\s](?:[^_]*[^_\s])?)_(?=$|[\s).,;:!?])/g;

/**
 * Inline markdown as checks write it in their sections: code spans, bold (also around a code span, as in
 * "**`name`**"), `_emphasis_`, and the bare tags checks use in cells. Text is escaped first; the tags made here are
 * balanced (an unpaired `**` stays as text), so no input can open an element.
 */
function inline(markdown: string): string {
  const parts = splitCodeSpans(markdown);
  // Pairs of `**` (not `\*\*`) outside code spans; an odd one out stays as it is.
  let bold = parts.reduce((n, p) => n + (p.code ? 0 : [...p.raw.matchAll(BOLD)].length), 0) & ~1;
  let open = false;
  return parts
    .map((part) => {
      if (part.code) return `<code>${esc(part.content.trim().replace(/\\\|/g, '|'))}</code>`;
      // Numeric references (escapeText writes punctuation as them) show their character, as on GitHub.
      return esc(part.raw)
        .replace(/&lt;(\/?)(br|pre|code|b)&gt;/g, '<$1$2>')
        .replace(/&amp;(#\d{1,7};)/g, '&$1')
        .replace(BOLD, (m) => {
          if (bold === 0) return m;
          bold--;
          open = !open;
          return open ? '<strong>' : '</strong>';
        })
        .replace(EMPHASIS, '$1<em>$2</em>')
        .replace(/\\([\\|`*_[\]<>!])/g, '$1');
    })
    .join('');
}

/**
 * The subset of markdown the checks' sections use (paragraphs, GFM tables, fenced blocks), as HTML. Everything is
 * escaped first; only the tags made here are real. Mermaid fences are left to the summary when a chart is drawn.
 */
function markdownToHtml(markdown: string, skipMermaid: boolean): string {
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    if (/^```/.test(line)) {
      const lang = line.slice(3).trim();
      const body: string[] = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      i++;
      if (!(skipMermaid && lang === 'mermaid')) out.push(`<pre><code>${esc(body.join('\n'))}</code></pre>`);
    } else if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) rows.push(lines[i]);
      out.push(`<div class="scroll">${tableHtml(rows, inline)}</div>`);
    } else if (line.trim() === '') i++;
    else {
      const para: string[] = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(```|\s*\|)/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${para.map(inline).join('<br>')}</p>`);
    }
  }
  return out.join('\n');
}

/**
 * Bars against their limits as inline SVG (the page works offline, with no scripts), on a log scale: a p95 of
 * 0.4 ms and a budget of 500 ms are both readable on one axis, and no bar is narrower than 4 px.
 */
function barChart(chart: BarChart, title: string): string {
  const values = chart.bars.flatMap((b) => [b.value, b.limit ?? b.value]).filter((v) => v > 0);
  if (values.length === 0) return '';
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.01));
  const width = 560;
  const labelW = 150;
  const plotW = width - labelW - 110;
  const rowH = 28;
  const x = (v: number) => labelW + (plotW * (Math.log10(Math.max(v, lo)) - Math.log10(lo))) / Math.log10(hi / lo);
  const top = 18;
  const rows = chart.bars
    .map((b, i) => {
      const y = top + i * rowH + 4;
      const over = b.limit !== undefined && b.value > b.limit;
      const barW = Math.max(4, x(b.value) - labelW);
      const label = b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label;
      const limit =
        b.limit === undefined
          ? ''
          : `<line x1="${x(b.limit).toFixed(1)}" x2="${x(b.limit).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" class="limit"><title>limit ${esc(b.limit)} ${esc(chart.unit)}</title></line>`;
      return `<text x="0" y="${y + 14}" class="label"><title>${esc(b.label)}</title>${esc(label)}</text>
<rect x="${labelW}" y="${y}" width="${barW.toFixed(1)}" height="18" class="${over ? 'bar over' : 'bar'}"><title>${esc(b.label)}: ${esc(b.value)} ${esc(chart.unit)}</title></rect>
${limit}
<text x="${(Math.max(labelW + barW, b.limit === undefined ? 0 : x(b.limit)) + 6).toFixed(1)}" y="${y + 14}" class="value">${esc(b.value)}${b.limit === undefined ? '' : ` / ${esc(b.limit)}`} ${esc(chart.unit)}</text>`;
    })
    .join('\n');
  const ticks: string[] = [];
  for (let t = lo; t <= hi * 1.0001; t *= 10)
    ticks.push(
      `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 2}" y2="${top + chart.bars.length * rowH}" class="tick"/><text x="${x(t).toFixed(1)}" y="${top - 6}" class="axis">${esc(Number(t.toPrecision(1)))}</text>`,
    );
  const height = top + chart.bars.length * rowH + 6;
  return `<figure><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" style="max-width:100%;height:auto">${ticks.join('')}
${rows}</svg>
<figcaption>${esc(title)}: bar = value, dashed line = limit, ${esc(chart.unit)} on a log scale</figcaption></figure>`;
}

function card(report: Report, meta: HtmlReportMeta): string {
  const pass = report.result === 'pass';
  const isPlanted = (f: Finding) => meta.planted?.(f, report) ?? false;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const asDesigned = !pass && errors.length > 0 && errors.every(isPlanted);
  const findings = report.findings.length
    ? `<div class="scroll"><table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>${report.findings
        .map(
          (f) =>
            `<tr class="${f.severity}"><td>${esc(f.severity)}${isPlanted(f) ? ' <span class="planted">planted</span>' : ''}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(formatLocation(f) || '—')}</td><td><strong>${esc(f.title)}</strong> ${esc(f.message)}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '<p class="none">No findings.</p>';
  const { notices, warnings } = report.counts;
  const sections = (report.sections ?? [])
    .map(
      (s) =>
        `<h3>${esc(s.title)}</h3>\n${s.chart ? barChart(s.chart, s.title) : ''}${markdownToHtml(s.markdown, Boolean(s.chart))}`,
    )
    .join('\n');
  return `<section class="card ${pass ? 'pass' : asDesigned ? 'planted-fail' : 'fail'}" id="${esc(report.check)}">
<header><h2>${esc(meta.titles?.[report.check] ?? humanize(report.check))}</h2><span class="verdict">${pass ? 'PASS' : 'FAIL'}</span></header>
${asDesigned ? '<p class="designed">Failed as designed: every error is a planted finding.</p>' : ''}
<p class="counts">${errors.length} error(s) · ${warnings} warning(s) · ${notices} notice(s) · ${(report.durationMs / 1000).toFixed(1)} s</p>
${sections}
<h3>Findings</h3>
${findings}
</section>`;
}

function headline(reports: Report[], meta: HtmlReportMeta): { text: string; good: boolean } {
  const failed = reports.filter((r) => r.result === 'fail');
  const allPlanted = failed.every((r) =>
    r.findings.filter((f) => f.severity === 'error').every((f) => meta.planted?.(f, r) ?? false),
  );
  if (meta.headline) return { text: meta.headline, good: allPlanted };
  const passed = `${reports.length - failed.length} of ${reports.length} gate(s) passed`;
  if (failed.length === 0) return { text: `All ${reports.length} gate(s) passed.`, good: true };
  if (allPlanted) return { text: `${passed}; the others failed only on planted findings, as designed.`, good: true };
  return { text: `${passed}; ${failed.map((r) => r.check).join(', ')} failed.`, good: false };
}

/** "Top N fixes" as an HTML section (src/core/impact.ts ranks them); every string escaped. */
export function topFixesHtml(fixes: TopFix[]): string {
  const items = fixes.map(
    (f) =>
      `<li><b>${esc(f.impact)}</b> · ${esc(f.severity)} · ${esc(f.check)} <code>${esc(f.ruleId)}</code>${f.location ? ` at <code>${esc(f.location)}</code>` : ''}: ${esc(f.title)}<br>Fix: ${esc(f.fix)}</li>`,
  );
  return `<section class="top-fixes card" id="top-fixes"><h2>Top ${fixes.length} fix${fixes.length === 1 ? '' : 'es'}</h2>${fixes.length ? `<ol>${items.join('')}</ol>` : '<p class="none">Nothing to fix.</p>'}</section>\n`;
}

/** A self-contained page: the headline, then one card per gate drawn from its report alone (sections, charts, findings). */
export function renderHtmlReport(reports: Report[], meta: HtmlReportMeta): string {
  const head = headline(reports, meta);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style>
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
.headline{font-size:17px;font-weight:600;margin:8px 0 4px;padding:10px 14px;border-radius:8px;background:#e3f5ea;color:#1e5a36}
.headline.bad{background:#fde8e8;color:#8a1f1f}
.summary{margin:0 0 20px;color:#4a5263;overflow-wrap:anywhere}
.grid{display:grid;gap:16px;grid-template-columns:minmax(0,1fr)}
.card{background:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08);border-left:6px solid #2e9e5b;min-width:0;overflow-wrap:anywhere}
.card.fail{border-left-color:#d64545}
.card.planted-fail{border-left-color:#c98a00}
.card.top-fixes{margin-bottom:16px;border-left-color:#3b6fd6}
.card header{display:flex;flex-wrap:wrap;gap:8px;justify-content:space-between;align-items:center}
.card h2{font-size:18px;margin:0}
.card h3{font-size:14px;margin:14px 0 6px;color:#3b4252}
.verdict{font-weight:700;padding:2px 10px;border-radius:12px;background:#e3f5ea;color:#1e7a45}
.fail .verdict{background:#fde8e8;color:#b32d2d}
.planted-fail .verdict{background:#fff4d6;color:#7a5300}
.designed{margin:6px 0;color:#7a5300;font-weight:600}
.planted{font-size:11px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:8px;background:#fff4d6;color:#7a5300}
.counts{color:#596275;margin:6px 0 10px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #e6e8ec;vertical-align:top;overflow-wrap:break-word}
td code,td pre{overflow-wrap:anywhere}
tr.error td:first-child{color:#b32d2d;font-weight:600}
tr.warning td:first-child{color:#9a6700;font-weight:600}
code{font-size:12px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px}
.none{color:#596275}
svg .bar{fill:#4c8bf5}svg .bar.over{fill:#d64545}svg .limit{stroke:#1d2330;stroke-width:2;stroke-dasharray:3 2}
svg .tick{stroke:#e6e8ec}svg .axis{font-size:10px;fill:#596275;text-anchor:middle}
svg text{font-size:12px;fill:#1d2330}
figure{margin:0 0 12px}figcaption{font-size:12px;color:#596275}
@media (max-width:600px){main{padding:12px}.card{padding:12px}th,td{padding:4px}}
</style>
</head>
<body>
<main>
<h1>${esc(meta.title)}</h1>
<p class="headline${head.good ? '' : ' bad'}">${esc(head.text)}</p>
<p class="summary">generated ${esc(meta.generated.toISOString())}${meta.note ? ` · ${esc(meta.note)}` : ''}</p>
${meta.topFixes ? topFixesHtml(meta.topFixes) : ''}<div class="grid">
${reports.map((r) => card(r, meta)).join('\n')}
</div>
</main>
</body>
</html>
`;
}
