import { describe, expect, it } from '@jest/globals';
import { MAP_FORMAT_VERSION, type LaunchMap } from '../../src/map/build.js';
import { launchMapHtml } from '../../src/map/html.js';

const map: LaunchMap = {
  formatVersion: MAP_FORMAT_VERSION,
  generated: '2026-11-01T00:00:00.000Z',
  config: 'launchgate.yml',
  domain: 'example.com',
  dnsSource: 'nameservers 127.0.0.1',
  names: [{ name: 'example.com', cnames: ['x`y.example'], addresses: ['<img src=x onerror=alert(1)>'] }],
  mail: { mx: [], dkimSelectors: [], receiving: [], sending: [], unknown: 'MX: <script>alert(1)</script> | pipe' },
  certificates: [],
  environments: { uses: [], github: [], githubUnknown: 'no token' },
  releaseChecks: { gates: ['dns'], workflows: [], uptime: { schedules: [], alert: 'none' } },
  deploy: [],
  owners: { dns: '"><svg onload=alert(1)>', hosting: null },
  risks: [{ id: 'r', text: 'a <b>risk</b> & more' }],
};

describe('launch-map.html', () => {
  it('draws the sections and escapes every value', () => {
    const html = launchMapHtml(map);
    expect(html).toContain('<h1>Launch map: <code>example.com</code></h1>');
    expect(html).toContain('<h2>Names</h2>');
    expect(html).toContain('<td><code>&lt;img src=x onerror=alert(1)&gt;</code></td>');
    expect(html).toContain('unknown (MX: &lt;script&gt;alert(1)&lt;/script&gt; | pipe)');
    expect(html).toContain('<li>a &lt;b&gt;risk&lt;/b&gt; &amp; more (<code>r</code>)</li>');
    expect(html).toContain('<td>hosting</td><td><strong>missing</strong></td>');
    expect(html).not.toMatch(/<(img|script|svg)\b/);
    expect(html).not.toMatch(/<[a-z]+[^>]*\son\w+=/i);
  });
});
