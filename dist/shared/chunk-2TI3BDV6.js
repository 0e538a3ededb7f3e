import { createRequire as __lgCreateRequire } from 'node:module';
import { fileURLToPath as __lgFileURLToPath } from 'node:url';
import { dirname as __lgDirname } from 'node:path';
const require = __lgCreateRequire(import.meta.url);
const __filename = __lgFileURLToPath(import.meta.url);
const __dirname = __lgDirname(__filename);
import {
  escapeText
} from "./chunk-DLCS5LTK.js";
import {
  init_define_LAUNCHGATE_GATES
} from "./chunk-WW23YH7P.js";

// src/core/secrets.ts
init_define_LAUNCHGATE_GATES();
var MASK = "***";
var MIN_SECRET = 4;
var CUT_MARKS = ["\u2026", "..."];
var PARTIAL_MIN = 20;
var REVEAL = 4;
var SHOWN_CUT = "\u2026";
function isDistinctive(value) {
  if (value.length < 8 || new Set(value).size < 5) return false;
  if (/^[A-Za-z]+(?:[ ._-][A-Za-z]+)*$/.test(value) || /^\d+$/.test(value)) return value.length >= PARTIAL_MIN;
  return true;
}
var LiteralAutomaton = class {
  next = [/* @__PURE__ */ new Map()];
  fail = [0];
  /** Length of the trie path to a node: how many characters of some spelling the text has just matched. */
  depth = [0];
  /** Length of the longest spelling that ends at a node (itself or through its failure links); 0 if none. */
  longest = [0];
  constructor(patterns) {
    for (const p of patterns) {
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let child = this.next[node].get(c);
        if (child === void 0) {
          child = this.next.length;
          this.next.push(/* @__PURE__ */ new Map());
          this.fail.push(0);
          this.depth.push(this.depth[node] + 1);
          this.longest.push(0);
          this.next[node].set(c, child);
        }
        node = child;
      }
      this.longest[node] = Math.max(this.longest[node], p.length);
    }
    const queue = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      this.longest[node] = Math.max(this.longest[node], this.longest[this.fail[node]]);
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== void 0 && target !== child ? target : 0;
        queue.push(child);
      }
    }
  }
  step(state, c) {
    let s = state;
    while (s !== 0 && !this.next[s].has(c)) s = this.fail[s];
    return this.next[s].get(c) ?? 0;
  }
};
var reverse = (s) => [...s].reverse().join("");
function cutMarkEndsAt(text, end) {
  return CUT_MARKS.some((m) => end >= m.length && text.startsWith(m, end - m.length));
}
function cutMarkStartsAt(text, start) {
  return CUT_MARKS.some((m) => text.startsWith(m, start));
}
var HTML_ESCAPES = [
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" },
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#x27;" },
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }
];
function encodedSpellings(value) {
  const out = /* @__PURE__ */ new Set([value]);
  const uri = encodeURIComponent(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  for (const v of [uri, encodeURI(value), form, form.replace(/\+/g, "%20")]) {
    out.add(v);
    out.add(v.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
  }
  for (const map of HTML_ESCAPES) out.add(value.replace(/[&<>"']/g, (c) => map[c]));
  const json = JSON.stringify(value).slice(1, -1);
  out.add(json);
  out.add(JSON.stringify(json).slice(1, -1));
  const ascii = (j) => j.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const slashes = json.replace(/\//g, "\\/");
  for (const v of [ascii(json), slashes, ascii(slashes)]) out.add(v);
  const bytes = Buffer.from(value, "utf8");
  for (let align = 0; align < 3; align++) {
    const encoded = Buffer.concat([Buffer.alloc(align), bytes]).toString("base64").replace(/=+$/, "");
    const first = Math.ceil(8 * align / 6);
    const last = Math.floor(8 * (align + bytes.length) / 6);
    const core = encoded.slice(first, last);
    if (core.length >= MIN_SECRET) {
      out.add(core);
      out.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  return [...out].filter((v) => v.length >= MIN_SECRET);
}
var SecretRegistry = class {
  values = /* @__PURE__ */ new Set();
  spellings = /* @__PURE__ */ new Set();
  listeners = [];
  /**
   * redactMatch of each value long enough to be shown in part, as text and as markdown text (escapeText): the one
   * form redact() lets through. Its sides' lengths, to find a form around a cut mark in a few lookups.
   */
  shownForms = /* @__PURE__ */ new Set();
  shownSides = { before: /* @__PURE__ */ new Set(), after: /* @__PURE__ */ new Set() };
  /** Built on first use after a value is added. */
  forward;
  backward;
  add(value) {
    if (!value || value.length < MIN_SECRET || this.values.has(value)) return;
    this.values.add(value);
    if (value.length >= PARTIAL_MIN) {
      const [before, after] = [value.slice(0, REVEAL), value.slice(-REVEAL)];
      for (const [b, a] of [
        [before, after],
        [escapeText(before), escapeText(after)]
      ]) {
        this.shownForms.add(`${b}${SHOWN_CUT}${a}`);
        this.shownSides.before.add(b.length);
        this.shownSides.after.add(a.length);
      }
    }
    this.forward = this.backward = void 0;
    for (const spelling of encodedSpellings(value)) {
      if (this.spellings.has(spelling)) continue;
      this.spellings.add(spelling);
      for (const listener of this.listeners) listener(spelling);
    }
  }
  onAdd(listener) {
    this.listeners.push(listener);
    for (const spelling of this.spellings) listener(spelling);
  }
  has(value) {
    return this.values.has(value) || this.spellings.has(value);
  }
  /** How many values were registered (not counting their encoded spellings). */
  get size() {
    return this.values.size;
  }
  /**
   * Masks every registered value in any of its spellings, and any 4+ character prefix of one that ends the text
   * or stands before a cut mark (`…`, `...`), and any 4+ character suffix after a cut mark: a cut excerpt keeps
   * no piece of a secret. What stays is redactMatch's own `AKIA…MPLE` of a value of PARTIAL_MIN characters or more:
   * its 4 characters at each side of the `…`. Linear in the text's length.
   */
  redact(text) {
    if (this.spellings.size === 0 || !text) return text;
    this.forward ??= new LiteralAutomaton(this.spellings);
    const masked = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.forward.step(state, text.charCodeAt(i));
      const end = i + 1;
      const whole = this.forward.longest[state];
      if (whole) masked.push([end - whole, end]);
      const partial = this.forward.depth[state];
      if (partial < MIN_SECRET || partial <= whole) continue;
      const cut = cutMarkStartsAt(text, end);
      if (cut ? !this.isShownForm(text, end, partial) : end === text.length) masked.push([end - partial, end]);
    }
    if (CUT_MARKS.some((m) => text.includes(m))) {
      this.backward ??= new LiteralAutomaton([...this.spellings].map(reverse));
      state = 0;
      for (let i = text.length - 1; i >= 0; i--) {
        state = this.backward.step(state, text.charCodeAt(i));
        const partial = this.backward.depth[state];
        if (partial >= MIN_SECRET && cutMarkEndsAt(text, i) && !this.isShownForm(text, i - SHOWN_CUT.length, partial))
          masked.push([i, i + partial]);
      }
    }
    if (masked.length === 0) return text;
    masked.sort((a, b) => a[0] - b[0]);
    let out = "";
    let pos = 0;
    for (const [start, end] of masked) {
      if (end <= pos) continue;
      if (start > pos) out += text.slice(pos, start);
      if (start >= pos) out += MASK;
      pos = end;
    }
    return out + text.slice(pos);
  }
  /**
   * Whether the 4-character piece beside the cut mark at `cut` is one side of a shown form of a registered value
   * (the other side may be markdown-escaped, a few characters longer).
   */
  isShownForm(text, cut, piece) {
    if (piece !== REVEAL || !text.startsWith(SHOWN_CUT, cut)) return false;
    const after = cut + SHOWN_CUT.length;
    for (const b of this.shownSides.before)
      for (const a of this.shownSides.after)
        if (cut - b >= 0 && this.shownForms.has(text.slice(cut - b, after + a))) return true;
    return false;
  }
  /**
   * An excerpt of untrusted text for a report: redacted first, then cut to at most `max` characters with `…`,
   * so a cut can never leave the start of a secret behind.
   */
  excerpt(text, max) {
    const redacted = this.redact(text);
    if (redacted.length <= max) return redacted;
    return this.redact(`${redacted.slice(0, Math.max(0, max - 1))}\u2026`);
  }
  /** Redacts every string inside a JSON-like value. */
  redactDeep(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v));
    if (value && typeof value === "object") {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.redactDeep(v);
      return out;
    }
    return value;
  }
};
function redactMatch(secret) {
  if (secret.length < PARTIAL_MIN) return "********";
  return `${secret.slice(0, REVEAL)}${SHOWN_CUT}${secret.slice(-REVEAL)}`;
}

export {
  MASK,
  isDistinctive,
  SecretRegistry,
  redactMatch
};
