import { readFileSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { z } from 'zod';
import type { CheckDefinition, GitHubApi } from '../core/check.js';
import { readConfig, type LaunchgateConfig } from '../core/config.js';
import { UserError, errorMessage } from '../core/errors.js';
import { parseInputs } from '../core/inputs.js';
import { loadYaml, validateYaml, type YamlSource } from '../core/yaml-file.js';
import { LiveDns, bare, parseNameserver, type DnsSource } from '../checks/dns-check/dns-source.js';
import { ZoneDns, parseZoneFile, type ZoneRecord } from '../checks/dns-check/zone-file.js';
import { parseOctodns } from '../checks/dns-check/octodns.js';
import { resolveFollowing } from '../checks/dns-check/records.js';
import { COMMON_DKIM_SELECTORS } from '../checks/dns-check/dkim.js';
import { recognizeHosting, recognizeMail, type Recognition } from './providers.js';
import { jobRole, readWorkflows, type WorkflowInfo } from './workflows.js';

/** Bumped when a field changes meaning; `--compare` refuses a map of another version. */
export const MAP_FORMAT_VERSION = 1;

export interface NameFact {
  name: string;
  cnames: string[];
  addresses: string[];
  hosting?: Recognition;
  /** Why the name's records are not known (a lookup that failed), or absent. */
  unknown?: string;
}

export interface CertificateFact {
  host: string;
  /** Where http://host/ and https://host/ send a browser: `301 → https://example.com/`, `200`, or unknown (why). */
  redirects?: { http: string; https: string };
  issuer?: string;
  subject?: string;
  validTo?: string;
  daysLeft?: number;
  trusted?: boolean;
  unknown?: string;
}

export interface EnvironmentUse {
  workflow: string;
  job: string;
  environment?: string;
  secrets: string[];
  vars: string[];
}

export interface GitHubEnvironment {
  name: string;
  secrets?: string[];
  vars?: string[];
  unknown?: string;
}

export interface Risk {
  id: string;
  text: string;
}

export const OWNER_ROLES = ['dns', 'cloudflare', 'hosting', 'email', 'secrets', 'billing', 'on-call'] as const;

export interface LaunchMap {
  formatVersion: number;
  generated: string;
  config: string;
  domain?: string;
  dnsSource: string;
  names: NameFact[];
  mail: {
    mx: string[];
    spf?: string;
    dkimSelectors: string[];
    receiving: Recognition[];
    sending: Recognition[];
    dmarc?: { policy?: string; rua: string[]; record: string };
    unknown?: string;
  };
  certificates: CertificateFact[];
  environments: {
    uses: EnvironmentUse[];
    github: GitHubEnvironment[];
    githubUnknown?: string;
    workflowsUnknown?: string;
  };
  releaseChecks: {
    gates: string[];
    workflows: { file: string; events: string[]; schedules: string[] }[];
    /** The smoke gate on a schedule: its cron lines and where an outage alert goes. */
    uptime: { schedules: string[]; alert: string };
  };
  deploy: { workflow: string; job: string; role: 'deploy' | 'rollback'; events: string[]; environment?: string }[];
  owners: Record<string, string | null>;
  risks: Risk[];
}

export interface MapOptions {
  configPath: string;
  configName: string;
  repoDir: string;
  checks: CheckDefinition<any>[];
  github?: GitHubApi;
  /** Why there is no GitHub API (no token, no repository), for "unknown (why)". */
  githubMissing?: string;
  now?: Date;
  tlsTimeoutMs?: number;
}

const OwnerValue = z.string().trim().min(1, 'an owner is a non-empty name or contact');
export const OwnersSchema = z
  .object(
    Object.fromEntries(OWNER_ROLES.map((r) => [r, OwnerValue.optional()])) as Record<
      (typeof OWNER_ROLES)[number],
      z.ZodOptional<typeof OwnerValue>
    >,
  )
  .strict();

/** The optional `owners:` section: each role a name or contact; a wrong shape is an error naming its line. */
export function readOwners(source: YamlSource): Partial<Record<(typeof OWNER_ROLES)[number], string>> {
  const root = validateYaml(source, z.object({ owners: OwnersSchema.nullish() }).passthrough());
  return root.owners ?? {};
}

/** The DNS the dns section of launchgate.yml reads: its zone file, or live DNS through its resolvers. */
function dnsSourceFor(
  config: LaunchgateConfig,
  values: Record<string, any>,
  domain: string,
): {
  dns: DnsSource;
  records?: ZoneRecord[];
} {
  const zoneFile: string = values['zone-file'];
  if (zoneFile) {
    const file = path.resolve(config.dir, zoneFile);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err: any) {
      throw new UserError(`dns.zone-file: cannot read ${zoneFile} (${err?.code ?? err}).`);
    }
    let records: ZoneRecord[];
    try {
      records = /\.ya?ml$/i.test(zoneFile) ? parseOctodns(text, domain, zoneFile) : parseZoneFile(text, domain);
    } catch (err: any) {
      throw new UserError(`${zoneFile}${err?.line ? `:${err.line}` : ''}: ${errorMessage(err)}`);
    }
    return { dns: new ZoneDns(records, domain, zoneFile), records };
  }
  const servers = (values.resolver as string[]).map((r) => {
    const s = parseNameserver(r);
    if (!s) throw new UserError(`dns.resolver got ${JSON.stringify(r)}; accepted: IP[:port] addresses.`);
    return s;
  });
  return { dns: new LiveDns(servers, values['timeout-ms']) };
}

async function nameFact(dns: DnsSource, name: string): Promise<NameFact> {
  const [v4, v6] = await Promise.all([resolveFollowing(dns, name, 'A'), resolveFollowing(dns, name, 'AAAA')]);
  const cnames = v4.chain.length >= v6.chain.length ? v4.chain : v6.chain;
  const addresses = [...v4.values, ...v6.values];
  const failed = [v4.answer, v6.answer].find((a) => a.status === 'error');
  const fact: NameFact = { name, cnames: cnames.map(bare), addresses, hosting: recognizeHosting(cnames, addresses) };
  if (!addresses.length && failed) fact.unknown = failed.error ?? 'lookup failed';
  else if (!addresses.length && v4.answer.status === 'nxdomain') fact.unknown = 'no such name (NXDOMAIN)';
  return fact;
}

/** One TLS handshake: the certificate's issuer and expiry; any failure is "unknown (why)". */
function certificateFact(entry: string, now: Date, timeoutMs: number, ca?: string[]): Promise<CertificateFact> {
  const [host, portText] = entry.split(':');
  const port = Number(portText || 443);
  return new Promise((resolve) => {
    // Unverified on purpose, to read a certificate that fails; `trusted` says whether it verified.
    const socket = tls.connect({
      host,
      port,
      servername: isIP(host) ? undefined : host,
      ca,
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    const done = (fact: CertificateFact) => {
      socket.destroy();
      resolve(fact);
    };
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (!cert || !cert.valid_to) return done({ host: entry, unknown: 'the server sent no certificate' });
      const validTo = new Date(cert.valid_to);
      done({
        host: entry,
        issuer: [cert.issuer?.O, cert.issuer?.CN].filter(Boolean).join(' / ') || undefined,
        subject: [cert.subject?.CN].flat().join(', ') || undefined,
        validTo: validTo.toISOString(),
        daysLeft: Math.floor((validTo.getTime() - now.getTime()) / 86_400_000),
        trusted: socket.authorized,
      });
    });
    socket.once('timeout', () => done({ host: entry, unknown: `no TLS handshake within ${timeoutMs} ms` }));
    socket.once('error', (err) => done({ host: entry, unknown: errorMessage(err) }));
  });
}

/** One request without following redirects: "301 → location", "200", or "unknown (why)". */
function firstHop(url: string, timeoutMs: number, ca?: string[]): Promise<string> {
  return new Promise((resolve) => {
    const { hostname, protocol } = new URL(url);
    const mod = protocol === 'https:' ? https : http;
    const req = mod.request(
      url,
      {
        method: 'GET',
        timeout: timeoutMs,
        headers: { 'user-agent': 'launchgate-map' },
        ...(protocol === 'https:'
          ? { rejectUnauthorized: false, ca, servername: isIP(hostname) ? undefined : hostname }
          : {}),
      },
      (res) => {
        res.destroy();
        const location = res.headers.location;
        resolve(location ? `${res.statusCode} → ${location.slice(0, 300)}` : String(res.statusCode));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve(`unknown (${errorMessage(err)})`));
    req.end();
  });
}

async function githubEnvironments(api: GitHubApi): Promise<GitHubEnvironment[]> {
  const base = `/repos/${api.owner}/${api.repo}`;
  const list = await api.request(`GET ${base}/environments`, { per_page: 100 });
  const envs: any[] = list.data?.environments ?? [];
  return Promise.all(
    envs.map(async (e): Promise<GitHubEnvironment> => {
      const name = String(e.name);
      const enc = encodeURIComponent(name);
      try {
        const [s, v] = await Promise.all([
          api.request(`GET ${base}/environments/${enc}/secrets`, { per_page: 100 }),
          api.request(`GET ${base}/environments/${enc}/variables`, { per_page: 30 }),
        ]);
        return {
          name,
          secrets: (s.data?.secrets ?? []).map((x: any) => String(x.name)).sort(),
          vars: (v.data?.variables ?? []).map((x: any) => String(x.name)).sort(),
        };
      } catch (err) {
        return { name, unknown: errorMessage(err) };
      }
    }),
  );
}

const isProduction = (env?: string) => !!env && /^prod(uction)?$/i.test(env);

/** Builds the launch map from launchgate.yml, the repository's workflows and live lookups that ran now. */
export async function buildLaunchMap(opts: MapOptions): Promise<LaunchMap> {
  const now = opts.now ?? new Date();
  const source = loadYaml(opts.configPath, opts.configName);
  const config = readConfig(source, opts.checks, path.dirname(path.resolve(opts.configPath)));
  const owners = readOwners(source);
  const risks: Risk[] = [];
  const dnsSection = config.sections.find((s) => s.check.name === 'dns-check');
  const map: LaunchMap = {
    formatVersion: MAP_FORMAT_VERSION,
    generated: now.toISOString(),
    config: opts.configName,
    dnsSource: 'unknown (no dns section in launchgate.yml)',
    names: [],
    mail: { mx: [], dkimSelectors: [], receiving: [], sending: [], unknown: 'no dns section in launchgate.yml' },
    certificates: [],
    environments: { uses: [], github: [] },
    releaseChecks: {
      gates: config.sections.map((s) => s.check.section),
      workflows: [],
      uptime: { schedules: [], alert: 'none' },
    },
    deploy: [],
    owners: {},
    risks,
  };

  if (dnsSection) {
    const values = parseInputs(dnsSection.check.inputs, dnsSection.raw, dnsSection.where) as Record<string, any>;
    const domain = bare(values.domain);
    map.domain = domain;
    const { dns, records } = dnsSourceFor(config, values, domain);
    map.dnsSource = dns.describe();
    const names = new Set<string>([domain]);
    const add = (n: string) => {
      const b = bare(n.replace(/:\d+$/, ''));
      if (b) names.add(b === '@' ? domain : b.includes('.') ? b : `${b}.${domain}`);
    };
    for (const s of values.subdomains as string[]) add(s);
    for (const line of values.expect as string[]) add(line.split(/\s+/)[0]);
    for (const h of values.https as string[]) add(h);
    if (values['canonical-host']) add(values['canonical-host']);
    for (const r of records ?? [])
      if (['A', 'AAAA', 'CNAME'].includes(r.type) && !bare(r.name).startsWith('_')) names.add(bare(r.name));
    map.names = await Promise.all([...names].sort().map((n) => nameFact(dns, n)));

    const [mx, txt, dmarc] = await Promise.all([
      dns.query(domain, 'MX'),
      dns.query(domain, 'TXT'),
      dns.query(`_dmarc.${domain}`, 'TXT'),
    ]);
    const selectors = values['dkim-selectors'].length ? values['dkim-selectors'] : COMMON_DKIM_SELECTORS;
    const dkim = await Promise.all(
      (selectors as string[]).map(async (s) => ({ s, a: await dns.query(`${s}._domainkey.${domain}`, 'TXT') })),
    );
    const unknowns: string[] = [];
    if (mx.status === 'error') unknowns.push(`MX: ${mx.error}`);
    if (txt.status === 'error') unknowns.push(`SPF: ${txt.error}`);
    if (dmarc.status === 'error') unknowns.push(`DMARC: ${dmarc.error}`);
    const mxHosts = mx.values.map((v) => bare(v.split(/\s+/)[1] ?? ''));
    const spf = txt.values.find((v) => /^v=spf1(\s|$)/i.test(v));
    const found = dkim.filter((d) => d.a.values.some((v) => /p=/i.test(v))).map((d) => d.s);
    const dmarcRecord = dmarc.values.find((v) => /^v=DMARC1/i.test(v));
    const tag = (rec: string, t: string) => new RegExp(`(?:^|;)\\s*${t}\\s*=\\s*([^;]*)`, 'i').exec(rec)?.[1]?.trim();
    map.mail = {
      mx: mxHosts,
      spf,
      dkimSelectors: found,
      ...recognizeMail(mxHosts, spf, found),
      dmarc: dmarcRecord
        ? {
            record: dmarcRecord,
            policy: tag(dmarcRecord, 'p'),
            rua: (tag(dmarcRecord, 'rua') ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : undefined,
      unknown: unknowns.length ? unknowns.join('; ') : undefined,
    };
    if (!dmarcRecord && dmarc.status !== 'error')
      risks.push({ id: 'no-dmarc', text: `${domain} has no DMARC record: mail can be spoofed and lands in spam.` });

    const https = [...(values.https as string[])];
    if (values['canonical-host'] && !https.includes(values['canonical-host'])) https.push(values['canonical-host']);
    let ca: string[] | undefined;
    if (values['ca-file']) {
      try {
        ca = [...tls.rootCertificates, readFileSync(path.resolve(config.dir, values['ca-file']), 'utf8')];
      } catch (err: any) {
        throw new UserError(`dns.ca-file: cannot read ${values['ca-file']} (${err?.code ?? err}).`);
      }
    }
    const timeout = opts.tlsTimeoutMs ?? 5000;
    map.certificates = await Promise.all(
      https.map(async (h) => {
        const [fact, httpHop, httpsHop] = await Promise.all([
          certificateFact(h, now, timeout, ca),
          firstHop(`http://${h.split(':')[0]}:${values['http-port']}/`, timeout),
          firstHop(`https://${h}/`, timeout, ca),
        ]);
        return { ...fact, redirects: { http: httpHop, https: httpsHop } };
      }),
    );
    for (const c of map.certificates)
      if (c.daysLeft !== undefined && c.daysLeft < 21)
        risks.push({
          id: `cert-expiring:${c.host}`,
          text: `The certificate of ${c.host} expires in ${c.daysLeft} day(s).`,
        });
  }

  // Environments and deploys, from the workflows.
  const { workflows, error } = readWorkflows(opts.repoDir);
  if (error) map.environments.workflowsUnknown = error;
  const launchgateUses = (w: WorkflowInfo) => w.jobs.some((j) => j.uses.some((u) => /launchgate/i.test(u)));
  for (const w of workflows) {
    if (w.error) {
      risks.push({ id: `workflow-unreadable:${w.file}`, text: `${w.file} could not be read: ${w.error}.` });
      continue;
    }
    if (launchgateUses(w)) map.releaseChecks.workflows.push({ file: w.file, events: w.events, schedules: w.schedules });
    for (const j of w.jobs) {
      if (j.secrets.length || j.vars.length || j.environment)
        map.environments.uses.push({
          workflow: w.file,
          job: j.id,
          environment: j.environment,
          secrets: j.secrets,
          vars: j.vars,
        });
      const role = jobRole(w, j);
      if (role) map.deploy.push({ workflow: w.file, job: j.id, role, events: w.events, environment: j.environment });
    }
  }
  if (!map.deploy.some((d) => d.role === 'deploy'))
    risks.push({
      id: 'no-deploy-workflow',
      text: 'No deploy workflow found: write one, so a release is one reviewed step.',
    });
  if (!map.deploy.some((d) => d.role === 'rollback'))
    risks.push({
      id: 'no-rollback-workflow',
      text: 'No rollback workflow found: write one (a job named rollback or revert), so undoing a release is one step.',
    });
  // Alerts come from the smoke gate's outage issue or from an uptime step's channels in a scheduled workflow.
  const smoke = config.sections.find((sec) => sec.check.name === 'smoke-test');
  const smokeInputs = smoke
    ? (parseInputs(smoke.check.inputs, smoke.raw, smoke.where) as Record<string, any>)
    : undefined;
  const smokeIssue = Boolean(smokeInputs?.['alert-issue']);
  const uptimeAlerts = [
    ...new Set(
      workflows
        .filter((w) => w.schedules.length)
        .flatMap((w) => w.jobs.flatMap((j) => j.uptimeAlerts.map((a) => `uptime ${a} (${w.file})`))),
    ),
  ];
  if (smoke || uptimeAlerts.length) {
    const alerts = [
      ...(smokeIssue
        ? [`a GitHub issue labelled launchgate-outage after ${smokeInputs?.['alert-after']} failed scheduled run(s)`]
        : []),
      ...uptimeAlerts,
    ];
    map.releaseChecks.uptime = {
      schedules: map.releaseChecks.workflows.flatMap((w) => w.schedules),
      alert: alerts.length ? alerts.join('; ') : 'none (smoke.alert-issue is off and no uptime step has a channel)',
    };
    if (!map.releaseChecks.uptime.schedules.length)
      risks.push({
        id: 'no-uptime-schedule',
        text: 'No scheduled workflow runs launchgate: an outage between releases goes unnoticed.',
      });
    else if (!alerts.length)
      risks.push({
        id: 'no-uptime-alert',
        text: 'The uptime schedule raises no alert: give the uptime step slack-webhook, webhook or alert-issue (or set smoke.alert-issue: true).',
      });
  }
  if (!map.releaseChecks.workflows.length)
    risks.push({ id: 'no-release-checks', text: 'No workflow runs launchgate: nothing is checked after a release.' });

  if (opts.github) {
    try {
      map.environments.github = await githubEnvironments(opts.github);
    } catch (err) {
      map.environments.githubUnknown = errorMessage(err);
    }
  } else map.environments.githubUnknown = opts.githubMissing ?? 'no GitHub token';
  if (!map.environments.githubUnknown)
    for (const use of map.environments.uses.filter((u) => isProduction(u.environment))) {
      const env = map.environments.github.find((e) => e.name === use.environment);
      if (!env) {
        risks.push({
          id: `environment-missing:${use.environment}`,
          text: `${use.workflow} job ${use.job} deploys to environment ${use.environment}, which GitHub does not define.`,
        });
        continue;
      }
      if (env.unknown) continue;
      for (const s of use.secrets.filter((s) => s !== 'GITHUB_TOKEN' && !env.secrets!.includes(s)))
        risks.push({
          id: `secret-undefined:${use.environment}:${s}`,
          text: `${use.workflow} job ${use.job} reads secret ${s}, which environment ${use.environment} does not define (it may be a repository secret).`,
        });
      for (const v of use.vars.filter((v) => !env.vars!.includes(v)))
        risks.push({
          id: `var-undefined:${use.environment}:${v}`,
          text: `${use.workflow} job ${use.job} reads variable ${v}, which environment ${use.environment} does not define (it may be a repository variable).`,
        });
    }

  const cloudflare = map.names.some((n) => n.hosting?.provider === 'Cloudflare');
  for (const role of OWNER_ROLES) {
    if (role === 'cloudflare' && !cloudflare && !owners.cloudflare) continue;
    map.owners[role] = owners[role] ?? null;
    if (!owners[role])
      risks.push({
        id: `owner-missing:${role}`,
        text: `No ${role} owner in launchgate.yml \`owners:\`: in an outage no one knows who can change it.`,
      });
  }
  return map;
}
