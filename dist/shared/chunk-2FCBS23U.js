import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  prepareCheck,
  runPrepared
} from "./chunk-5RRDV6YP.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/run-config.ts
init_define_LAUNCHGATE_GATES();
async function runConfig(config, opts) {
  const sections = selectSections(config, opts.only);
  const prepared = prepareSections(sections, opts.secrets);
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
      const done = await runPrepared(
        prepared.get(section),
        {
          raw: section.raw,
          where: section.where,
          baseDir: config.dir,
          env: opts.env,
          event: opts.event,
          log,
          secrets: opts.secrets,
          inActions: opts.inActions,
          services: opts.services,
          keepTempDir: opts.keepTempDir
        },
        true
      );
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
  const concurrent = sections.filter((s) => !s.check.runsAlone);
  const alone = sections.filter((s) => s.check.runsAlone);
  const results = await Promise.all(concurrent.map(runOne));
  for (const s of alone) results.push(await runOne(s));
  const order = sections.map((s) => s.check.name);
  return results.sort((a, b) => order.indexOf(a.report.check) - order.indexOf(b.report.check));
}
function selectSections(config, only) {
  let sections = config.sections;
  if (only && only.length > 0) {
    const names = sections.map((s) => s.check.section);
    for (const want of only) {
      if (!sections.some((s) => s.check.section === want || s.check.name === want)) {
        throw new UserError(
          `--only names '${want}', which ${config.file} does not configure (it has: ${names.join(", ") || "no sections"}).`
        );
      }
    }
    sections = sections.filter((s) => only.includes(s.check.section) || only.includes(s.check.name));
  }
  if (sections.length === 0) throw new UserError(`${config.file} configures no checks.`);
  return sections;
}
function prepareSections(sections, secrets) {
  const prepared = /* @__PURE__ */ new Map();
  const errors = [];
  for (const section of sections) {
    try {
      prepared.set(section, prepareCheck(section.check, section.raw, section.where, secrets));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      errors.push(err.message);
    }
  }
  if (errors.length) throw new UserError(errors.join("\n"));
  return prepared;
}
function combineReports(config, done) {
  return {
    config,
    result: done.some((d) => d.report.result === "fail") ? "fail" : "pass",
    reports: done.map((d) => d.report)
  };
}

export {
  runConfig,
  combineReports
};
