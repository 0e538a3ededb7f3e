import type { Severity } from '../../../core/finding.js';
import type { Statement } from '../parse.js';
import type { FileState, Hit } from '../rules.js';

/**
 * One migration rule, in one place: what it is, why it matters, the safe alternative, how it is found, and SQL it
 * must flag (`bad`) and must pass (`good`), run by __tests__/unit/migration-catalog.test.ts.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what goes wrong. */
  why: string;
  /** The safe alternative, in the finding's message. */
  fix: string;
  /** The squawk rule that covers the same ground, for `npm run compare:squawk`. */
  squawk?: string;
  /** Hits for one statement; `state` is the file so far (read it, never change it: the dispatcher does). */
  check(statement: Statement, state: Readonly<FileState>): Omit<Hit, 'rule' | 'statement'>[];
  /** Hits once the whole file was read (a transaction left open). */
  end?(state: Readonly<FileState>): (Omit<Hit, 'rule'> & { statement: Statement })[];
  cases: { bad: string[]; good: string[]; wrapped?: boolean };
}

export const defineRule = (rule: Rule): Rule => rule;

export const sval = (n: any): string | undefined => n?.String?.sval;
export const dotted = (list: any[] | undefined): string => (list ?? []).map(sval).filter(Boolean).join('.');
