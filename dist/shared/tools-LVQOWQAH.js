import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/hosts/tools.ts
init_define_LAUNCHGATE_GATES();
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
async function installTool(req, log) {
  process.env.RUNNER_TOOL_CACHE ||= path.join(os.homedir(), ".cache", "launchgate", "tools");
  process.env.RUNNER_TEMP ||= os.tmpdir();
  const tc = await import("./tool-cache-ZLKDDYDY.js");
  const arch = req.arch ?? os.arch();
  const cached = tc.find(req.name, req.version, arch);
  if (cached) return path.join(cached, req.binary);
  log.info(`Downloading ${req.archiveUrl}`);
  const archive = await tc.downloadTool(req.archiveUrl);
  try {
    const checksumsFile = await tc.downloadTool(req.checksumsUrl);
    const listed = readFileSync(checksumsFile, "utf8").split("\n").map((l) => l.trim().split(/\s+/)).find(([, name]) => name === req.archiveName || name === `*${req.archiveName}`)?.[0]?.toLowerCase();
    if (!listed) throw new Error(`${req.checksumsUrl} lists no checksum for ${req.archiveName}`);
    if (req.pinnedSha256 && listed !== req.pinnedSha256) {
      throw new Error(
        `the checksums file lists ${listed} for ${req.archiveName}, but launchgate pins ${req.pinnedSha256}: refusing to run it`
      );
    }
    const actual = sha256(archive);
    if (actual !== listed)
      throw new Error(
        `checksum mismatch for ${req.archiveName}: expected ${listed}, downloaded ${actual}; refusing to run it`
      );
    const dir = await tc.extractTar(archive);
    const cachedDir = await tc.cacheDir(dir, req.name, req.version, arch);
    return path.join(cachedDir, req.binary);
  } finally {
    rmSync(archive, { force: true });
  }
}
export {
  installTool
};
