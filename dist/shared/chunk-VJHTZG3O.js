import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/checks/secret-scan/text-chunks.ts
init_define_LAUNCHGATE_GATES();
import { isAscii } from "node:buffer";
var CHUNK_BYTES = 4 * 1024 * 1024;
var CHUNK_OVERLAP_BYTES = 64 * 1024;
function fragmentText(bytes, ascii, standIns) {
  const standIn = standIns && !ascii ? standInText(bytes) : void 0;
  if (standIn === void 0) return { text: decodeText(bytes, 0, bytes.length, ascii) };
  return { text: standIn, realText: () => decodeText(bytes, 0, bytes.length, false) };
}
function decodeText(bytes, start = 0, end = bytes.length, ascii) {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  return view.toString(ascii ?? isAscii(view) ? "latin1" : "utf8");
}
function chunkEnd(bytes, end) {
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return end;
}
function nextChunkStart(bytes, end) {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  let next = view.indexOf(10, Math.max(1, end - CHUNK_OVERLAP_BYTES));
  next = next >= 0 && next + 1 < end ? next + 1 : Math.max(1, end - CHUNK_OVERLAP_BYTES);
  while (next < end && (bytes[next] & 192) === 128) next++;
  return next;
}
function advancePosition(consumed, at) {
  let newlines = 0;
  let lastNl = -1;
  for (let i = consumed.indexOf(10); i >= 0; i = consumed.indexOf(10, i + 1)) {
    newlines++;
    lastNl = i;
  }
  if (newlines) return { line: at.line + newlines, column: 1 + consumed.subarray(lastNl + 1).toString("utf8").length };
  return { line: at.line, column: at.column + consumed.toString("utf8").length };
}
var TextChunker = class {
  constructor(base) {
    this.base = base;
  }
  base;
  buf = Buffer.allocUnsafe(0);
  filled = 0;
  at = { line: 1, column: 1 };
  /** True once a chunk was handed out before the end: the file was too large for one. */
  chunked = false;
  write(piece, out) {
    let from = 0;
    while (from < piece.length) {
      if (this.buf.length < CHUNK_BYTES + 1) this.grow(Math.min(CHUNK_BYTES + 1, this.filled + piece.length - from));
      const take = Math.min(piece.length - from, this.buf.length - this.filled);
      this.buf.set(piece.subarray(from, from + take), this.filled);
      this.filled += take;
      from += take;
      if (this.filled > CHUNK_BYTES) this.handOut(out);
    }
  }
  end(out) {
    if (this.filled === 0 && this.chunked) return;
    out.push(this.fragment(this.filled));
    this.filled = 0;
  }
  grow(size) {
    if (size <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.min(CHUNK_BYTES + 1, Math.max(size, this.buf.length * 2)));
    this.buf.copy(bigger, 0, 0, this.filled);
    this.buf = bigger;
  }
  handOut(out) {
    const end = chunkEnd(this.buf, CHUNK_BYTES);
    out.push(this.fragment(end));
    this.chunked = true;
    const next = nextChunkStart(this.buf, end);
    this.at = advancePosition(this.buf.subarray(0, next), this.at);
    this.buf.copyWithin(0, next, this.filled);
    this.filled -= next;
  }
  fragment(end) {
    const bytes = Buffer.from(this.buf.subarray(0, end));
    return this.chunked || end < this.filled ? { ...this.base, bytes, firstLine: this.at.line, firstColumn: this.at.column } : { ...this.base, bytes };
  }
};
var STAND_IN = 128;
var STAND_IN_SPACE = 160;
var isJsSpace = (cp) => cp === 5760 || cp >= 8192 && cp <= 8202 || cp === 8239 || cp === 8287 || cp === 12288 || cp === 65279;
var STAND_IN_BLOCK = 256;
var standInScratch = Buffer.allocUnsafeSlow(64 * 1024);
function standInText(bytes) {
  const n = bytes.length;
  if (standInScratch.length < n) standInScratch = Buffer.allocUnsafeSlow(Math.max(n, standInScratch.length * 2));
  const out = standInScratch;
  let o = 0;
  let i = 0;
  while (i < n) {
    if (i % STAND_IN_BLOCK === 0) {
      const blockEnd = Math.min(n, i + STAND_IN_BLOCK);
      if (isAscii(bytes.subarray(i, blockEnd))) {
        out.set(bytes.subarray(i, blockEnd), o);
        o += blockEnd - i;
        i = blockEnd;
        continue;
      }
    }
    const b = bytes[i];
    if (b < 128) {
      out[o++] = b;
      i++;
      continue;
    }
    let cp;
    let length;
    if (b >= 194 && b <= 223) {
      length = 2;
      cp = b & 31;
    } else if (b >= 224 && b <= 239) {
      length = 3;
      cp = b & 15;
    } else if (b >= 240 && b <= 244) {
      length = 4;
      cp = b & 7;
    } else return void 0;
    if (i + length > n) return void 0;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if ((c & 192) !== 128) return void 0;
      cp = cp << 6 | c & 63;
    }
    if (length === 3 && (cp < 2048 || cp >= 55296 && cp <= 57343) || length === 4 && (cp < 65536 || cp > 1114111))
      return void 0;
    if (cp <= 255) out[o++] = cp;
    else if (cp === 8232 || cp === 8233 || cp === 304 || cp === 8490) return void 0;
    else if (cp > 65535) {
      out[o++] = STAND_IN;
      out[o++] = STAND_IN;
    } else out[o++] = isJsSpace(cp) ? STAND_IN_SPACE : STAND_IN;
    i += length;
  }
  return out.toString("latin1", 0, o);
}
var mixed = "a \xE9 \u65E5 \uFF21 \u3000 \u{1F600} \xA0 ok\n";
for (const sample of [mixed, "x".repeat(600) + mixed + "y".repeat(600), "x\u2028", "\u0130", "\u212A"])
  standInText(Buffer.from(sample));
for (const bytes of [[192], [226, 130], [226, 40, 161], [224, 128, 128], [244, 144, 128, 128]])
  standInText(Buffer.from(bytes));

// src/checks/secret-scan/git-patches.ts
init_define_LAUNCHGATE_GATES();
var emptyStats = () => ({ commits: 0, files: 0, bytes: 0, binaryFiles: [], chunked: 0 });
function addStats(into, from) {
  into.commits += from.commits;
  into.bytes += from.bytes;
  into.chunked += from.chunked;
  into.binaryFiles.push(...from.binaryFiles);
}
var COMMIT_MARK = "launchgate-commit";
var COMMIT_FORMAT = `--format=${COMMIT_MARK}%H%x00%P%x00%an <%ae>%x00%aI`;
function unquoteGitPath(p) {
  if (!p.startsWith('"')) return p;
  const inner = p.slice(1, -1);
  const bytes = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const n = inner[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else
      bytes.push(
        { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 }[n] ?? n.charCodeAt(0)
      );
  }
  return Buffer.from(bytes).toString("utf8");
}
function patchHeaderPath(rest) {
  if (rest === "/dev/null") return void 0;
  const name = rest.startsWith('"') ? unquoteGitPath(rest) : rest.replace(/\t$/, "");
  return name.replace(/^[ab]\//, "");
}
function diffLinePath(line) {
  if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
    const rest2 = line.slice(line.indexOf(" ", 5) + 1);
    return rest2.startsWith('"') ? unquoteGitPath(rest2) : rest2;
  }
  const rest = line.slice("diff --git ".length);
  if (rest.startsWith('"')) {
    const end = closingQuote(rest, 0);
    const second = rest.slice(end + 2);
    return (second.startsWith('"') ? unquoteGitPath(second) : second).replace(/^b\//, "");
  }
  const nameLength = (rest.length - 5) / 2;
  if (Number.isInteger(nameLength) && nameLength > 0) return rest.slice(nameLength + 5);
  return void 0;
}
function closingQuote(s, open) {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}
var NEWLINE = 10;
var MINUS = 45;
var SPACE = 32;
var BACKSLASH = 92;
var PatchParser = class {
  /** `countCommits: false` when another reader of the same range counts them (history-read.ts). */
  constructor(stats, seenFiles = /* @__PURE__ */ new Set(), countCommits = true, binaries, gitBinaries, only) {
    this.stats = stats;
    this.seenFiles = seenFiles;
    this.countCommits = countCommits;
    this.binaries = binaries;
    this.gitBinaries = gitBinaries;
    this.only = only;
  }
  stats;
  seenFiles;
  countCommits;
  binaries;
  gitBinaries;
  only;
  state = "commit-header";
  commit = "";
  author = "";
  date = "";
  file;
  binaryCandidate;
  /** The current file's blob after the change, from its `index <old>..<new>` line (with --full-index). */
  newBlob;
  /** The current file is deleted (`deleted file mode`, or an all-zero new blob). */
  deleted = false;
  parents = 1;
  newLine = 0;
  /** Lines still due in the current hunk, from the new side and from each parent, as its header counted them. */
  newLeft = 0;
  oldLeft = [];
  /** The current file's added lines, each ending in a newline, and the file line of each. */
  added = Buffer.allocUnsafe(64 * 1024);
  addedLength = 0;
  lines = [];
  /** This file's added lines already handed out in earlier chunks. */
  chunkedFile = false;
  lineKind = 0 /* Start */;
  /** Pieces of a header line that spans reads, and the first bytes of a hunk line cut off at the end of a read. */
  headerPieces = [];
  carry;
  ready = [];
  /** One read of git's output; lines may span reads. */
  write(input) {
    let chunk = input;
    if (this.carry) {
      chunk = Buffer.concat([this.carry, input]);
      this.carry = void 0;
    }
    const n = chunk.length;
    let pos = 0;
    while (pos < n) {
      if (this.lineKind === 0 /* Start */) {
        if (this.state === "hunk") {
          const need = this.parents;
          if (n - pos < need && chunk.indexOf(NEWLINE, pos) < 0) {
            this.carry = Buffer.from(chunk.subarray(pos));
            return;
          }
          pos = this.hunkLineStart(chunk, pos);
        } else this.lineKind = 1 /* Header */;
      }
      const nl = chunk.indexOf(NEWLINE, pos);
      const end = nl < 0 ? n : nl;
      if (this.lineKind === 2 /* Added */) this.append(chunk, pos, end);
      else if (this.lineKind === 1 /* Header */) this.headerPieces.push(Buffer.from(chunk.subarray(pos, end)));
      if (nl < 0) return;
      this.endLine();
      pos = nl + 1;
    }
  }
  /** Decides what a hunk line is from its prefix, counts it, and returns where its text starts. */
  hunkLineStart(chunk, pos) {
    const first = chunk[pos];
    if (first === BACKSLASH) {
      this.lineKind = 3 /* Skip */;
      return pos;
    }
    const parents = this.parents;
    let prefixEnd = pos;
    let removed = false;
    let context = false;
    for (; prefixEnd < pos + parents && prefixEnd < chunk.length; prefixEnd++) {
      const c = chunk[prefixEnd];
      if (c === NEWLINE) break;
      if (c === MINUS) removed = true;
      else if (c === SPACE) context = true;
    }
    if (removed) {
      for (let p = 0; p < parents; p++) if (chunk[pos + p] === MINUS) this.oldLeft[p]--;
      this.lineKind = 3 /* Skip */;
    } else {
      this.newLeft--;
      for (let p = 0; p < parents; p++) if (chunk[pos + p] === SPACE) this.oldLeft[p]--;
      if (this.file && !context) {
        this.lineKind = 2 /* Added */;
        this.lines.push(this.newLine);
      } else this.lineKind = 3 /* Skip */;
      this.newLine++;
    }
    if (this.newLeft <= 0 && this.oldLeft.every((left) => left <= 0)) this.state = "file-header";
    return prefixEnd;
  }
  append(chunk, start, end) {
    const length = end - start;
    if (this.addedLength + length + 1 > this.added.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.added.length * 2, this.addedLength + length + 1));
      this.added.copy(bigger, 0, 0, this.addedLength);
      this.added = bigger;
    }
    if (length < 64) for (let i = start; i < end; i++) this.added[this.addedLength++] = chunk[i];
    else this.addedLength += chunk.copy(this.added, this.addedLength, start, end);
  }
  endLine() {
    const kind = this.lineKind;
    this.lineKind = 0 /* Start */;
    if (kind === 2 /* Added */) {
      this.append(PLUS_NEWLINE, 1, 2);
      if (this.addedLength > CHUNK_BYTES) this.flush(true);
    } else if (kind === 1 /* Header */) {
      const pieces = this.headerPieces;
      this.headerPieces = [];
      this.headerLine(pieces.length === 1 ? pieces[0].toString("utf8") : Buffer.concat(pieces).toString("utf8"));
    }
  }
  /** A line outside hunks: commit, file and hunk headers. */
  headerLine(line) {
    if (line.startsWith(COMMIT_MARK)) {
      this.flush();
      [this.commit, , this.author, this.date] = line.slice(COMMIT_MARK.length).split("\0");
      if (this.countCommits) this.stats.commits++;
      this.file = void 0;
      this.state = "commit-header";
      return;
    }
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      this.flush();
      this.file = void 0;
      this.binaryCandidate = diffLinePath(line);
      this.newBlob = void 0;
      this.deleted = false;
      this.parents = line.startsWith("diff --git ") ? 1 : 2;
      this.state = "file-header";
      return;
    }
    if (this.state !== "file-header") return;
    if (line.startsWith("+++ ")) {
      this.file = patchHeaderPath(line.slice(4));
      return;
    }
    if (line.startsWith("deleted file mode ")) {
      this.deleted = true;
      return;
    }
    if (line.startsWith("index ")) {
      const m = /^index [0-9a-f,]+\.\.([0-9a-f]{40,64})(?: |$)/.exec(line);
      this.newBlob = m?.[1];
      if (this.newBlob && /^0+$/.test(this.newBlob)) this.deleted = true;
      return;
    }
    if (line.startsWith("Binary files ")) {
      if (!this.deleted && this.binaryCandidate && (!this.only || this.only(this.commit, this.binaryCandidate))) {
        if (this.binaries) this.binaries.push({ file: this.binaryCandidate, commit: this.commit });
        else this.stats.binaryFiles.push(`${this.binaryCandidate} (${this.commit.slice(0, 7)})`);
        if (this.newBlob)
          this.gitBinaries?.push({
            file: this.binaryCandidate,
            commit: this.commit,
            author: this.author,
            date: this.date,
            newBlob: this.newBlob,
            merge: this.parents > 1
          });
        this.ready.push({
          file: this.binaryCandidate,
          bytes: NO_BYTES,
          binary: true,
          commit: this.commit,
          author: this.author,
          date: this.date
        });
      }
      return;
    }
    if (line.startsWith("@@")) {
      const hunk = parseHunkHeader(line);
      if (!hunk) throw new Error(`git log printed a hunk header launchgate cannot read: ${line.slice(0, 80)}`);
      this.parents = hunk.old.length;
      this.newLine = hunk.newStart;
      this.newLeft = hunk.newCount;
      this.oldLeft = hunk.old;
      this.state = this.newLeft <= 0 && this.oldLeft.every((left) => left <= 0) ? "file-header" : "hunk";
    }
  }
  /** Hands out the added lines gathered so far; mid-file, the last lines are kept as the next chunk's overlap. */
  flush(midFile = false) {
    const length = this.addedLength;
    if (this.only && !(this.file !== void 0 && this.only(this.commit, this.file))) {
      this.addedLength = 0;
      this.lines = [];
      if (!midFile) this.chunkedFile = false;
      return;
    }
    if (this.file && this.lines.length) {
      this.ready.push({
        file: this.file,
        // Lines joined by newlines, without the last one's; a copy, as the buffer is filled again.
        bytes: Buffer.from(this.added.subarray(0, length - 1)),
        lines: this.lines,
        commit: this.commit,
        author: this.author,
        date: this.date
      });
      this.seenFiles.add(this.file);
    }
    if (midFile) {
      if (!this.chunkedFile) this.stats.chunked++;
      this.chunkedFile = true;
      let keep = 0;
      let keepStart = length;
      while (keep < this.lines.length - 1) {
        const start = keepStart >= 2 ? this.added.lastIndexOf(NEWLINE, keepStart - 2) + 1 : 0;
        if (length - start > CHUNK_OVERLAP_BYTES) break;
        keepStart = start;
        keep++;
      }
      this.stats.bytes += keepStart;
      this.added.copyWithin(0, keepStart, length);
      this.addedLength = length - keepStart;
      this.lines = keep ? this.lines.slice(-keep) : [];
      return;
    }
    this.stats.bytes += length;
    this.addedLength = 0;
    this.lines = [];
    this.chunkedFile = false;
  }
  end() {
    if (this.carry) {
      const rest = this.carry;
      this.carry = void 0;
      this.write(Buffer.concat([rest, PLUS_NEWLINE.subarray(1)]));
    } else if (this.lineKind !== 0 /* Start */) this.write(PLUS_NEWLINE.subarray(1));
    if (this.state === "hunk") throw new Error("git log output ended inside a hunk: the patch is incomplete");
    this.flush();
  }
};
var PLUS_NEWLINE = Buffer.from("+\n");
var NO_BYTES = new Uint8Array(0);
function parseHunkHeader(line) {
  const at = /^(@{2,}) /.exec(line);
  if (!at) return void 0;
  const close = line.indexOf(` ${at[1]}`, at[0].length);
  if (close < 0) return void 0;
  const ranges = line.slice(at[0].length, close).split(" ");
  if (ranges.length !== at[1].length) return void 0;
  const count = (r) => {
    const m = /^[-+](\d+)(?:,(\d+))?$/.exec(r);
    return m ? { start: Number(m[1]), count: m[2] === void 0 ? 1 : Number(m[2]) } : void 0;
  };
  const olds = ranges.slice(0, -1).map(count);
  const neu = count(ranges[ranges.length - 1]);
  if (!neu || olds.some((o) => !o) || !ranges[ranges.length - 1].startsWith("+")) return void 0;
  return { old: olds.map((o) => o.count), newStart: neu.start, newCount: neu.count };
}
function patchLogArgs(revs, extra = [], paths = []) {
  return [
    ...GIT_LOG_CONFIG,
    "log",
    "-p",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "--no-renames",
    "--no-textconv",
    // Whole blob ids on `index` lines: a changed file git calls binary is judged again by its content.
    "--full-index",
    "--full-history",
    COMMIT_FORMAT,
    ...extra,
    ...revs ?? ["--no-walk=unsorted", "--stdin"],
    "--",
    ...paths
  ];
}
var GIT_LOG_CONFIG = [
  "--literal-pathspecs",
  ...[
    "core.quotePath=false",
    "log.showRoot=true",
    "log.showSignature=false",
    "diff.noprefix=false",
    "diff.mnemonicPrefix=false",
    "diff.relative=false",
    "diff.srcPrefix=a/",
    "diff.dstPrefix=b/"
  ].flatMap((setting) => ["-c", setting])
];

// src/checks/secret-scan/tree.ts
init_define_LAUNCHGATE_GATES();
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var TEXT_EXTENSIONS = new Set(
  "env txt md json jsonc json5 yml yaml toml ini cfg conf config properties xml html htm css scss less js mjs cjs jsx ts tsx vue svelte py rb go rs java kt kts scala php pl sh bash zsh fish ps1 bat cmd sql graphql proto tf tfvars hcl gradle pem key crt cer pub asc csv tsv log map lock sum dockerfile npmrc pypirc netrc gitconfig tpl tmpl j2 erb ejs hbs cs c h cc cpp hpp m swift dart lua r ex exs erl clj groovy vb fs ml".split(" ")
);
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico webp avif tif tiff psd woff woff2 ttf otf eot zip gz tgz bz2 xz zst 7z rar jar war ear class exe dll so dylib o a lib obj bin wasm pdf doc docx xls xlsx ppt pptx odt mp3 mp4 m4a wav ogg webm mov avi mkv flac sqlite db p12 pfx jks keystore der pyc pyo node".split(" ")
);
var MAGIC = [
  [137, 80, 78, 71],
  // PNG
  [255, 216, 255],
  // JPEG
  [71, 73, 70, 56],
  // GIF
  [37, 80, 68, 70],
  // PDF
  [80, 75, 3, 4],
  // ZIP, JAR, DOCX
  [31, 139],
  // gzip
  [127, 69, 76, 70],
  // ELF
  [207, 250, 237, 254],
  // Mach-O
  [0, 97, 115, 109],
  // WebAssembly
  [77, 90],
  // PE (.exe)
  [83, 81, 76, 105, 116, 101, 32, 102]
  // SQLite
];
var SNIFF_BYTES = 8e3;
function fileKind(name, head, options = { binaryByName: true }) {
  const byName = kindByName(name);
  if (byName === "text" || byName === "binary" && options.binaryByName) return byName;
  if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return "binary";
  const n = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  let nul = false;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) nul = true;
    if (b < 9 || b > 13 && b < 32 || b === 127) control++;
  }
  return nul && control > n * 0.1 ? "binary" : "text";
}
function kindByName(name) {
  const base = path.basename(name).toLowerCase();
  const dot = base.lastIndexOf(".");
  const ext = dot >= 0 ? base.slice(dot + 1) : base;
  if (base.startsWith(".env") || TEXT_EXTENSIONS.has(ext)) return "text";
  if (dot >= 0 && BINARY_EXTENSIONS.has(ext)) return "binary";
  return void 0;
}
function* treeFragments(cwd, roots, stats, walk) {
  for (const f of treeFiles(cwd, roots, walk)) yield* fileFragments(f.abs, f.file, stats);
}
function* treeFiles(cwd, roots, walk) {
  const workspace = realpathSync(cwd);
  const given = (roots.length ? roots : ["."]).map((r) => path.resolve(cwd, r));
  const allowed = [workspace, ...given.map((g) => safeRealpath(g) ?? g)];
  const inside = (real) => allowed.some((a) => real === a || real.startsWith(a.endsWith(path.sep) ? a : a + path.sep));
  const visitedDirs = /* @__PURE__ */ new Set();
  const visitedFiles = /* @__PURE__ */ new Set();
  const shown = (abs) => {
    const rel = path.relative(cwd, abs);
    return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join("/");
  };
  const visit = function* (abs, explicit) {
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      return;
    }
    let real = abs;
    if (st.isSymbolicLink()) {
      const target = safeRealpath(abs);
      if (!target) return;
      if (!inside(target)) {
        walk.symlinksSkipped.push(`${shown(abs)} (points outside the workspace)`);
        return;
      }
      real = target;
      st = statSync(target);
    } else real = safeRealpath(abs) ?? abs;
    if (st.isDirectory()) {
      if (!explicit && SKIP_DIRS.has(path.basename(abs))) return;
      if (visitedDirs.has(real)) {
        if (abs !== real) walk.symlinksSkipped.push(`${shown(abs)} (a folder already scanned)`);
        return;
      }
      yield* folder(abs, real);
      return;
    }
    if (!st.isFile()) return;
    yield* file(abs, real, shown(abs));
  };
  const file = function* (abs, real, name) {
    if (visitedFiles.has(real)) return;
    visitedFiles.add(real);
    yield { abs, file: name };
  };
  const folder = function* (abs, real) {
    visitedDirs.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const shownDir = shown(abs);
    const insideCwd = path.relative(cwd, abs) === "" ? "" : shownDir;
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childReal = path.join(real, entry.name);
      if (entry.isFile()) yield* file(childAbs, childReal, insideCwd ? `${insideCwd}/${entry.name}` : entry.name);
      else if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name) || visitedDirs.has(childReal)) continue;
        yield* folder(childAbs, childReal);
      } else if (entry.isSymbolicLink()) yield* visit(childAbs, false);
      else if (!entry.isFIFO() && !entry.isSocket() && !entry.isBlockDevice() && !entry.isCharacterDevice())
        yield* visit(childAbs, false);
    }
  };
  for (const root of given) yield* visit(root, true);
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
var readBuffer;
function readFull(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, n, length - n, position + n);
    if (got <= 0) break;
    n += got;
  }
  return n;
}
function* fileFragments(abs, file, stats) {
  let fd;
  try {
    fd = openSync(abs, "r");
  } catch {
    return;
  }
  try {
    readBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + 1);
    const whole = readFull(fd, readBuffer, CHUNK_BYTES + 1, 0);
    if (fileKind(file, readBuffer.subarray(0, Math.min(whole, SNIFF_BYTES))) === "binary") {
      stats.binaryFiles.push(file);
      yield { file, text: "", binary: true };
      return;
    }
    stats.files++;
    if (whole <= CHUNK_BYTES) {
      stats.bytes += whole;
      yield { file, text: decodeText(readBuffer, 0, whole) };
      return;
    }
    const size = fstatSync(fd).size;
    stats.bytes += size;
    stats.chunked++;
    let start = 0;
    let at = { line: 1, column: 1 };
    const buf = Buffer.alloc(CHUNK_BYTES);
    while (start < size) {
      const n = readFull(fd, buf, Math.min(CHUNK_BYTES, size - start), start);
      if (n <= 0) break;
      const last = start + n >= size;
      const end = last ? n : chunkEnd(buf, n);
      yield { file, text: decodeText(buf, 0, end), firstLine: at.line, firstColumn: at.column };
      if (last) break;
      const next = nextChunkStart(buf, end);
      at = advancePosition(buf.subarray(0, next), at);
      start += next;
    }
  } finally {
    closeSync(fd);
  }
}

export {
  CHUNK_BYTES,
  fragmentText,
  TextChunker,
  emptyStats,
  addStats,
  COMMIT_MARK,
  COMMIT_FORMAT,
  unquoteGitPath,
  PatchParser,
  patchLogArgs,
  GIT_LOG_CONFIG,
  SNIFF_BYTES,
  fileKind,
  kindByName,
  treeFragments,
  treeFiles,
  fileFragments
};
