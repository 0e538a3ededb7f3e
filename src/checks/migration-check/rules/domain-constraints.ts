import { defineRule, dotted } from './rule.js';

export const alterDomainConstraint = defineRule({
  id: 'alter-domain-add-constraint',
  severity: 'error',
  why: 'ALTER DOMAIN … ADD CONSTRAINT, SET NOT NULL and VALIDATE CONSTRAINT check every column of every table that uses the domain, under a SHARE lock that blocks writes to them.',
  fix: 'Put the CHECK on the table columns instead (NOT VALID, then VALIDATE CONSTRAINT, which lets writes go on); a domain constraint added NOT VALID only checks new values.',
  squawk: 'ban-alter-domain-with-add-constraint',
  check(statement) {
    const d = statement.node.AlterDomainStmt;
    // SET NOT NULL checks every column of the domain like a new constraint, and so does VALIDATE CONSTRAINT, which
    // for a domain (unlike a table) takes SHARE on every table using it (measured: a scan under SHARE, Postgres 15).
    if (d?.subtype === 'O') return [{ detail: `SET NOT NULL on domain ${dotted(d.typeName)}` }];
    if (d?.subtype === 'V')
      return [
        { detail: `VALIDATE CONSTRAINT ${d.name} on domain ${dotted(d.typeName)} locks every table using it SHARE` },
      ];
    const con = d?.subtype === 'C' ? d.def?.Constraint : undefined;
    if (!con || con.skip_validation) return [];
    return [{ detail: `constraint ${con.conname ?? '(unnamed)'} on domain ${dotted(d.typeName)}` }];
  },
  cases: {
    bad: [
      'ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0);',
      'ALTER DOMAIN positive SET NOT NULL;',
      'ALTER DOMAIN positive VALIDATE CONSTRAINT pos;',
    ],
    good: [
      'ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID;',
      'ALTER DOMAIN positive DROP NOT NULL;',
    ],
  },
});

export const createDomainConstraint = defineRule({
  id: 'create-domain-with-constraint',
  severity: 'notice',
  why: 'A CHECK on a domain is hard to change later: altering it re-checks every column that uses the domain.',
  fix: 'Put the CHECK on the table columns, or accept the cost of changing it later.',
  squawk: 'ban-create-domain-with-constraint',
  check(statement) {
    const d = statement.node.CreateDomainStmt;
    const checks = (d?.constraints ?? []).filter((c: any) => c.Constraint?.contype === 'CONSTR_CHECK');
    return checks.length ? [{ detail: `domain ${dotted(d.domainname)} has a CHECK` }] : [];
  },
  cases: {
    bad: ['CREATE DOMAIN positive AS int CHECK (VALUE > 0);'],
    good: ['CREATE DOMAIN email AS text;', 'CREATE DOMAIN email AS text NOT NULL;'],
  },
});
