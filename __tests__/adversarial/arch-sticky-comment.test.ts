/**
 * L5: the sticky pull-request comment is the one carrying the marker AND written by the token's own identity. On
 * the old main, any comment containing the marker (pasted by anyone) was taken as the bot's and overwritten or,
 * with a foreign author, failed to update and no result was posted at all.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction } from '../helpers/run-action.js';

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

describe('sticky PR comment: matched by marker and author; a failed update posts a new comment', () => {
  const comments: Comment[] = [];
  const calls: string[] = [];
  let whoami: string | undefined = 'launchgate-bot';
  let refuseUpdates = false;
  let server: Server;
  let api: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls.push(`${req.method} ${req.url}`);
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && req.url === '/user') {
          if (!whoami) {
            res.statusCode = 403;
            return res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
          }
          return res.end(JSON.stringify({ login: whoami }));
        }
        if (req.method === 'GET') return res.end(JSON.stringify(comments));
        const parsed = JSON.parse(body);
        if (req.method === 'POST') {
          comments.push({
            id: comments.length + 1,
            body: parsed.body,
            user: { login: whoami ?? 'github-actions[bot]' },
          });
          res.statusCode = 201;
          return res.end(JSON.stringify(comments.at(-1)));
        }
        const id = Number(req.url!.split('/').pop());
        const target = comments.find((c) => c.id === id)!;
        if (refuseUpdates || target.user.login !== (whoami ?? 'github-actions[bot]')) {
          res.statusCode = 403;
          return res.end(JSON.stringify({ message: 'Must have admin rights to Repository.' }));
        }
        target.body = parsed.body;
        res.end(JSON.stringify({ id }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  const run = () =>
    runAction('migration-check', {
      inputs: { apply: 'none', 'pr-comment': 'true', 'github-token': 'ghs_faketoken1234567890' },
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      env: { GITHUB_API_URL: api },
    });

  test("a marker in someone else's comment is not ours; ours is updated; a refused update posts anew", async () => {
    comments.push({ id: 1, body: '<!-- launchgate:migration-check -->\nlooks fine to me', user: { login: 'mallory' } });
    await run();
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'launchgate-bot']);
    expect(comments[0].body).toBe('<!-- launchgate:migration-check -->\nlooks fine to me');
    expect(comments[1].body).toContain('<!-- launchgate:migration-check -->');

    comments[1].body = '<!-- launchgate:migration-check -->\nstale';
    await run();
    expect(comments).toHaveLength(2);
    expect(comments[1].body).not.toContain('stale');
    expect(calls).toContain('PATCH /repos/acme/ops-app/issues/comments/2');

    refuseUpdates = true;
    const third = await run();
    refuseUpdates = false;
    expect(comments).toHaveLength(3);
    expect(comments[2].body).toContain('<!-- launchgate:migration-check -->');
    expect(third.annotations.some((a) => a.level === 'warning' && /Could not update comment 2/.test(a.message))).toBe(
      true,
    );
  });

  test('with GITHUB_TOKEN (GET /user refused) the identity is github-actions[bot]', async () => {
    comments.length = 0;
    whoami = undefined;
    comments.push({ id: 1, body: '<!-- launchgate:migration-check -->\nold', user: { login: 'github-actions[bot]' } });
    await run();
    expect(comments).toHaveLength(1);
    expect(comments[0].body).not.toContain('\nold');
  });
});
