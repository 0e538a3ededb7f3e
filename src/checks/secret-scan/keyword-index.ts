/**
 * Every occurrence of every rule keyword in a text, in one pass: an Aho-Corasick automaton over lower-cased
 * characters, compiled into a dense table. It replaces lower-casing the text and running one alternation regex
 * over it (a copy of the text, and a regex that tries hundreds of alternatives wherever a letter starts one):
 * here each character costs one table step, whatever the number of keywords, so keyword spam stays linear.
 *
 * Case-insensitive as gitleaks is (it lower-cases the text): ASCII is folded in the table; other characters are
 * folded one by one (U+212A KELVIN SIGN is a `k`, as `strings.ToLower` says), so offsets are always offsets into
 * the text as given, never into a lower-cased copy whose length may differ (`İ` lower-cases to two characters).
 */
export class KeywordIndex {
  /**
   * Each state's transitions: `table[(state << shift) | column]`. The columns are the characters keywords hold
   * (about 45: lower-case letters, digits, a few signs; upper-case ASCII is its lower case), plus column 0 for every
   * other character, which leads back to the root from anywhere. A table that small mostly stays in cache, where
   * the scan's time goes, and builds in a few milliseconds (it is built once per run, before code gets optimised).
   */
  private readonly table: Int32Array;
  private readonly shift: number;
  /**
   * The same transitions for ASCII characters, indexed by the character itself: `asciiTable[(state << 7) | code]`.
   * Most text is ASCII, and this saves a load per character (its column) on the scan's critical path.
   */
  private readonly asciiTable: Int16Array | Int32Array;
  /** The column of each ASCII character (0: in no keyword). */
  private readonly asciiColumn = new Uint8Array(128);
  /** The column of each lower-cased non-ASCII character that some keyword holds. */
  private readonly wideColumn = new Map<number, number>();
  /** States are numbered so that those where a keyword ends come last, from this one on. */
  private readonly firstOutput: number;
  /** Keyword ids that end in each state (its own and those its failure chain reaches), flattened. */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly lengths: number[];
  /** Characters this index has looked at, for tests that check the work done stays linear. */
  charsVisited = 0;
  /** The last text's hits, in the order found: keyword ids and start offsets (grown as needed, kept). */
  private hitIds = new Int32Array(1024);
  private hitAt = new Int32Array(1024);
  private hits = 0;
  /** The same grouped by keyword: each present keyword's offsets, from groupStart, groupCount of them. */
  private grouped = new Int32Array(1024);
  private readonly groupStart: Int32Array;
  private readonly groupCount: Int32Array;
  /** Keywords the last text holds, in the order first seen. */
  private readonly present: number[] = [];

  constructor(readonly keywords: readonly string[]) {
    // Code unit by code unit, as the text is read (a keyword outside the BMP is two units, like its text).
    const folded = keywords.map((k) => {
      const lower = k.toLowerCase();
      const codes: number[] = [];
      for (let i = 0; i < lower.length; i++) codes.push(foldCode(lower.charCodeAt(i)));
      return codes;
    });
    this.lengths = folded.map((codes) => codes.length);
    this.groupStart = new Int32Array(keywords.length);
    this.groupCount = new Int32Array(keywords.length);
    let width = 1;
    for (const codes of folded)
      for (const c of codes) {
        if (c < 128) {
          if (this.asciiColumn[c] === 0) this.asciiColumn[c] = width++;
        } else if (!this.wideColumn.has(c)) this.wideColumn.set(c, width++);
      }
    // Upper-case ASCII reads as its lower case.
    for (let c = 65; c <= 90; c++) this.asciiColumn[c] = this.asciiColumn[c + 32];
    const column = (c: number) => (c < 128 ? this.asciiColumn[c] : this.wideColumn.get(c)!);

    // The trie, then failure links and transitions breadth first, all in typed arrays: built once per run while
    // the code is still interpreted, where Maps and arrays per state cost ten times as much (and their garbage).
    const maxStates = 1 + folded.reduce((n, codes) => n + codes.length, 0);
    const child = new Int32Array(maxStates * width).fill(-1);
    /** Each state's own keywords (those ending exactly there), ids ascending: a list through `nextEnd`. */
    const firstEnd = new Int32Array(maxStates).fill(-1);
    const nextEnd = new Int32Array(keywords.length).fill(-1);
    const lastEnd = new Int32Array(maxStates).fill(-1);
    let states = 1;
    folded.forEach((codes, id) => {
      if (codes.length === 0) return;
      let s = 0;
      for (const c of codes) {
        const at = s * width + column(c);
        if (child[at] < 0) child[at] = states++;
        s = child[at];
      }
      if (lastEnd[s] < 0) firstEnd[s] = id;
      else nextEnd[lastEnd[s]] = id;
      lastEnd[s] = id;
    });
    // The transitions, in the trie's own array: breadth first, a state's missing children become its failure
    // state's transitions (whose row is complete by then: it is shallower).
    const delta = child;
    const fail = new Int32Array(states);
    const order = new Int32Array(states);
    let queued = 0;
    for (let col = 0; col < width; col++) {
      const s = delta[col];
      if (s > 0) order[queued++] = s;
      else delta[col] = 0;
    }
    // Column 0 stays 0 (the root) from every state.
    for (let head = 0; head < queued; head++) {
      const r = order[head];
      delta[r * width] = 0;
      for (let col = 1; col < width; col++) {
        const s = delta[r * width + col];
        if (s < 0) delta[r * width + col] = delta[fail[r] * width + col];
        else {
          fail[s] = delta[fail[r] * width + col];
          order[queued++] = s;
        }
      }
    }
    // A state's keywords: its own, then those of each state down its failure chain.
    const outputs = (s: number, visit: (id: number) => void) => {
      for (let t = s; t !== 0; t = fail[t]) for (let id = firstEnd[t]; id >= 0; id = nextEnd[id]) visit(id);
    };
    const outCount = new Int32Array(states);
    for (let s = 1; s < states; s++) outputs(s, () => outCount[s]++);

    // Renumber: states where nothing ends first (the root stays 0), so the scan tests one number per character.
    const number = new Int32Array(states);
    const byNumber = new Int32Array(states);
    let quiet = 0;
    for (let s = 0; s < states; s++) if (outCount[s] === 0) byNumber[(number[s] = quiet++)] = s;
    let loud = quiet;
    for (let s = 0; s < states; s++) if (outCount[s] > 0) byNumber[(number[s] = loud++)] = s;
    this.firstOutput = quiet;
    const shift = Math.max(1, Math.ceil(Math.log2(width)));
    const table = new Int32Array(states << shift);
    const asciiTable = states < 1 << 15 ? new Int16Array(states << 7) : new Int32Array(states << 7);
    const asciiColumn = this.asciiColumn;
    for (let s = 0; s < states; s++) {
      const row = number[s];
      for (let col = 0; col < width; col++) table[(row << shift) | col] = number[delta[s * width + col]];
      for (let c = 0; c < 128; c++) asciiTable[(row << 7) | c] = table[(row << shift) | asciiColumn[c]];
    }
    this.shift = shift;
    this.table = table;
    this.asciiTable = asciiTable;
    this.outStart = new Int32Array(states + 1);
    for (let i = 0; i < states; i++) this.outStart[i + 1] = this.outStart[i] + outCount[byNumber[i]];
    this.outIds = new Int32Array(this.outStart[states]);
    let o = 0;
    for (let i = 0; i < states; i++) outputs(byNumber[i], (id) => (this.outIds[o++] = id));
  }

  /**
   * Where each keyword occurs in `text` (start offsets, ascending; overlapping occurrences included), keyed by
   * keyword id (its index in the constructor's list). Keywords that do not occur are absent. A copy of what `scan`
   * finds, for a caller that keeps it.
   */
  find(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    for (const id of this.scan(text)) found.set(id, [...this.positions(id)]);
    return found;
  }

  /**
   * Finds every keyword in `text`: the ids of those it holds, in the order first seen; `positions` then gives each
   * one's start offsets. Both are this index's own arrays, valid until the next call (nothing is allocated per
   * keyword seen: a large text holds hundreds of thousands).
   */
  scan(text: string): readonly number[] {
    for (const id of this.present) this.groupCount[id] = 0;
    this.present.length = 0;
    this.hits = 0;
    const { table, shift, firstOutput, asciiTable } = this;
    let s = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      s = c < 128 ? asciiTable[(s << 7) | c] : table[(s << shift) | this.wide(c)];
      if (s >= firstOutput) this.note(s, i);
    }
    this.charsVisited += n;
    this.group();
    return this.present;
  }

  /** Start offsets of keyword `id` in the text last scanned, ascending (empty when it holds none). */
  positions(id: number): Int32Array {
    const count = this.groupCount[id];
    return count === 0 ? NONE : this.grouped.subarray(this.groupStart[id], this.groupStart[id] + count);
  }

  /** Records the keywords that end at `i` in state `s`, in the order found. */
  private note(s: number, i: number): void {
    const to = this.outStart[s + 1];
    for (let o = this.outStart[s]; o < to; o++) {
      if (this.hits === this.hitIds.length) {
        this.hitIds = grown(this.hitIds, this.hits);
        this.hitAt = grown(this.hitAt, this.hits);
      }
      const id = this.outIds[o];
      this.hitIds[this.hits] = id;
      this.hitAt[this.hits++] = i + 1 - this.lengths[id];
    }
  }

  /** The hits grouped by keyword (a counting sort: each keyword's offsets stay ascending). */
  private group(): void {
    const { hitIds, hitAt, groupCount, groupStart, present } = this;
    const hits = this.hits;
    for (let h = 0; h < hits; h++) if (groupCount[hitIds[h]]++ === 0) present.push(hitIds[h]);
    let start = 0;
    for (const id of present) {
      groupStart[id] = start;
      start += groupCount[id];
      groupCount[id] = 0;
    }
    if (this.grouped.length < hits) this.grouped = new Int32Array(Math.max(hits, 2 * this.grouped.length));
    const grouped = this.grouped;
    for (let h = 0; h < hits; h++) {
      const id = hitIds[h];
      grouped[groupStart[id] + groupCount[id]++] = hitAt[h];
    }
  }

  /** The column of a non-ASCII character: 0 (back to the root) when no keyword contains it. */
  private wide(code: number): number {
    const c = foldCode(code);
    return c < 128 ? this.asciiColumn[c] : (this.wideColumn.get(c) ?? 0);
  }
}

const NONE = new Int32Array(0);

/** `array` in one twice its size, its first `used` values kept. */
function grown(array: Int32Array, used: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array.subarray(0, used));
  return bigger;
}

const FOLD_CACHE = new Map<number, number>();

/** The lower-case form of one UTF-16 code unit, as one code unit (its first, when lower-casing lengthens it). */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLD_CACHE.get(c);
  if (f === undefined) {
    f = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    FOLD_CACHE.set(c, f);
  }
  return f;
}
