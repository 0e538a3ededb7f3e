import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  rawMarkdown
} from "./chunk-CPIU5C7B.js";
import {
  splitCodeSpans
} from "./chunk-DLCS5LTK.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/map/html.ts
init_define_LAUNCHGATE_GATES();

// src/core/html.ts
init_define_LAUNCHGATE_GATES();
var escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
function tableCells(row) {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
function tableHtml(rows, inline2) {
  const [head, , ...body] = rows;
  const row = (r, tag) => tableCells(r).map((c) => `<${tag}>${inline2(c)}</${tag}>`).join("");
  return `<table><thead><tr>${row(head, "th")}</tr></thead><tbody>${body.map((r) => `<tr>${row(r, "td")}</tr>`).join("")}</tbody></table>`;
}

// src/map/html.ts
var esc = escapeHtml;
function inline(text) {
  return splitCodeSpans(text).map(
    (p) => p.code ? `<code>${esc(p.content.trim().replace(/\\\|/g, "|"))}</code>` : esc(p.raw.replace(/\\([\\|])/g, "$1")).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
  ).join("");
}
function launchMapHtml(map, opts = {}) {
  const lines = rawMarkdown(map, opts).split("\n");
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
      i++;
    } else if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
      out.push(tableHtml(rows, inline));
    } else if (/^(- |\d+\. )/.test(line)) {
      const items = [];
      for (; i < lines.length && /^(- |\d+\. )/.test(lines[i]); i++) items.push(lines[i].replace(/^(- |\d+\. )/, ""));
      out.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</ul>`);
    } else if (line.trim() === "") i++;
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
<title>Launch map${map.domain ? `: ${esc(map.domain)}` : ""}</title>
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
${out.join("\n")}
</main>
</body>
</html>
`;
}

export {
  escapeHtml,
  tableHtml,
  launchMapHtml
};
