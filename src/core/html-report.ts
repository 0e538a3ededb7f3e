import { formatLocation, type Report } from './finding.js';

const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TITLES: Record<string, string> = {
  'secret-scan': 'Secret scan',
  'smoke-test': 'Smoke test',
  'latency-budget': 'p95 latency budget',
  'migration-check': 'Migration check',
  'dns-check': 'DNS, email and TLS',
  'bundle-budget': 'Bundle size budget',
};

/** p95 bars against each route's budget, as inline SVG (the page must work offline, with no scripts). */
function latencyChart(report: Report): string {
  const routes = Object.values(
    (report.metrics.routes ?? {}) as Record<string, { name: string; p95: number; budget: number }>,
  );
  if (routes.length === 0) return '';
  const max = Math.max(...routes.map((r) => Math.max(r.p95, r.budget))) * 1.1 || 1;
  const rowH = 28;
  const width = 560;
  const labelW = 150;
  const scale = (v: number) => ((width - labelW - 70) * v) / max;
  const rows = routes
    .map((r, i) => {
      const y = i * rowH + 6;
      const over = r.p95 > r.budget;
      return `<text x="0" y="${y + 14}" class="label">${esc(r.name)}</text>
<rect x="${labelW}" y="${y}" width="${Math.max(1, scale(r.p95)).toFixed(1)}" height="18" class="${over ? 'bar over' : 'bar'}"><title>p95 ${esc(r.p95)} ms</title></rect>
<line x1="${(labelW + scale(r.budget)).toFixed(1)}" x2="${(labelW + scale(r.budget)).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" class="budget"><title>budget ${esc(r.budget)} ms</title></line>
<text x="${(labelW + Math.max(scale(r.p95), scale(r.budget)) + 6).toFixed(1)}" y="${y + 14}" class="value">${esc(r.p95)} / ${esc(r.budget)} ms</text>`;
    })
    .join('\n');
  const table = `<table><thead><tr><th>Route</th><th>Requests</th><th>p50</th><th>p95</th><th>p99</th><th>Budget</th></tr></thead><tbody>${(
    routes as any[]
  )
    .map(
      (r) =>
        `<tr><td>${esc(r.name)}</td><td>${esc(r.requests ?? '')}</td><td>${esc(r.p50 ?? '')} ms</td><td>${esc(r.p95)} ms</td><td>${esc(r.p99 ?? '')} ms</td><td>${esc(r.budget)} ms</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return `<figure><svg role="img" aria-label="p95 latency per route against its budget" viewBox="0 0 ${width} ${routes.length * rowH + 8}" width="${width}" style="max-width:100%">${rows}</svg>
<figcaption>p95 per route (bar) against its budget (dashed line)</figcaption></figure>${table}`;
}

/** One line of what was checked, so a passing card says more than "no findings". */
function facts(report: Report): string {
  const m = report.metrics as Record<string, any>;
  const parts: string[] = [];
  if (report.check === 'secret-scan' && m.scope)
    parts.push(`${m.scope}: ${m.commits} commit(s), ${m.files} file(s), ${m.bytes} bytes, ${m.engine}`);
  if (report.check === 'smoke-test' && m.passed !== undefined)
    parts.push(`${m.passed} check(s) passed, ${m.failed} failed, ${m.durationMs} ms in all`);
  if (report.check === 'migration-check' && m.files !== undefined)
    parts.push(`${m.files} migration file(s), ${m.linted} linted, ${m.applied} statement(s) applied on ${m.engine}`);
  if (report.check === 'dns-check' && m.domain) parts.push(`${m.domain} against ${m.source}`);
  if (report.check === 'bundle-budget' && m.entries)
    for (const e of Object.values(m.entries) as any[])
      parts.push(`${e.name}: ${(e.size / 1000).toFixed(1)} kB ${e.compression} of ${e.limit}`);
  return parts.length ? `<p class="facts">${esc(parts.join(' · '))}</p>` : '';
}

function card(report: Report): string {
  const pass = report.result === 'pass';
  const findings = report.findings.length
    ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>${report.findings
        .map(
          (f) =>
            `<tr class="${f.severity}"><td>${esc(f.severity)}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(formatLocation(f) || '—')}</td><td><strong>${esc(f.title)}</strong> ${esc(f.message)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="none">No findings.</p>';
  const { errors, warnings, notices } = report.counts;
  return `<section class="card ${pass ? 'pass' : 'fail'}" id="${esc(report.check)}">
<header><h2>${esc(TITLES[report.check] ?? report.check)}</h2><span class="verdict">${pass ? 'PASS' : 'FAIL'}</span></header>
<p class="counts">${errors} error(s) · ${warnings} warning(s) · ${notices} notice(s) · ${(report.durationMs / 1000).toFixed(1)} s</p>
${facts(report)}
${report.check === 'latency-budget' ? latencyChart(report) : ''}
${findings}
</section>`;
}

/** A self-contained page: one card per gate with its verdict, findings and (for latency) the chart. */
export function renderHtmlReport(reports: Report[], meta: { title: string; generated: Date; note?: string }): string {
  const failed = reports.filter((r) => r.result === 'fail').length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}
.summary{margin:0 0 20px;color:#4a5263}
.grid{display:grid;gap:16px}
.card{background:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.08);border-left:6px solid #2e9e5b}
.card.fail{border-left-color:#d64545}
.card header{display:flex;justify-content:space-between;align-items:center}
.card h2{font-size:18px;margin:0}
.verdict{font-weight:700;padding:2px 10px;border-radius:12px;background:#e3f5ea;color:#1e7a45}
.fail .verdict{background:#fde8e8;color:#b32d2d}
.counts{color:#596275;margin:6px 0 10px}
.facts{margin:0 0 10px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-top:1px solid #e6e8ec;vertical-align:top}
tr.error td:first-child{color:#b32d2d;font-weight:600}
tr.warning td:first-child{color:#9a6700;font-weight:600}
code{font-size:12px}
.none{color:#596275}
svg .bar{fill:#4c8bf5}svg .bar.over{fill:#d64545}svg .budget{stroke:#1d2330;stroke-width:2;stroke-dasharray:3 2}
svg text{font-size:12px;fill:#1d2330}
figure{margin:0 0 12px}figcaption{font-size:12px;color:#596275}
</style>
</head>
<body>
<main>
<h1>${esc(meta.title)}</h1>
<p class="summary">${reports.length - failed} of ${reports.length} gate(s) passed · generated ${esc(meta.generated.toISOString())}${meta.note ? ` · ${esc(meta.note)}` : ''}</p>
<div class="grid">
${reports.map(card).join('\n')}
</div>
</main>
</body>
</html>
`;
}
