import { defineRule, dotted } from './rule.js';

export const alterDomainConstraint = defineRule({
  id: 'alter-domain-add-constraint',
  severity: 'error',
  why: 'ALTER DOMAIN … ADD CONSTRAINT checks every column of every table that uses the domain, while blocking writes to them.',
  fix: 'Add it NOT VALID, then ALTER DOMAIN … VALIDATE CONSTRAINT in a later migration.',
  squawk: 'ban-alter-domain-with-add-constraint',
  check(statement) {
    const d = statement.node.AlterDomainStmt;
    const con = d?.subtype === 'C' ? d.def?.Constraint : undefined;
    if (!con || con.skip_validation) return [];
    return [{ detail: `constraint ${con.conname ?? '(unnamed)'} on domain ${dotted(d.typeName)}` }];
  },
  cases: {
    bad: ['ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0);'],
    good: [
      'ALTER DOMAIN positive ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID;',
      'ALTER DOMAIN positive VALIDATE CONSTRAINT pos;',
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
