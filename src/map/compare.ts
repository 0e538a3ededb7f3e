import { readFileSync } from 'node:fs';
import { UserError, errorMessage } from '../core/errors.js';
import { MAP_FORMAT_VERSION, type LaunchMap } from './build.js';

export interface MapChange {
  kind: 'added' | 'removed' | 'changed';
  area: 'name' | 'mail' | 'certificate' | 'secret' | 'variable' | 'deploy' | 'owner' | 'risk';
  text: string;
}

/**
 * Reads a launch-map.json written before. A file of another format version, or one that is not a launch map, is a
 * user error saying what it got and what is accepted.
 */
export function readMapFile(file: string, displayName = file): LaunchMap {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err: any) {
    throw new UserError(
      `--compare: cannot read ${displayName} (${err?.code === 'ENOENT' ? 'no such file' : errorMessage(err)}).`,
    );
  }
  let value: any;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`--compare: ${displayName} is not JSON (${errorMessage(err)}); accepted: a launch-map.json.`);
  }
  if (!value || typeof value !== 'object' || !('formatVersion' in value))
    throw new UserError(
      `--compare: ${displayName} has no formatVersion; accepted: a launch-map.json written by launchgate map.`,
    );
  if (value.formatVersion !== MAP_FORMAT_VERSION)
    throw new UserError(
      `--compare: ${displayName} is launch map format version ${JSON.stringify(value.formatVersion)}; this launchgate reads version ${MAP_FORMAT_VERSION}. Write a fresh map with this version first.`,
    );
  for (const key of ['names', 'mail', 'certificates', 'environments', 'deploy', 'owners', 'risks'])
    if (!(key in value)) throw new UserError(`--compare: ${displayName} has no '${key}'; accepted: a launch-map.json.`);
  return value as LaunchMap;
}

const same = (a: string[], b: string[]) => [...a].sort().join(',') === [...b].sort().join(',');
const show = (v: string[]) => (v.length ? v.join(', ') : 'nothing');

function setDiff(
  out: MapChange[],
  area: MapChange['area'],
  before: Set<string>,
  after: Set<string>,
  describe: (v: string) => string,
): void {
  for (const v of after) if (!before.has(v)) out.push({ kind: 'added', area, text: describe(v) });
  for (const v of before) if (!after.has(v)) out.push({ kind: 'removed', area, text: describe(v) });
}

/** What changed from `before` to `after`: names pointing elsewhere, certificates renewed, new secret names, … */
export function compareMaps(before: LaunchMap, after: LaunchMap): MapChange[] {
  const out: MapChange[] = [];
  const oldNames = new Map(before.names.map((n) => [n.name, n]));
  for (const n of after.names) {
    const o = oldNames.get(n.name);
    if (!o) {
      out.push({ kind: 'added', area: 'name', text: `${n.name} → ${show([...n.cnames, ...n.addresses])}` });
      continue;
    }
    const was = [...o.cnames, ...o.addresses];
    const now = [...n.cnames, ...n.addresses];
    if (!same(was, now))
      out.push({ kind: 'changed', area: 'name', text: `${n.name} now points to ${show(now)} (was ${show(was)})` });
    if ((o.hosting?.provider ?? '') !== (n.hosting?.provider ?? ''))
      out.push({
        kind: 'changed',
        area: 'name',
        text: `${n.name} hosting is now ${n.hosting?.provider ?? 'not recognised'} (was ${o.hosting?.provider ?? 'not recognised'})`,
      });
  }
  for (const o of before.names)
    if (!after.names.some((n) => n.name === o.name)) out.push({ kind: 'removed', area: 'name', text: o.name });

  const bm = before.mail;
  const am = after.mail;
  if (!same(bm.mx, am.mx))
    out.push({ kind: 'changed', area: 'mail', text: `MX is now ${show(am.mx)} (was ${show(bm.mx)})` });
  if ((bm.spf ?? '') !== (am.spf ?? ''))
    out.push({ kind: 'changed', area: 'mail', text: `SPF is now ${am.spf ?? 'none'} (was ${bm.spf ?? 'none'})` });
  if ((bm.dmarc?.policy ?? '') !== (am.dmarc?.policy ?? ''))
    out.push({
      kind: 'changed',
      area: 'mail',
      text: `DMARC policy is now ${am.dmarc?.policy ?? 'none'} (was ${bm.dmarc?.policy ?? 'none'})`,
    });
  setDiff(out, 'mail', new Set(bm.dkimSelectors), new Set(am.dkimSelectors), (s) => `DKIM selector ${s}`);

  const oldCerts = new Map(before.certificates.map((c) => [c.host, c]));
  for (const c of after.certificates) {
    const o = oldCerts.get(c.host);
    if (!o)
      out.push({
        kind: 'added',
        area: 'certificate',
        text: `${c.host} (${c.issuer ?? 'unknown issuer'}, expires ${c.validTo ?? 'unknown'})`,
      });
    else if (o.validTo && c.validTo && o.validTo !== c.validTo)
      out.push({
        kind: 'changed',
        area: 'certificate',
        text: `${c.host} certificate renewed: expires ${c.validTo} (was ${o.validTo})${o.issuer !== c.issuer ? `, issuer now ${c.issuer} (was ${o.issuer})` : ''}`,
      });
  }

  for (const c of after.certificates) {
    const o = oldCerts.get(c.host);
    for (const scheme of ['http', 'https'] as const) {
      const was = o?.redirects?.[scheme];
      const now = c.redirects?.[scheme];
      if (o && was && now && was !== now)
        out.push({
          kind: 'changed',
          area: 'certificate',
          text: `${scheme}://${c.host}/ now answers ${now} (was ${was})`,
        });
    }
  }
  const names = (m: LaunchMap, key: 'secrets' | 'vars') =>
    new Set(m.environments.uses.flatMap((u) => u[key].map((n) => `${n} (${u.environment ?? 'no environment'})`)));
  setDiff(out, 'secret', names(before, 'secrets'), names(after, 'secrets'), (s) => `secret name ${s}`);
  setDiff(out, 'variable', names(before, 'vars'), names(after, 'vars'), (s) => `variable name ${s}`);
  const deploys = (m: LaunchMap) => new Set(m.deploy.map((d) => `${d.role} ${d.workflow} job ${d.job}`));
  setDiff(out, 'deploy', deploys(before), deploys(after), (s) => s);
  for (const [role, who] of Object.entries(after.owners))
    if ((before.owners[role] ?? null) !== who)
      out.push({
        kind: 'changed',
        area: 'owner',
        text: `${role} owner is now ${who ?? 'missing'} (was ${before.owners[role] ?? 'missing'})`,
      });
  setDiff(
    out,
    'risk',
    new Set(before.risks.map((r) => r.text)),
    new Set(after.risks.map((r) => r.text)),
    (t) => `risk: ${t}`,
  );
  return out;
}
