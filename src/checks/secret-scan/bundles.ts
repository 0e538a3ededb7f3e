import { SourceMapConsumer } from 'source-map-js';
import { HttpClient, NetworkError } from '../http/client.js';
import type { Scanner, SecretHit } from './scanner.js';

const MAX_SCRIPTS = 50;
const MAX_BYTES = 5 * 1024 * 1024;

export interface BundleScan {
  hits: (SecretHit & { url: string })[];
  fetched: string[];
  problems: string[];
  bytes: number;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/**
 * `<script src=…>` values of a page. Each `<script` tag is cut out up to its `>` first and only that tag is
 * searched, so a page of unclosed `<script` tags is read once (a regex over the rest of the page from every
 * `<script` is quadratic).
 */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  const lower = html.toLowerCase();
  for (let at = lower.indexOf('<script'); at >= 0; at = lower.indexOf('<script', at + 7)) {
    const close = lower.indexOf('>', at);
    if (close < 0) break; // an unclosed tag at the end loads nothing
    const tag = html.slice(at, close);
    if (/^<script[\s/]/i.test(tag + ' ')) {
      const m = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag);
      if (m) out.push(m[1]);
    }
    at = close - 7;
  }
  return out;
}

function sourceMapUrl(js: string, headers: Record<string, string>): string | undefined {
  const header = headers['sourcemap'] ?? headers['x-sourcemap'];
  if (header) return header;
  const m = /\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/.exec(js.slice(-4096));
  return m && !m[1].startsWith('data:') ? m[1] : undefined;
}

/**
 * Fetches each page, the same-origin scripts it loads and their source maps, and scans what a browser would
 * receive. Only http(s) URLs on the origins of the given pages are fetched, bounded in count and size.
 */
export async function scanDeployedBundles(urls: string[], scanner: Scanner, timeoutMs = 15000): Promise<BundleScan> {
  const client = new HttpClient({ timeoutMs, retries: 1, maxBodyBytes: MAX_BYTES });
  const result: BundleScan = { hits: [], fetched: [], problems: [], bytes: 0 };
  const origins = new Set<string>();
  for (const u of urls) {
    const parsed = new URL(u);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new Error(`only http(s) URLs can be scanned: ${u}`);
    origins.add(parsed.origin);
  }
  const seen = new Set<string>();
  // Redirects are followed by hand, and only within the origins given: a script that redirects to
  // 169.254.169.254 or a private host must not make the scan fetch it and echo part of the answer.
  const get = async (start: string) => {
    let url = start;
    let res;
    for (let hop = 0; ; hop++) {
      res = await client.send({ method: 'GET', url, headers: {} }, { followRedirects: false });
      const location = res.headers.location;
      if (!REDIRECT_STATUS.has(res.status) || !location) break;
      const next = new URL(location, url);
      if (!origins.has(next.origin))
        throw new Error(
          `${url} redirects to ${next.origin}, outside the origins of the given urls (${[...origins].join(', ')}): not followed`,
        );
      if (hop >= MAX_REDIRECTS) throw new Error(`${start}: more than ${MAX_REDIRECTS} redirects`);
      url = next.href;
    }
    result.fetched.push(url);
    result.bytes += Buffer.byteLength(res.body);
    if (res.truncated) result.problems.push(`${url}: larger than ${MAX_BYTES} bytes; only the first part was scanned`);
    return res;
  };
  try {
    for (const page of urls) {
      let html;
      try {
        html = await get(page);
      } catch (err) {
        result.problems.push(err instanceof NetworkError ? err.message : `${page}: ${(err as Error).message}`);
        continue;
      }
      for (const h of scanner.scan({ file: new URL(page).pathname || '/', text: html.body }))
        result.hits.push({ ...h, url: page });
      for (const src of scriptSources(html.body)) {
        const scriptUrl = new URL(src, page);
        if (!origins.has(scriptUrl.origin) || seen.has(scriptUrl.href)) continue;
        if (seen.size >= MAX_SCRIPTS) {
          result.problems.push(`more than ${MAX_SCRIPTS} scripts: the rest were not fetched`);
          break;
        }
        seen.add(scriptUrl.href);
        let js;
        try {
          js = await get(scriptUrl.href);
        } catch (err) {
          result.problems.push(
            err instanceof NetworkError ? err.message : `${scriptUrl.href}: ${(err as Error).message}`,
          );
          continue;
        }
        const hits = scanner.scan({ file: scriptUrl.pathname, text: js.body });
        const mapRef = hits.length ? sourceMapUrl(js.body, js.headers) : undefined;
        let consumer: SourceMapConsumer | undefined;
        if (mapRef) {
          const mapUrl = new URL(mapRef, scriptUrl);
          if (origins.has(mapUrl.origin)) {
            try {
              consumer = new SourceMapConsumer(JSON.parse((await get(mapUrl.href)).body));
            } catch (err) {
              result.problems.push(`${mapUrl.href}: source map unreadable (${(err as Error).message})`);
            }
          }
        }
        for (const h of hits) {
          const original = consumer?.originalPositionFor({ line: h.line, column: h.column - 1 });
          result.hits.push(
            original?.source
              ? {
                  ...h,
                  file: original.source.replace(/^webpack:\/\/\/?/, ''),
                  line: original.line ?? h.line,
                  column: (original.column ?? 0) + 1,
                  url: scriptUrl.href,
                }
              : { ...h, url: scriptUrl.href },
          );
        }
      }
    }
  } finally {
    await client.close();
  }
  return result;
}
