import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger, ToolRequest } from '../core/check.js';

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Downloads a release archive, verifies it against the release's checksums file and the hash pinned in our code
 * (so a tampered checksums file does not pass), extracts it and caches it with @actions/tool-cache. A mismatch
 * throws before anything from the archive is run.
 */
export async function installTool(req: ToolRequest, log: Logger): Promise<string> {
  // tool-cache needs these outside the runner too (the CLI): keep tools under the user's cache.
  process.env.RUNNER_TOOL_CACHE ||= path.join(os.homedir(), '.cache', 'launchgate', 'tools');
  process.env.RUNNER_TEMP ||= os.tmpdir();
  // tool-cache (and its HTTP client) loads only when a tool is needed: most runs never need one.
  const tc = await import('@actions/tool-cache');
  const arch = req.arch ?? os.arch();
  const cached = tc.find(req.name, req.version, arch);
  if (cached) return path.join(cached, req.binary);
  log.info(`Downloading ${req.archiveUrl}`);
  const archive = await tc.downloadTool(req.archiveUrl);
  try {
    const checksumsFile = await tc.downloadTool(req.checksumsUrl);
    const listed = readFileSync(checksumsFile, 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find(([, name]) => name === req.archiveName || name === `*${req.archiveName}`)?.[0]
      ?.toLowerCase();
    if (!listed) throw new Error(`${req.checksumsUrl} lists no checksum for ${req.archiveName}`);
    if (req.pinnedSha256 && listed !== req.pinnedSha256) {
      throw new Error(
        `the checksums file lists ${listed} for ${req.archiveName}, but launchgate pins ${req.pinnedSha256}: refusing to run it`,
      );
    }
    const actual = sha256(archive);
    if (actual !== listed)
      throw new Error(
        `checksum mismatch for ${req.archiveName}: expected ${listed}, downloaded ${actual}; refusing to run it`,
      );
    const dir = await tc.extractTar(archive);
    const cachedDir = await tc.cacheDir(dir, req.name, req.version, arch);
    return path.join(cachedDir, req.binary);
  } finally {
    rmSync(archive, { force: true });
  }
}
