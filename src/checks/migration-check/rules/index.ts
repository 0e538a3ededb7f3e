// The rule catalog: one file per rule, each with its cases. Rules run in this order, so a statement's findings
// are listed in it; ../rules.ts dispatches each statement to them.
import banDropDatabase from './ban-drop-database.js';
import banTruncateCascade from './ban-truncate-cascade.js';
import banUncommittedTransaction from './ban-uncommitted-transaction.js';
import { alterDomainConstraint, createDomainConstraint } from './domain-constraints.js';
import identifierTooLong from './identifier-too-long.js';
import preferIdentity from './prefer-identity.js';
import requireConcurrentPartitionDetach from './require-concurrent-partition-detach.js';
import requireEnumValueOrdering from './require-enum-value-ordering.js';
import transactionNesting from './transaction-nesting.js';
import preferBigint from './prefer-bigint.js';
import preferText from './prefer-text.js';
import preferTimestamptz from './prefer-timestamptz.js';
import concurrentlyInTransaction from './concurrently-in-transaction.js';
import requireConcurrentIndex from './require-concurrent-index.js';
import requireConcurrentIndexDrop from './require-concurrent-index-drop.js';
import dropTable from './drop-table.js';
import addingNotNullColumn from './adding-not-null-column.js';
import volatileDefault from './volatile-default.js';
import uniqueWithoutIndex from './unique-without-index.js';
import constraintNotValid from './constraint-not-valid.js';
import changeColumnType from './change-column-type.js';
import setNotNull from './set-not-null.js';
import validateUnderLock from './validate-under-lock.js';
import dropColumn from './drop-column.js';
import renameColumn from './rename-column.js';
import renameTable from './rename-table.js';
import truncate from './truncate.js';
import vacuumFull from './vacuum-full.js';
import cluster from './cluster.js';
import lockTable from './lock-table.js';
import reindexWithoutConcurrently from './reindex-without-concurrently.js';
import refreshWithoutConcurrently from './refresh-without-concurrently.js';
import tableRewrite from './table-rewrite.js';
import uncheckedDoBlock from './unchecked-do-block.js';
import requireLockTimeout from './require-lock-timeout.js';
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
  preferBigint,
  preferText,
  preferTimestamptz,
  concurrentlyInTransaction,
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  dropTable,
  addingNotNullColumn,
  volatileDefault,
  uniqueWithoutIndex,
  constraintNotValid,
  changeColumnType,
  setNotNull,
  validateUnderLock,
  dropColumn,
  renameColumn,
  renameTable,
  truncate,
  vacuumFull,
  cluster,
  lockTable,
  reindexWithoutConcurrently,
  refreshWithoutConcurrently,
  tableRewrite,
  uncheckedDoBlock,
  requireLockTimeout,
];
