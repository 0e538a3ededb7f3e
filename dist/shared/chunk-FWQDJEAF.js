import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  describeGiven,
  external_exports
} from "./chunk-T5YKWYUI.js";
import {
  UserError
} from "./chunk-CGGRE6NF.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/inputs.ts
init_define_LAUNCHGATE_GATES();
var asText = (v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v;
function text(description, def = "", opts = {}) {
  return { description, default: def, accepted: "any text", schema: external_exports.preprocess(asText, external_exports.string()), ...opts };
}
function choice(description, def, values) {
  return { description, default: def, accepted: values.join(", "), schema: external_exports.preprocess(asText, external_exports.enum(values)) };
}
function bool(description, def) {
  return {
    description,
    default: def,
    accepted: "true or false",
    schema: external_exports.preprocess(
      (v) => typeof v === "boolean" ? String(v) : typeof v === "string" ? v.trim().toLowerCase() : v,
      external_exports.union([external_exports.literal(""), external_exports.enum(["true", "false"])]).transform((v) => v === "" ? void 0 : v === "true")
    )
  };
}
function integer(description, def, min, max) {
  return {
    description,
    default: def,
    accepted: `a whole number from ${min} to ${max}`,
    schema: external_exports.preprocess(
      (v) => typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v,
      external_exports.number().int().min(min).max(max)
    )
  };
}
function decimal(description, def, min, max) {
  const spec = optionalDecimal(description, def, min, max);
  return { ...spec, schema: spec.schema.pipe(external_exports.number()) };
}
function optionalDecimal(description, def, min, max) {
  return {
    description,
    default: def,
    accepted: `a number from ${min} to ${max}`,
    schema: external_exports.preprocess(
      (v) => typeof v === "string" ? v.trim() === "" ? void 0 : /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v : v,
      external_exports.number().min(min).max(max).optional()
    )
  };
}
function percent(description, def) {
  return {
    description,
    default: def,
    accepted: "a percentage such as 20% (0% to 1000%)",
    schema: external_exports.preprocess((v) => {
      if (typeof v === "number") return v;
      if (typeof v !== "string") return v;
      const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
      return m ? Number(m[1]) / 100 : v;
    }, external_exports.number().min(0).max(10))
  };
}
function isHttpUrl(value) {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
function url(description, def = "") {
  return {
    description,
    default: def,
    accepted: "an http:// or https:// URL",
    schema: external_exports.preprocess(
      asText,
      external_exports.string().trim().refine((v) => v === "" || isHttpUrl(v))
    )
  };
}
function list(description, def = "", separator = "newline") {
  return {
    description,
    default: def,
    accepted: separator === "comma" ? "a comma-separated list" : "one value per line",
    schema: external_exports.preprocess((v) => {
      if (Array.isArray(v)) return v.map((x) => asText(x));
      if (typeof v !== "string") return v;
      const parts = separator === "comma" ? v.split(/[,\n]/) : v.split("\n");
      return parts.map((p) => p.trim()).filter((p) => p && !p.startsWith("#"));
    }, external_exports.array(external_exports.string()))
  };
}
var COMMON_INPUTS = {
  "fail-on": choice("Lowest severity that fails the step: error, warning, or never (report only).", "error", [
    "error",
    "warning",
    "never"
  ]),
  "working-directory": text(
    "Directory the check runs in; file paths in findings are relative to the repository root.",
    "."
  ),
  "github-token": {
    ...text("Token for the pull-request comment and the GitHub API.", "${{ github.token }}"),
    secret: true
  },
  "pr-comment": bool("Post or update one sticky pull-request comment with this check's results.", "false")
};
function parseInputs(specs, raw, where) {
  const { values, errors } = checkInputs(specs, raw, where);
  if (errors.length) throw new UserError(errors.join("\n"));
  return values;
}
function checkInputs(specs, raw, where) {
  const out = {};
  const errors = [];
  for (const [name, spec] of Object.entries(specs)) {
    let value = raw[name];
    const missing = value === void 0 || value === null || typeof value === "string" && value.trim() === "";
    if (missing) {
      if (spec.required) {
        errors.push(`${where(name)} is required: ${spec.description}`);
        continue;
      }
      value = spec.default.startsWith("${{") ? "" : spec.default;
    }
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success) {
      errors.push(`${where(name)} got ${describeGiven(value, spec.secret)}; accepted: ${spec.accepted}.`);
      continue;
    }
    out[name] = parsed.data;
  }
  return { values: out, errors };
}
function registerSecretInputs(specs, raw, secrets) {
  for (const [name, spec] of Object.entries(specs)) {
    const value = raw[name];
    if (spec.secret && (typeof value === "string" || typeof value === "number")) secrets.add(String(value).trim());
    if (spec.secret && typeof value === "string" && value.trim() !== value) secrets.add(value);
  }
}
function closest(word, candidates) {
  const prefixed = candidates.find((c) => word.length >= 3 && (c.startsWith(word) || word.startsWith(c)));
  if (prefixed) return prefixed;
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance < word.length && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export {
  text,
  choice,
  bool,
  integer,
  decimal,
  percent,
  isHttpUrl,
  url,
  list,
  COMMON_INPUTS,
  parseInputs,
  checkInputs,
  registerSecretInputs,
  closest
};
