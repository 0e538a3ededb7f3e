// The rule catalog: one file per rule, each with its cases. Rules not yet moved here live in ../rules.ts.
import banDropDatabase from './ban-drop-database.js';
import banTruncateCascade from './ban-truncate-cascade.js';
import banUncommittedTransaction from './ban-uncommitted-transaction.js';
import { alterDomainConstraint, createDomainConstraint } from './domain-constraints.js';
import identifierTooLong from './identifier-too-long.js';
import preferIdentity from './prefer-identity.js';
import requireConcurrentPartitionDetach from './require-concurrent-partition-detach.js';
import requireEnumValueOrdering from './require-enum-value-ordering.js';
import transactionNesting from './transaction-nesting.js';
import type { Rule } from './rule.js';

export const CATALOG: Rule[] = [
  identifierTooLong,
  banUncommittedTransaction,
  transactionNesting,
  requireConcurrentPartitionDetach,
  banTruncateCascade,
  banDropDatabase,
  requireEnumValueOrdering,
  alterDomainConstraint,
  createDomainConstraint,
  preferIdentity,
];
