/**
 * The text a person sees on an HTML page: no <head>, <script>, <style>, <template> or <noscript>, no tags,
 * entities decoded, whitespace collapsed. One pass with indexOf, so a hostile page cannot make it slow.
 */
const HIDDEN = ['head', 'script', 'style', 'template', 'noscript', 'svg'];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function looksLikeHtml(contentType: string | undefined, body: string): boolean {
  if (contentType && /\bhtml\b/i.test(contentType)) return true;
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(body.slice(0, 200));
}

export function visibleText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = /^<\s*([a-zA-Z][\w-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)))?.[1]?.toLowerCase();
    i = gt + 1;
    if (name && HIDDEN.includes(name) && html[gt - 1] !== '/') {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : Math.max(i, lower.indexOf('>', close) + 1 || html.length);
    }
    out.push(' ');
  }
  return decodeEntities(out.join('')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
