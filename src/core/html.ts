/** HTML pieces shared by the pages launchgate writes (the HTML report, the launch map). */

export const escapeHtml = (s: unknown): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Splits a markdown table row at its unescaped pipes. */
export function tableCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A GFM table's lines (header, delimiter, body) as an HTML table; `inline` renders each cell's text. */
export function tableHtml(rows: string[], inline: (cell: string) => string): string {
  const [head, , ...body] = rows;
  const row = (r: string, tag: 'th' | 'td') =>
    tableCells(r)
      .map((c) => `<${tag}>${inline(c)}</${tag}>`)
      .join('');
  return `<table><thead><tr>${row(head, 'th')}</tr></thead><tbody>${body
    .map((r) => `<tr>${row(r, 'td')}</tr>`)
    .join('')}</tbody></table>`;
}
