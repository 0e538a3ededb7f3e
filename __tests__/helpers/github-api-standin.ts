/**
 * A local stand-in for the parts of the GitHub REST API the uptime gate uses: branches, the git data API (trees,
 * commits, refs, blobs), the contents API with sha checks (409 on a stale sha, 422 on a missing one, as GitHub
 * answers), and issues with comments. Tests inject faults: a 5xx on the next matching request, or another
 * writer's commit landing between a read and a write (a real conflict, not a faked status).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listen } from './servers.js';

export interface StandinIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  comments: string[];
}

export interface Fault {
  method: string;
  /** Matched against the decoded path. */
  path: RegExp;
  status: number;
}

const blobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');

export class GitHubApiStandin {
  readonly branches = new Map<string, Map<string, string>>();
  readonly issues: StandinIssue[] = [];
  readonly requests: { method: string; path: string; status: number }[] = [];
  readonly faults: Fault[] = [];
  /** Before the next PUT of a file, this text is appended to it by "another run" (then the PUT's sha is stale). */
  readonly concurrentAppends: string[] = [];
  /** Files larger than this are served without content by the contents API, as GitHub does over 1 MB. */
  contentLimit = 1024 * 1024;
  private readonly blobs = new Map<string, string>();
  private readonly trees = new Map<string, Map<string, string>>();
  private readonly commits = new Map<string, string>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (d) => (raw += d));
      req.on('end', () => {
        const { status, body } = this.handle(req, raw);
        this.requests.push({
          method: req.method!,
          path: decodeURIComponent(new URL(req.url!, 'http://x').pathname),
          status,
        });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    this.url = await listen(this.server);
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  file(branch: string, path: string): string | undefined {
    return this.branches.get(branch)?.get(path);
  }

  private handle(req: IncomingMessage, raw: string): { status: number; body: unknown } {
    const url = new URL(req.url!, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const method = req.method!;
    if (!req.headers.authorization) return { status: 401, body: { message: 'Requires authentication' } };
    const fault = this.faults.findIndex((f) => f.method === method && f.path.test(path));
    if (fault >= 0) {
      const [f] = this.faults.splice(fault, 1);
      return { status: f.status, body: { message: `stand-in fault ${f.status}` } };
    }
    const body = raw ? JSON.parse(raw) : {};
    const m = /^\/repos\/[^/]+\/[^/]+\/(.*)$/.exec(path);
    if (!m) return { status: 404, body: { message: 'Not Found' } };
    const rest = m[1];
    let g: RegExpExecArray | null;
    if ((g = /^branches\/(.+)$/.exec(rest)) && method === 'GET')
      return this.branches.has(g[1])
        ? { status: 200, body: { name: g[1] } }
        : { status: 404, body: { message: 'Branch not found' } };
    if (rest === 'git/trees' && method === 'POST') {
      const files = new Map<string, string>();
      for (const t of body.tree) files.set(t.path, t.content);
      const sha = blobSha(JSON.stringify([...files]));
      this.trees.set(sha, files);
      return { status: 201, body: { sha } };
    }
    if (rest === 'git/commits' && method === 'POST') {
      const sha = blobSha(`commit ${body.tree} ${body.message}`);
      this.commits.set(sha, body.tree);
      return { status: 201, body: { sha } };
    }
    if (rest === 'git/refs' && method === 'POST') {
      const name = String(body.ref).replace(/^refs\/heads\//, '');
      if (this.branches.has(name)) return { status: 422, body: { message: 'Reference already exists' } };
      this.branches.set(name, new Map(this.trees.get(this.commits.get(body.sha)!)));
      return { status: 201, body: { ref: body.ref } };
    }
    if ((g = /^git\/blobs\/([0-9a-f]+)$/.exec(rest)) && method === 'GET') {
      const text = this.blobs.get(g[1]);
      return text === undefined
        ? { status: 404, body: { message: 'Not Found' } }
        : { status: 200, body: { sha: g[1], content: Buffer.from(text).toString('base64'), encoding: 'base64' } };
    }
    if ((g = /^contents\/(.+)$/.exec(rest))) {
      const file = g[1];
      const branchName = method === 'GET' ? (url.searchParams.get('ref') ?? 'main') : (body.branch ?? 'main');
      const branch = this.branches.get(branchName);
      if (!branch) return { status: 404, body: { message: 'No commit found for the ref' } };
      if (method === 'GET') {
        const text = branch.get(file);
        if (text === undefined) return { status: 404, body: { message: 'Not Found' } };
        const sha = blobSha(text);
        this.blobs.set(sha, text);
        const big = Buffer.byteLength(text) > this.contentLimit;
        return {
          status: 200,
          body: {
            sha,
            path: file,
            encoding: big ? 'none' : 'base64',
            content: big ? '' : Buffer.from(text).toString('base64'),
          },
        };
      }
      if (method === 'PUT') {
        const other = this.concurrentAppends.shift();
        if (other !== undefined) branch.set(file, (branch.get(file) ?? '') + other);
        const current = branch.get(file);
        if (current !== undefined && !body.sha)
          return { status: 422, body: { message: 'Invalid request. "sha" wasn\'t supplied.' } };
        if (current !== undefined && body.sha !== blobSha(current))
          return { status: 409, body: { message: `${file} does not match ${body.sha}` } };
        const text = Buffer.from(body.content, 'base64').toString('utf8');
        branch.set(file, text);
        return { status: current === undefined ? 201 : 200, body: { content: { sha: blobSha(text), path: file } } };
      }
    }
    if (rest === 'issues' && method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      return {
        status: 200,
        body: this.issues.filter((i) => i.state === state && labels.every((l) => i.labels.includes(l))),
      };
    }
    if (rest === 'issues' && method === 'POST') {
      const issue: StandinIssue = {
        number: this.issues.length + 1,
        title: body.title,
        body: body.body ?? '',
        labels: body.labels ?? [],
        state: 'open',
        comments: [],
      };
      this.issues.push(issue);
      return { status: 201, body: issue };
    }
    if ((g = /^issues\/(\d+)\/comments$/.exec(rest)) && method === 'POST') {
      const issue = this.issues.find((i) => i.number === Number(g![1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      issue.comments.push(body.body);
      return { status: 201, body: { id: issue.comments.length } };
    }
    if ((g = /^issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(g![1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      if (body.state) issue.state = body.state;
      return { status: 200, body: issue };
    }
    return { status: 404, body: { message: `stand-in has no ${method} ${rest}` } };
  }
}

export async function startGitHubApiStandin(): Promise<GitHubApiStandin> {
  return new GitHubApiStandin().start();
}
