import { isIP } from 'node:net';
import { CLOUDFLARE_RANGES } from '../checks/dns-check/edge.js';
import { inNetwork, normalizeIp, parseCidr } from '../checks/dns-check/spf.js';

/**
 * A hosting provider, recognised by the names its customers CNAME to and by the addresses it publishes. `ranges`
 * are only those the provider documents for customers to point at (its "use this A record" addresses, or its whole
 * published list); `source` and `date` say where and when they were read, so a reader can tell how fresh they are.
 */
export interface HostingProvider {
  id: string;
  name: string;
  /** CNAME targets: a name equal to or under one of these suffixes. */
  cnameSuffixes: string[];
  ranges: { cidrs: string[]; source: string; date: string } | undefined;
}

export const HOSTING_PROVIDERS: HostingProvider[] = [
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    cnameSuffixes: ['cdn.cloudflare.net', 'pages.dev', 'workers.dev'],
    ranges: { cidrs: CLOUDFLARE_RANGES.cidrs, source: 'https://www.cloudflare.com/ips/', date: CLOUDFLARE_RANGES.date },
  },
  {
    id: 'vercel',
    name: 'Vercel',
    cnameSuffixes: ['vercel-dns.com', 'vercel.app', 'now.sh'],
    ranges: {
      cidrs: ['76.76.21.0/24', '216.198.79.0/24'],
      source: 'https://vercel.com/docs/domains/managing-dns-records (apex A records)',
      date: '2026-11-01',
    },
  },
  {
    id: 'netlify',
    name: 'Netlify',
    cnameSuffixes: ['netlify.app', 'netlify.com', 'netlifyglobalcdn.com'],
    ranges: {
      cidrs: ['75.2.60.5/32'],
      source: 'https://docs.netlify.com/domains-https/custom-domains/configure-external-dns/ (apex load balancer)',
      date: '2026-11-01',
    },
  },
  { id: 'fly', name: 'Fly.io', cnameSuffixes: ['fly.dev', 'edgeapp.net'], ranges: undefined },
  {
    id: 'render',
    name: 'Render',
    cnameSuffixes: ['onrender.com'],
    ranges: {
      cidrs: ['216.24.57.0/24'],
      source: 'https://render.com/docs/configure-other-dns (apex A record)',
      date: '2026-11-01',
    },
  },
  {
    id: 'heroku',
    name: 'Heroku',
    cnameSuffixes: ['herokudns.com', 'herokuapp.com', 'herokussl.com'],
    ranges: undefined,
  },
  {
    id: 'github-pages',
    name: 'GitHub Pages',
    cnameSuffixes: ['github.io'],
    ranges: {
      cidrs: [
        '185.199.108.153/32',
        '185.199.109.153/32',
        '185.199.110.153/32',
        '185.199.111.153/32',
        '2606:50c0:8000::153/128',
        '2606:50c0:8001::153/128',
        '2606:50c0:8002::153/128',
        '2606:50c0:8003::153/128',
      ],
      source: 'https://docs.github.com/en/pages/configuring-a-custom-domain-for-your-github-pages-site (apex records)',
      date: '2026-11-01',
    },
  },
  { id: 'aws-cloudfront', name: 'AWS CloudFront', cnameSuffixes: ['cloudfront.net'], ranges: undefined },
  {
    id: 'aws-elb',
    name: 'AWS Elastic Load Balancing',
    cnameSuffixes: ['elb.amazonaws.com', 'elb.amazonaws.com.cn'],
    ranges: undefined,
  },
  {
    id: 'google-cloud',
    name: 'Google Cloud',
    cnameSuffixes: ['ghs.googlehosted.com', 'run.app', 'appspot.com', 'web.app', 'firebaseapp.com'],
    ranges: {
      cidrs: ['199.36.158.100/32', '216.239.32.21/32', '216.239.34.21/32', '216.239.36.21/32', '216.239.38.21/32'],
      source:
        'https://firebase.google.com/docs/hosting/custom-domain and https://cloud.google.com/run/docs/mapping-custom-domains (apex A records)',
      date: '2026-11-01',
    },
  },
  {
    id: 'azure',
    name: 'Azure',
    cnameSuffixes: [
      'azurewebsites.net',
      'azureedge.net',
      'azurefd.net',
      'azurestaticapps.net',
      'cloudapp.azure.com',
      'cloudapp.net',
      'trafficmanager.net',
      'blob.core.windows.net',
    ],
    ranges: undefined,
  },
];

const bareName = (name: string) => name.toLowerCase().replace(/\.$/, '');
const under = (name: string, suffix: string) => name === suffix || name.endsWith(`.${suffix}`);

export interface Recognition {
  provider: string;
  /** What gave it away: "CNAME x.vercel-dns.com" or "76.76.21.21 in 76.76.21.0/24 (source, date)". */
  evidence: string;
}

/** The hosting a name points at, from its CNAME chain, then its addresses; undefined when none is known. */
export function recognizeHosting(cnames: string[], addresses: string[]): Recognition | undefined {
  for (const target of cnames.map(bareName))
    for (const p of HOSTING_PROVIDERS)
      if (p.cnameSuffixes.some((s) => under(target, s))) return { provider: p.name, evidence: `CNAME ${target}` };
  for (const address of addresses) {
    if (!isIP(address)) continue;
    const ip = normalizeIp(address);
    for (const p of HOSTING_PROVIDERS) {
      if (!p.ranges) continue;
      for (const cidr of p.ranges.cidrs) {
        const net = parseCidr(cidr);
        if (net && inNetwork(ip, net.network, net.prefix))
          return {
            provider: p.name,
            evidence: `${address} in ${cidr} (${p.ranges.source}, read ${p.ranges.date})`,
          };
      }
    }
  }
  return undefined;
}

/** A mail provider, recognised by its MX hosts, its SPF include, or its DKIM selector. */
export interface MailProvider {
  name: string;
  mx: string[];
  spf: string[];
  dkimSelectors?: string[];
}

export const MAIL_PROVIDERS: MailProvider[] = [
  {
    name: 'Google Workspace',
    mx: ['google.com', 'googlemail.com', 'smtp.google.com'],
    spf: ['_spf.google.com'],
    dkimSelectors: ['google'],
  },
  {
    name: 'Microsoft 365',
    mx: ['mail.protection.outlook.com'],
    spf: ['spf.protection.outlook.com'],
    dkimSelectors: ['selector1', 'selector2'],
  },
  { name: 'SendGrid', mx: ['mx.sendgrid.net'], spf: ['sendgrid.net'], dkimSelectors: ['s1', 's2'] },
  { name: 'Postmark', mx: ['inbound.postmarkapp.com'], spf: ['spf.mtasv.net', 'mtasv.net'] },
  { name: 'Resend', mx: [], spf: ['_spf.resend.com'], dkimSelectors: ['resend'] },
  { name: 'Amazon SES', mx: ['amazonaws.com', 'amazonses.com'], spf: ['amazonses.com'] },
  { name: 'Mailgun', mx: ['mailgun.org'], spf: ['mailgun.org'], dkimSelectors: ['mailo', 'smtp', 'k1'] },
  {
    name: 'Mailchimp Transactional',
    mx: [],
    spf: ['spf.mandrillapp.com', 'servers.mcsv.net'],
    dkimSelectors: ['mte1'],
  },
  { name: 'Brevo', mx: [], spf: ['spf.brevo.com', 'spf.sendinblue.com'], dkimSelectors: ['mail'] },
  { name: 'SparkPost', mx: [], spf: ['sparkpostmail.com'], dkimSelectors: ['scph0123'] },
  { name: 'Zoho Mail', mx: ['zoho.com', 'zoho.eu', 'zoho.in'], spf: ['zoho.com', 'zoho.eu', 'zoho.in'] },
  {
    name: 'Fastmail',
    mx: ['messagingengine.com'],
    spf: ['spf.messagingengine.com'],
    dkimSelectors: ['fm1', 'fm2', 'fm3'],
  },
  { name: 'Proton Mail', mx: ['protonmail.ch'], spf: ['_spf.protonmail.ch'], dkimSelectors: ['protonmail'] },
];

/** The SPF include: and redirect= targets of a record. */
export function spfIncludes(record: string): string[] {
  return record
    .split(/\s+/)
    .map((t) => /^[+~?-]?include:(\S+)$/i.exec(t)?.[1] ?? /^redirect=(\S+)$/i.exec(t)?.[1])
    .filter((t): t is string => Boolean(t))
    .map(bareName);
}

/**
 * Every mail provider the records show: receiving (MX) and sending (SPF includes, DKIM selectors that answered).
 * Amazon SES's MX is also Resend's inbound, so an MX match is only "receives" evidence, never the sender.
 */
export function recognizeMail(
  mxHosts: string[],
  spfRecord: string | undefined,
  dkimSelectorsFound: string[],
): { receiving: Recognition[]; sending: Recognition[] } {
  const receiving: Recognition[] = [];
  const sending: Recognition[] = [];
  for (const host of mxHosts.map(bareName)) {
    const p = MAIL_PROVIDERS.find((m) => m.mx.some((s) => under(host, s)));
    if (p && !receiving.some((r) => r.provider === p.name))
      receiving.push({ provider: p.name, evidence: `MX ${host}` });
  }
  for (const include of spfRecord ? spfIncludes(spfRecord) : []) {
    const p = MAIL_PROVIDERS.find((m) => m.spf.some((s) => under(include, s)));
    if (p && !sending.some((r) => r.provider === p.name))
      sending.push({ provider: p.name, evidence: `SPF include:${include}` });
  }
  for (const selector of dkimSelectorsFound) {
    const p = MAIL_PROVIDERS.find((m) => m.dkimSelectors?.includes(selector) && m.spf.length);
    // A selector alone is weak evidence (`mail`, `smtp` are common); it only confirms a provider SPF named.
    if (p && sending.some((r) => r.provider === p.name)) continue;
    if (p && selector === 'resend') sending.push({ provider: p.name, evidence: `DKIM selector ${selector}` });
  }
  return { receiving, sending };
}
