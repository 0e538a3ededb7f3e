import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/migration-check/rules/rule.ts
init_define_LAUNCHGATE_GATES();
var defineRule = (rule) => rule;
var sval = (n) => n?.String?.sval;
var dotted = (list) => (list ?? []).map(sval).filter(Boolean).join(".");
var relName = (rel) => rel ? [rel.schemaname === "public" ? void 0 : rel.schemaname, rel.relname].filter(Boolean).join(".") : "?";
var typeNameOf = (typeName) => (typeName?.names ?? []).map(sval).filter((s) => s !== "pg_catalog").join(".");
var hasDefElem = (list, name) => (list ?? []).some((d) => d?.DefElem?.defname === name);
var inTransaction = (state) => state.wrapped || state.explicitTransaction;
function alterCommandsOnExisting(statement, state) {
  const a = statement.node.AlterTableStmt;
  if (!a) return [];
  const table = relName(a.relation);
  if (state.createdTables.has(table)) return [];
  return (a.cmds ?? []).map((c) => c.AlterTableCmd).filter(Boolean).map((cmd) => ({ table, cmd }));
}
var columnConstraints = (col) => (col?.constraints ?? []).map((c) => c.Constraint);
var dropNames = (drop) => (drop.objects ?? []).map(
  (o) => (o.List?.items ?? []).map(sval).join(".").replace(/^public\./, "")
);
function definedColumns(statement) {
  const n = statement.node;
  if (n.CreateStmt) {
    const table = relName(n.CreateStmt.relation);
    const keyColumns = /* @__PURE__ */ new Set();
    for (const elt of n.CreateStmt.tableElts ?? []) {
      const con = elt.Constraint;
      if (con && (con.contype === "CONSTR_PRIMARY" || con.contype === "CONSTR_FOREIGN"))
        for (const k of [...con.keys ?? [], ...con.fk_attrs ?? []]) keyColumns.add(sval(k) ?? "");
    }
    return (n.CreateStmt.tableElts ?? []).filter((elt) => elt.ColumnDef).map((elt) => ({ table, col: elt.ColumnDef, keyColumns }));
  }
  if (n.AlterTableStmt) {
    const table = relName(n.AlterTableStmt.relation);
    return (n.AlterTableStmt.cmds ?? []).map((c) => c.AlterTableCmd).filter((cmd) => cmd?.subtype === "AT_AddColumn").map((cmd) => ({ table, col: cmd.def.ColumnDef, keyColumns: /* @__PURE__ */ new Set() }));
  }
  return [];
}

export {
  defineRule,
  sval,
  dotted,
  relName,
  typeNameOf,
  hasDefElem,
  inTransaction,
  alterCommandsOnExisting,
  columnConstraints,
  dropNames,
  definedColumns
};
