import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  NotImplementedError,
  choice,
  defineCheck,
  list,
  text
} from "./chunk-7HJFIJEW.js";

// src/checks/secret-scan/index.ts
var secretScan = defineCheck({
  name: "secret-scan",
  section: "secrets",
  title: "launchgate secret scan",
  description: "Fails when a commit, the working tree or a deployed bundle carries a key or token; never prints the secret.",
  branding: { icon: "lock", color: "red" },
  inputs: {
    mode: choice("What to scan: auto (PR commits, pushed commits, or full history on schedule), diff (base..head), history, or tree (working files only).", "auto", ["auto", "diff", "history", "tree"]),
    base: text("Base ref or SHA for mode diff."),
    head: text("Head ref or SHA for mode diff.", "HEAD"),
    engine: choice("Scanner: builtin (TypeScript rules plus a gitleaks-format config) or gitleaks (the gitleaks/betterleaks binary).", "builtin", ["builtin", "gitleaks"]),
    "rules-config": text("gitleaks-format TOML rules file; .gitleaks.toml is used when present."),
    "gitleaks-version": text("gitleaks release to download when engine is gitleaks and none is on PATH.", "8.28.0"),
    paths: list("Folders or files a tree scan is limited to (e.g. the build output dist/), one per line."),
    urls: list("Deployed pages whose same-origin scripts and source maps are scanned, one per line."),
    sarif: text("Where to write the SARIF 2.1.0 file for github/codeql-action/upload-sarif.", "launchgate-secrets.sarif")
  },
  outputs: {
    findings: { description: "Number of secrets found." },
    sarif: { description: "Path of the SARIF file." }
  },
  async run() {
    throw new NotImplementedError("secret-scan");
  }
});

export {
  secretScan
};
