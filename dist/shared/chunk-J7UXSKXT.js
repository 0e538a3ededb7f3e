import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  secretScan
} from "./chunk-77AGKAJ3.js";
import {
  smokeTest
} from "./chunk-3TIPXZF4.js";
import {
  latencyBudget
} from "./chunk-VUSNMYGE.js";
import {
  migrationCheck
} from "./chunk-EZYI3FFB.js";
import {
  dnsCheck
} from "./chunk-OABTON6I.js";
import {
  loadYaml,
  require_dist
} from "./chunk-ZEFXN3HR.js";
import {
  COMMON_INPUTS,
  UserError,
  closest,
  executeCheck
} from "./chunk-J37DTVOO.js";
import {
  __toESM
} from "./chunk-ITIM5DDX.js";

// src/checks/registry.ts
var CHECKS = [secretScan, smokeTest, latencyBudget, migrationCheck, dnsCheck];
function checkByName(name) {
  return CHECKS.find((c) => c.name === name || c.section === name);
}

// src/core/config.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
function loadConfig(file, checks, displayName = file) {
  const source = loadYaml(file, displayName);
  return readConfig(source, checks, path.dirname(path.resolve(file)));
}
function readConfig(source, checks, dir) {
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
  for (const [key, body] of Object.entries(value)) {
    const check = checks.find((c) => c.section === key);
    if (!check) {
      const hint = closest(key, sectionNames);
      throw new UserError(
        `${source.file}:${source.keyLine([], key)}: unknown section '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}; sections: ${sectionNames.join(", ")}.`
      );
    }
    if (body === null || body === void 0) {
      sections.push({ check, raw: {}, where: (name) => `${source.file}: ${key}.${name}` });
      continue;
    }
    if (typeof body !== "object" || Array.isArray(body)) {
      throw new UserError(
        `${source.file}:${source.lineOf([key])}: section '${key}' must be a mapping of ${check.name} inputs.`
      );
    }
    const known = Object.keys({ ...check.inputs, ...COMMON_INPUTS });
    for (const name of Object.keys(body)) {
      if (!known.includes(name)) {
        const hint = closest(name, known);
        throw new UserError(
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
  return { file: source.file, dir, sections };
}

// src/core/run-config.ts
var RUN_ALONE = /* @__PURE__ */ new Set(["latency"]);
async function runConfig(config, opts) {
  let sections = config.sections;
  if (opts.only && opts.only.length > 0) {
    const names = sections.map((s) => s.check.section);
    for (const want of opts.only) {
      if (!sections.some((s) => s.check.section === want || s.check.name === want)) {
        throw new UserError(
          `--only names '${want}', which ${config.file} does not configure (it has: ${names.join(", ") || "no sections"}).`
        );
      }
    }
    sections = sections.filter((s) => opts.only.includes(s.check.section) || opts.only.includes(s.check.name));
  }
  if (sections.length === 0) throw new UserError(`${config.file} configures no checks.`);
  const runOne = async (section) => {
    const lines = [];
    const log = {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`warning: ${m}`),
      debug: (m) => {
        if (opts.env.RUNNER_DEBUG === "1" || opts.env.LAUNCHGATE_DEBUG) lines.push(`debug: ${m}`);
      }
    };
    opts.onStart?.(section.check.section);
    try {
      const done = await executeCheck(section.check, {
        raw: section.raw,
        where: section.where,
        baseDir: config.dir,
        env: opts.env,
        event: opts.event,
        log,
        secrets: opts.secrets,
        inActions: opts.inActions
      });
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l))
      );
      opts.onDone?.(done);
      return done;
    } catch (err) {
      opts.onLog(
        section.check.section,
        lines.map((l) => opts.secrets.redact(l))
      );
      throw err;
    }
  };
  const concurrent = sections.filter((s) => !RUN_ALONE.has(s.check.section));
  const alone = sections.filter((s) => RUN_ALONE.has(s.check.section));
  const results = await Promise.all(concurrent.map(runOne));
  for (const s of alone) results.push(await runOne(s));
  const order = sections.map((s) => s.check.name);
  return results.sort((a, b) => order.indexOf(a.report.check) - order.indexOf(b.report.check));
}

export {
  CHECKS,
  checkByName,
  loadConfig,
  runConfig
};
