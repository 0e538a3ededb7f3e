import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  loadYaml,
  require_dist
} from "./chunk-M7BUO5DP.js";
import {
  COMMON_INPUTS,
  closest
} from "./chunk-FWQDJEAF.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  __toESM,
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/config.ts
init_define_LAUNCHGATE_GATES();
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var NON_GATE_SECTIONS = ["owners"];
function loadConfig(file, checks, displayName = file, opts = {}) {
  const source = loadYaml(file, displayName);
  return readConfig(source, checks, path.dirname(path.resolve(file)), opts);
}
function readConfig(source, checks, dir, opts = {}) {
  const root = source.doc.contents;
  if (root === null || root === void 0)
    throw new UserError(
      `${source.file}: the file is empty; add a section such as \`smoke:\` (sections: ${checks.map((c) => c.section).join(", ")}).`
    );
  if (!(0, import_yaml.isMap)(root))
    throw new UserError(
      `${source.file}:${source.lineOf([]) ?? 1}: expected a mapping of sections (${checks.map((c) => c.section).join(", ")}).`
    );
  const value = source.value;
  const sectionNames = checks.map((c) => c.section);
  const sections = [];
  const errors = [];
  for (const [key, body] of Object.entries(value)) {
    if (NON_GATE_SECTIONS.includes(key)) continue;
    const check = checks.find((c) => c.section === key);
    if (!check) {
      const hint = closest(key, sectionNames);
      errors.push(
        `${source.file}:${source.keyLine([], key)}: unknown section '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}; sections: ${sectionNames.join(", ")}.`
      );
      continue;
    }
    if (body === null || body === void 0) {
      const line = source.keyLine([], key);
      sections.push({ check, raw: {}, where: (name) => `${source.file}${line ? `:${line}` : ""} ${key}.${name}` });
      continue;
    }
    if (typeof body !== "object" || Array.isArray(body)) {
      errors.push(
        `${source.file}:${source.lineOf([key])}: section '${key}' must be a mapping of ${check.name} inputs.`
      );
      continue;
    }
    const known = Object.keys({ ...check.inputs, ...COMMON_INPUTS });
    for (const name of Object.keys(body)) {
      if (!known.includes(name)) {
        const hint = closest(name, known);
        errors.push(
          `${source.file}:${source.keyLine([key], name)}: unknown key '${key}.${name}'${hint ? ` (did you mean '${hint}'?)` : ""}; ${check.name} accepts: ${known.join(", ")}.`
        );
      }
    }
    sections.push({
      check,
      raw: body,
      where: (name) => `${source.file}:${source.lineOf([key, name]) ?? source.lineOf([key])} ${key}.${name}`
    });
  }
  if (errors.length && !opts.deferErrors) throw new UserError(errors.join("\n"));
  return { file: source.file, dir, sections, problems: errors };
}

export {
  NON_GATE_SECTIONS,
  loadConfig,
  readConfig
};
