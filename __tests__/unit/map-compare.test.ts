import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAP_FORMAT_VERSION, type LaunchMap } from '../../src/map/build.js';
import { compareMaps, readMapFile } from '../../src/map/compare.js';
import { launchMapMarkdown } from '../../src/map/render.js';
import { splitCodeSpans } from '../../src/core/markdown.js';

const base = (): LaunchMap => ({
  formatVersion: MAP_FORMAT_VERSION,
  generated: '2026-11-01T00:00:00.000Z',
  config: 'launchgate.yml',
  domain: 'example.com',
  dnsSource: 'zone file example.com.zone',
  names: [
    { name: 'example.com', cnames: [], addresses: ['76.76.21.21'], hosting: { provider: 'Vercel', evidence: 'x' } },
    { name: 'www.example.com', cnames: ['cname.vercel-dns.com'], addresses: [] },
  ],
  mail: {
    mx: ['aspmx.l.google.com'],
    spf: 'v=spf1 include:_spf.google.com -all',
    dkimSelectors: ['google'],
    receiving: [],
    sending: [],
    dmarc: { record: 'v=DMARC1; p=none', policy: 'none', rua: [] },
  },
  certificates: [
    { host: 'example.com', issuer: "Let's Encrypt / R11", validTo: '2026-12-01T00:00:00.000Z', daysLeft: 30 },
  ],
  environments: {
    uses: [
      {
        workflow: '.github/workflows/deploy.yml',
        job: 'deploy',
        environment: 'production',
        secrets: ['DEPLOY_KEY'],
        vars: [],
      },
    ],
    github: [],
  },
  releaseChecks: { gates: ['dns'], workflows: [], uptime: { schedules: [], alert: 'none' } },
  deploy: [{ workflow: '.github/workflows/deploy.yml', job: 'deploy', role: 'deploy', events: ['push'] }],
  owners: { dns: 'ana@example.com', hosting: null },
  risks: [],
});

describe('compareMaps', () => {
  it('nothing changed', () => {
    expect(compareMaps(base(), base())).toEqual([]);
  });

  it('a record pointing elsewhere, a renewed certificate, a new secret name, a new owner', () => {
    const after = base();
    after.names[0] = {
      name: 'example.com',
      cnames: [],
      addresses: ['104.16.1.1'],
      hosting: { provider: 'Cloudflare', evidence: 'y' },
    };
    after.certificates[0] = {
      ...after.certificates[0],
      validTo: '2027-03-01T00:00:00.000Z',
      issuer: 'Google Trust Services / WR1',
    };
    after.environments.uses[0].secrets.push('STRIPE_KEY');
    after.owners.hosting = 'ops@example.com';
    after.mail.dmarc!.policy = 'reject';
    after.names.push({ name: 'api.example.com', cnames: [], addresses: ['1.2.3.4'] });
    const texts = compareMaps(base(), after).map((c) => `${c.kind} ${c.area}: ${c.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        'changed name: example.com now points to 104.16.1.1 (was 76.76.21.21)',
        'changed name: example.com hosting is now Cloudflare (was Vercel)',
        expect.stringMatching(
          /^changed certificate: example\.com certificate renewed: expires 2027-03-01.*issuer now Google Trust Services/,
        ),
        'added secret: secret name STRIPE_KEY (production)',
        'changed owner: hosting owner is now ops@example.com (was missing)',
        'changed mail: DMARC policy is now reject (was none)',
        'added name: api.example.com → 1.2.3.4',
      ]),
    );
    expect(texts).toHaveLength(7);
  });

  it('a canonical redirect that changed', () => {
    const before = base();
    before.certificates[0].redirects = { http: '301 → https://example.com/', https: '200' };
    const after = base();
    after.certificates[0].redirects = { http: '200', https: '200' };
    expect(compareMaps(before, after).map((c) => c.text)).toEqual([
      'http://example.com/ now answers 200 (was 301 → https://example.com/)',
    ]);
  });

  it('removed names, deploy jobs and secrets are listed as removed', () => {
    const after = base();
    after.names.pop();
    after.deploy = [];
    after.environments.uses[0].secrets = [];
    const kinds = compareMaps(base(), after).map((c) => `${c.kind} ${c.area}`);
    expect(kinds.sort()).toEqual(['removed deploy', 'removed name', 'removed secret']);
  });
});

describe('readMapFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'map-compare-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads a map of this format version', () => {
    expect(readMapFile(write('ok.json', JSON.stringify(base()))).domain).toBe('example.com');
  });

  it('rejects another format version, naming both versions', () => {
    const file = write('v0.json', JSON.stringify({ ...base(), formatVersion: 0 }));
    expect(() => readMapFile(file, 'v0.json')).toThrow(
      `v0.json is launch map format version 0; this launchgate reads version ${MAP_FORMAT_VERSION}`,
    );
  });

  it('rejects what is not a launch map', () => {
    expect(() => readMapFile(write('x.json', '{"a":1}'), 'x.json')).toThrow(/no formatVersion/);
    expect(() => readMapFile(write('y.json', 'not json'), 'y.json')).toThrow(/is not JSON/);
    expect(() => readMapFile(path.join(dir, 'missing.json'), 'missing.json')).toThrow(/no such file/);
  });
});

describe('launchMapMarkdown', () => {
  it('with no setup risk but fixes from the gates, Open risks does not say "None found." alone', () => {
    expect(launchMapMarkdown(base())).toContain('## Open risks\n\nNone found.\n');
    const md = launchMapMarkdown(base(), { topFixes: '## Top 1 fix\n\n1. a planted key', fixCount: 1 });
    expect(md).not.toContain('None found.\n');
    expect(md).toContain("None found in the setup (names, mail, certificates, workflows, owners); the gates' findings");
    expect(md).toContain('1 fix in the list above.');
  });

  it('keeps hostile DNS and workflow text inert', () => {
    const map = base();
    map.names[0].addresses = ['<img src=x onerror=alert(1)>'];
    map.mail.spf = 'v=spf1 `x` [link](http://evil) @admins';
    map.owners.dns = '<script>alert(1)</script> @team [x](http://evil)';
    map.mail.unknown = '<img src=y> @team [z](http://evil)';
    const md = launchMapMarkdown(map);
    // Inside a code span nothing renders; outside one, no tag survives.
    expect(md).toContain('`<img src=x onerror=alert(1)>`');
    const outsideCode = splitCodeSpans(md)
      .filter((p) => !p.code)
      .map((p) => p.raw)
      .join('');
    expect(outsideCode).not.toMatch(/<img|<script|\]\(/);
    expect(outsideCode).not.toMatch(/@team|@admins/);
    expect(outsideCode).toContain('&lt;img src=y>');
  });
});
