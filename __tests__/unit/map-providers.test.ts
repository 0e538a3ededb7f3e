import { describe, expect, it } from '@jest/globals';
import { HOSTING_PROVIDERS, recognizeHosting, recognizeMail, spfIncludes } from '../../src/map/providers.js';

describe('hosting recognition', () => {
  it.each([
    [['cname.vercel-dns.com.'], [], 'Vercel'],
    [['my-site.netlify.app'], [], 'Netlify'],
    [['my-app.fly.dev'], [], 'Fly.io'],
    [['my-app.onrender.com'], [], 'Render'],
    [['shiny-1234.herokudns.com'], [], 'Heroku'],
    [['octo.github.io'], [], 'GitHub Pages'],
    [['d111111abcdef8.cloudfront.net'], [], 'AWS CloudFront'],
    [['my-lb-1234.us-east-1.elb.amazonaws.com'], [], 'AWS Elastic Load Balancing'],
    [['ghs.googlehosted.com'], [], 'Google Cloud'],
    [['app.azurewebsites.net'], [], 'Azure'],
    [['example.com.cdn.cloudflare.net'], [], 'Cloudflare'],
    [[], ['104.16.1.1'], 'Cloudflare'],
    [[], ['2606:4700::6810:1'], 'Cloudflare'],
    [[], ['76.76.21.21'], 'Vercel'],
    [[], ['75.2.60.5'], 'Netlify'],
    [[], ['216.24.57.1'], 'Render'],
    [[], ['185.199.110.153'], 'GitHub Pages'],
    [[], ['199.36.158.100'], 'Google Cloud'],
  ])('%j %j is %s', (cnames, addresses, provider) => {
    expect(recognizeHosting(cnames, addresses)?.provider).toBe(provider);
  });

  it('says which range matched, with its dated source', () => {
    const hit = recognizeHosting([], ['185.199.108.153']);
    expect(hit?.evidence).toMatch(
      /185\.199\.108\.153 in 185\.199\.108\.153\/32 \(https:\/\/docs\.github\.com.*read \d{4}-\d{2}-\d{2}\)/,
    );
  });

  it('does not guess: unknown names and addresses, and look-alike suffixes, are not recognised', () => {
    expect(recognizeHosting(['evilvercel-dns.com'], ['203.0.113.10'])).toBeUndefined();
    expect(recognizeHosting(['vercel-dns.com.attacker.net'], ['not-an-ip'])).toBeUndefined();
  });

  it('every provider with ranges dates them and names a source', () => {
    for (const p of HOSTING_PROVIDERS.filter((x) => x.ranges)) {
      expect(p.ranges!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.ranges!.source).toMatch(/^https:\/\//);
    }
    const names = HOSTING_PROVIDERS.map((p) => p.name).join(',');
    for (const n of [
      'Cloudflare',
      'Vercel',
      'Netlify',
      'Fly.io',
      'Render',
      'Heroku',
      'GitHub Pages',
      'CloudFront',
      'Google Cloud',
      'Azure',
    ])
      expect(names).toContain(n);
  });
});

describe('mail recognition', () => {
  it.each([
    [['aspmx.l.google.com'], 'v=spf1 include:_spf.google.com ~all', 'Google Workspace', 'Google Workspace'],
    [
      ['example-com.mail.protection.outlook.com'],
      'v=spf1 include:spf.protection.outlook.com -all',
      'Microsoft 365',
      'Microsoft 365',
    ],
    [['mxa.mailgun.org'], 'v=spf1 include:mailgun.org ~all', 'Mailgun', 'Mailgun'],
    [['inbound-smtp.us-east-1.amazonaws.com'], 'v=spf1 include:amazonses.com ~all', 'Amazon SES', 'Amazon SES'],
    [[], 'v=spf1 include:sendgrid.net -all', undefined, 'SendGrid'],
    [[], 'v=spf1 include:spf.mtasv.net -all', undefined, 'Postmark'],
    [[], 'v=spf1 redirect=_spf.resend.com', undefined, 'Resend'],
  ])('MX %j and SPF %s', (mx, spf, receives, sends) => {
    const got = recognizeMail(mx, spf, []);
    expect(got.receiving[0]?.provider).toBe(receives);
    expect(got.sending[0]?.provider).toBe(sends);
  });

  it('a DKIM selector alone names a provider only when it is unmistakable', () => {
    expect(recognizeMail([], undefined, ['resend']).sending.map((s) => s.provider)).toEqual(['Resend']);
    expect(recognizeMail([], undefined, ['mail', 's1']).sending).toEqual([]);
  });

  it('reads include: and redirect= terms only', () => {
    expect(
      spfIncludes('v=spf1 ip4:1.2.3.4 include:_spf.google.com ~include:x.example redirect=y.example. -all'),
    ).toEqual(['_spf.google.com', 'x.example', 'y.example']);
  });
});
