/** A Slack-like incoming-webhook receiver: records each POST and answers as told (200 "ok" by default). */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { listen } from './servers.js';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class SlackStandin {
  readonly received: Received[] = [];
  status = 200;
  answer = 'ok';
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        this.received.push({ path: req.url!, headers: req.headers, body });
        res.writeHead(this.status, { 'content-type': 'text/plain' });
        res.end(this.answer);
      });
    });
    this.url = await listen(this.server);
    return this;
  }

  /** A webhook URL with a secret-looking path, as Slack's are. */
  hook(name = 'T0001/B0002/xoxSecretPath1234567890'): string {
    return `${this.url}/services/${name}`;
  }

  texts(): string[] {
    return this.received.map((r) => {
      try {
        return JSON.parse(r.body).text ?? r.body;
      } catch {
        return r.body;
      }
    });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

export async function startSlackStandin(): Promise<SlackStandin> {
  return new SlackStandin().start();
}
