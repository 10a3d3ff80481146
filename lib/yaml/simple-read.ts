/**
 * Reading a simple manifest document without `yaml`'s parser: its syntax tree of `yaml`'s
 * node classes with what kinject's writer reads of them (lib/yaml/patch.ts: kinds, flow,
 * scalar styles, node starts and ends, where each pair and item starts), and its plain value.
 * Lexing, parsing and composing a document with `yaml` costs more than anything else about
 * reading it.
 *
 * The reader answers only for what it is sure of: one document of block mappings and block
 * sequences, with plain, quoted and literal-block scalars, one-line flow collections and
 * comments. It gives up (undefined) on anything else — anchors, aliases, tags, folded or
 * kept block scalars, multi-line flow or quoted scalars, escapes, tabs, CRs, plain scalars
 * YAML 1.1 would type apart from decimal numbers, true, false and null, duplicate keys,
 * anything `yaml` might call an error — and the caller then parses with `yaml` as before, so
 * every message still comes from there. Where it answers, it answers what `yaml` with
 * go-yaml's typing answers, and its trees hold what `yaml`'s do (test/yaml/simple-read.test.ts
 * compares the two on every corpus).
 */
import { isMap, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { JsonMap } from '../go/json-map.js';
import { jsonStringEnd } from './json-string.js';
import { recordDashOffsets, recordPairOffsets, type PairOffsets } from './nodes.js';
import { resolvesAsNonString } from './schema.js';

/** What the reader found: the document's value, its syntax tree, and where its root mapping starts. */
export interface SimpleDocument {
  readonly value: JsonMap;
  /** The root mapping, of `yaml`'s node classes. */
  readonly tree: Node;
  /** Offset of the root mapping's first key (where `yaml` places the root node). */
  readonly rootOffset: number;
}

/**
 * A simple one-document YAML text read, or undefined where `yaml` must decide. The tree is
 * built with the value, in one pass: most documents of a stream are workloads, whose tree is
 * wanted (for report positions, and to be edited), and reading the text twice cost more than
 * building the few trees nobody asks for.
 */
export function readSimpleDocument(text: string): SimpleDocument | undefined {
  const read = readWith(text, NODES);
  return (
    read && { value: plainOf(read.root) as JsonMap, tree: read.root, rootOffset: read.rootOffset }
  );
}

/** A tree's plain value, as `yaml`'s toJS makes it (the reader reads only string keys, no aliases). */
function plainOf(node: Node): unknown {
  if (isScalar(node)) return node.value;
  if (isMap(node)) {
    const map: JsonMap = {};
    for (const pair of node.items)
      map[(pair.key as Scalar).value as string] = plainOf(pair.value as Node);
    return map;
  }
  return (node as YAMLSeq<Node>).items.map(plainOf);
}

/** What the reader builds of what it reads: syntax nodes, as `yaml` composes them. */
interface Builder<N, M, S> {
  scalar(value: unknown, type: Scalar.Type, start: number, end: number): N;
  map(flow: boolean, start: number): M;
  /** Adds a pair (its `:` ends at `colonEnd`); false when the key is there already. */
  pair(map: M, key: N, keyText: string, value: N, colonEnd: number): boolean;
  /** The finished mapping; a flow one ends at `flowEnd`. */
  mapDone(map: M, flowEnd?: number): N;
  seq(flow: boolean, start: number): S;
  /** Adds an item (a block sequence's has its `-` at `dash`). */
  item(seq: S, value: N, dash: number): void;
  seqDone(seq: S, flowEnd?: number): N;
}

/** A mapping being built: its node, its keys so far, where its pairs are. */
interface MapUnderway {
  readonly node: YAMLMap<Node, Node>;
  readonly keys: Set<string>;
  readonly offsets: PairOffsets[];
}

/** A sequence being built: its node, and its items' dashes. */
interface SeqUnderway {
  readonly node: YAMLSeq<Node>;
  readonly dashes: number[];
}

/** Where a node's content ends (its range's second offset; the third, past a trailing comment, is not kept). */
function endOf(node: Node | undefined, fallback: number): number {
  return node?.range?.[1] ?? fallback;
}

/** `yaml`'s nodes, with the offsets its composer gives them. */
const NODES: Builder<Node, MapUnderway, SeqUnderway> = {
  scalar: (value, type, start, end) => {
    const node = new Scalar(value);
    node.type = type;
    node.range = [start, end, end];
    return node;
  },
  map: (flow, start) => {
    const node = new YAMLMap<Node, Node>();
    node.flow = flow;
    node.range = [start, start, start];
    return { node, keys: new Set(), offsets: [] };
  },
  pair: (map, key, keyText, value, colonEnd) => {
    if (map.keys.has(keyText)) return false;
    map.keys.add(keyText);
    map.node.items.push(new Pair(key, value));
    map.offsets.push({ start: key.range?.[0] ?? colonEnd, colonEnd });
    return true;
  },
  mapDone: ({ node, keys, offsets }, flowEnd) => {
    const end = flowEnd ?? endOf(node.items[node.items.length - 1]?.value ?? undefined, 0);
    node.range = [node.range?.[0] ?? end, end, end];
    if (!node.flow) recordPairOffsets(node, offsets, keys);
    return node;
  },
  seq: (flow, start) => {
    const node = new YAMLSeq<Node>();
    node.flow = flow;
    node.range = [start, start, start];
    return { node, dashes: [] };
  },
  item: (seq, value, dash) => {
    seq.node.items.push(value);
    seq.dashes.push(dash);
  },
  seqDone: ({ node, dashes }, flowEnd) => {
    const end = flowEnd ?? endOf(node.items[node.items.length - 1], 0);
    node.range = [node.range?.[0] ?? end, end, end];
    if (!node.flow) recordDashOffsets(node, dashes);
    return node;
  },
};

/** Thrown inside the reader to give up; never escapes it. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** A key we read: nothing YAML could read as anything but this string. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
/** A mapping entry's start: a plain key, then `:` and a space or the line's end. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_./-]*):(?: |$)/;
/** Characters that may not start a plain scalar we read (indicators, quotes). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Numbers we type ourselves (YAML 1.1 and go-yaml agree on these); others make us give up. */
const DECIMAL_INT = /^(0|-?[1-9][0-9]{0,14})$/;
const DECIMAL_FLOAT = /^-?(0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/**
 * Past this much nesting `yaml` decides: real manifests nest a few dozen levels, and deeper
 * ones must get the same message as before (nesting past what `yaml` or kinject can read).
 * Block nesting needs indentation, so a bound on columns bounds it.
 */
const MAX_FLOW_DEPTH = 50;
const MAX_INDENT = 160;

/** The root and its offset, read with `builder`, or undefined where `yaml` must decide. */
function readWith<N, M, S>(
  text: string,
  builder: Builder<N, M, S>,
): { root: N; rootOffset: number } | undefined {
  // Whole lines only (a last line without a break changes how block scalars end), and no
  // characters whose rules differ by context.
  if (!text.endsWith('\n') || /[\t\r\ufeff\u0085\u2028\u2029]/.test(text)) return undefined;
  try {
    const reader = new Reader(text.split('\n'), builder);
    const first = reader.start();
    if (first === undefined) return undefined;
    const root = reader.mapping(first.indent);
    if (reader.peek() !== undefined) return undefined;
    return { root, rootOffset: reader.offset(first) };
  } catch (e) {
    // (The nesting bounds keep the recursion far from the stack's end.)
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

/** Spaces at the start of a line. */
function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** The line that starts the document: `---`, at most a comment after it. */
const DOCUMENT_START = /^---( +#.*)?$/;

/** A document marker at column 0 (`---` or `...`, then a space or the line's end). */
function isMarker(line: string): boolean {
  return /^(---|\.\.\.)( |$)/.test(line);
}

/** A line with content: its number, its indentation, the text after it. */
interface Line {
  readonly line: number;
  readonly indent: number;
  readonly text: string;
}

class Reader<N, M, S> {
  /** The next raw line to read. */
  private at = 0;
  /** Where each line starts in the text. */
  private readonly starts: number[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly b: Builder<N, M, S>,
  ) {
    let offset = 0;
    for (const line of lines) {
      this.starts.push(offset);
      offset += line.length + 1;
    }
  }

  /** The offset of a line's text (past its indentation). */
  offset(line: Line): number {
    return (this.starts[line.line] ?? 0) + line.indent;
  }

  /** Past comments, blank lines and a `---`: the root mapping's first line (undefined if there is none or it is something else). */
  start(): Line | undefined {
    let line = this.peek(true);
    if (line !== undefined && DOCUMENT_START.test(line.text)) {
      this.at++;
      line = this.peek();
    }
    return line !== undefined && ENTRY.test(line.text) ? line : undefined;
  }

  /** The next line with content, from here (comments and blank lines skipped). */
  peek(atStart = false): Line | undefined {
    for (; this.at < this.lines.length; this.at++) {
      const raw = this.lines[this.at];
      const indent = indentOf(raw);
      if (indent === raw.length || raw[indent] === '#') continue;
      if (indent > MAX_INDENT) giveUp();
      // Directives and a second document are for the whole parse to judge.
      if (!atStart && (isMarker(raw) || raw[0] === '%')) giveUp();
      return { line: this.at, indent, text: raw.slice(indent) };
    }
    return undefined;
  }

  /** A block mapping whose first key is on the current line, at `first`'s indentation. */
  mapping(indent: number, first?: { line: Line; col: number }): N {
    const line = first?.line ?? this.peek() ?? giveUp();
    const map = this.b.map(false, this.offset(line) + (first ? first.col - line.indent : 0));
    if (first) this.entry(first.line, first.col, map);
    for (let next = this.peek(); next !== undefined && next.indent >= indent; next = this.peek()) {
      if (next.indent > indent || isDash(next.text)) giveUp();
      this.entry(next, indent, map);
    }
    return this.b.mapDone(map);
  }

  /** One `key: value` whose key is at column `col` of `line` (the current one). */
  private entry(line: Line, col: number, map: M): void {
    const text = line.text.slice(col - line.indent);
    const m = ENTRY.exec(text) ?? giveUp();
    const key = m[1];
    // `yaml` refuses implicit keys longer than 1024 characters.
    if (key.length > 1024 || resolvesAsNonString(key) || key === '__proto__') giveUp();
    const keyStart = (this.starts[line.line] ?? 0) + col;
    const keyNode = this.b.scalar(key, 'PLAIN', keyStart, keyStart + key.length);
    this.at++;
    const colonEnd = keyStart + key.length + 1;
    const value = this.valueAfter(text.slice(key.length + 1), colonEnd, col, true);
    if (!this.b.pair(map, keyNode, key, value, colonEnd)) giveUp();
  }

  /**
   * The value after an indicator at column `col` (a key's `:` when `underKey`, else a `-`)
   * that ends at offset `from`; `rest` is the rest of its line.
   */
  private valueAfter(rest: string, from: number, col: number, underKey: boolean): N {
    const body = rest.trimStart();
    const start = from + rest.length - body.length;
    if (body === '' || body[0] === '#') {
      const next = this.peek();
      if (next !== undefined && next.indent > col) return this.block(next);
      // A sequence may sit at its key's own indentation (at a dash's, it is the next item).
      if (next !== undefined && next.indent === col && underKey && isDash(next.text))
        return this.sequence(col);
      return this.b.scalar(null, 'PLAIN', start, start);
    }
    if (body[0] === '|') return this.literal(body, start, col);
    return inlineValue(body, start, this.b);
  }

  /** The block node (mapping or sequence) whose first line is `line`. */
  private block(line: Line): N {
    return isDash(line.text) ? this.sequence(line.indent) : this.mapping(line.indent);
  }

  /** A block sequence whose dashes are at `indent`, from the current line. */
  private sequence(indent: number): N {
    let seq: S | undefined;
    for (let line = this.peek(); line !== undefined && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) giveUp();
      if (!isDash(line.text)) break;
      const dash = this.offset(line);
      seq ??= this.b.seq(false, dash);
      const rest = line.text.slice(1);
      const body = rest.trimStart();
      const col = indent + 1 + (rest.length - body.length);
      if (isDash(body)) giveUp();
      if (ENTRY.test(body)) {
        // A mapping that starts on the dash's line: its keys line up under the first.
        this.b.item(seq, this.mapping(col, { line, col }), dash);
      } else {
        this.at++;
        this.b.item(seq, this.valueAfter(rest, dash + 1, indent, false), dash);
      }
    }
    return this.b.seqDone(seq ?? giveUp());
  }

  /**
   * A literal block scalar (`|` or `|-`) at offset `start` whose parent is at column `col`;
   * `header` is the rest of the indicator's line.
   */
  private literal(header: string, start: number, col: number): N {
    const h = /^\|(-?)( +#.*)?$/.exec(header) ?? giveUp();
    const content: string[] = [];
    let indent = -1;
    let end = start;
    for (; this.at < this.lines.length; this.at++) {
      const raw = this.lines[this.at];
      const spaces = indentOf(raw);
      if (spaces === raw.length) {
        // Spaces past the content's indentation would be content (or an error before it).
        if (indent < 0 ? spaces > col + 1 : spaces > indent) giveUp();
        content.push('');
        continue;
      }
      if (indent < 0) {
        // The first line with content sets the indentation; one no deeper than the parent ends the (empty) scalar.
        if (spaces <= col) giveUp();
        indent = spaces;
      }
      if (spaces < indent) break;
      content.push(raw.slice(indent));
      // The scalar's text ends with its last content line's break.
      end = this.starts[this.at + 1] ?? end;
    }
    if (indent < 0) giveUp();
    // Blank lines after the last content line belong to no one (clip and strip drop them).
    while (content[content.length - 1] === '') content.pop();
    const value = content.join('\n') + (h[1] === '-' ? '' : '\n');
    return this.b.scalar(value, 'BLOCK_LITERAL', start, end);
  }
}

/** Whether a line's text is a sequence entry (`-`, then a space or the line's end). */
function isDash(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** A one-line value at offset `start` (`text` is the rest of its line): a scalar or flow collection, then at most a comment. */
function inlineValue<N, M, S>(text: string, start: number, b: Builder<N, M, S>): N {
  const first = text[0];
  if (first === '"' || first === "'" || first === '[' || first === '{') {
    const flow = new FlowReader(text, start, b);
    const value = flow.node();
    flow.end();
    return value;
  }
  if (INDICATOR.test(text) && !/^-[^ ]/.test(text)) giveUp();
  const comment = text.indexOf(' #');
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  // `a: b` inside is a nested mapping (an error here), a trailing `:` a key.
  if (plain.includes(': ') || plain.endsWith(':')) giveUp();
  return b.scalar(typed(plain), 'PLAIN', start, start + plain.length);
}

/** A plain scalar's value: decimal numbers, true, false and null typed, other strings kept if YAML 1.1 reads them as strings. */
function typed(text: string): unknown {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null' || text === '~') return null;
  if (DECIMAL_INT.test(text) || DECIMAL_FLOAT.test(text)) return Number(text);
  if (text === '' || resolvesAsNonString(text)) giveUp();
  return text;
}

/** A flow collection or quoted scalar on one line (`text`, at offset `base`), then at most a comment. */
class FlowReader<N, M, S> {
  private at = 0;
  private depth = 0;
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly b: Builder<N, M, S>,
  ) {}

  /** Nothing may follow but spaces and a comment. */
  end(): void {
    const rest = this.text.slice(this.at);
    if (rest.trim() !== '' && !/^ +#/.test(rest)) giveUp();
  }

  node(): N {
    this.spaces();
    const c = this.text[this.at];
    if (c === '[') return this.sequence();
    if (c === '{') return this.mapping();
    const start = this.base + this.at;
    if (c === '"') return this.b.scalar(this.doubleQuoted(), 'QUOTE_DOUBLE', start, this.here());
    if (c === "'") return this.b.scalar(this.singleQuoted(), 'QUOTE_SINGLE', start, this.here());
    const plain = this.plain();
    return this.b.scalar(typed(plain), 'PLAIN', start, start + plain.length);
  }

  /** The offset reached. */
  private here(): number {
    return this.base + this.at;
  }

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) giveUp();
    this.at++;
  }

  /** Into a collection that opens with `c`. */
  private open(c: string): void {
    this.expect(c);
    if (++this.depth > MAX_FLOW_DEPTH) giveUp();
  }

  /** Out of a collection, past its closing `c`. */
  private close(c: string): void {
    this.expect(c);
    this.depth--;
  }

  /** A plain scalar in a flow collection: up to `,` `]` `}`; no `: `, no `#`. */
  private plain(): string {
    const m = /^[^,[\]{}#:]*/.exec(this.text.slice(this.at)) ?? giveUp();
    const s = m[0].trimEnd();
    if (s === '' || INDICATOR.test(s)) giveUp();
    this.at += m[0].length;
    return s;
  }

  /** A double-quoted scalar whose escapes JSON has too (YAML's others, and `\\u`, `yaml` reads). */
  private doubleQuoted(): string {
    const end = jsonStringEnd(this.text, this.at);
    if (end < 0) giveUp();
    const quoted = this.text.slice(this.at, end);
    if (quoted.includes('\\u')) giveUp();
    this.at = end;
    return JSON.parse(quoted) as string;
  }

  /** A single-quoted scalar: `''` is a quote. (Scanned, not matched: see lib/yaml/json-string.ts.) */
  private singleQuoted(): string {
    let close = this.text.indexOf("'", this.at + 1);
    while (close >= 0 && this.text[close + 1] === "'") close = this.text.indexOf("'", close + 2);
    if (close < 0) giveUp();
    const quoted = this.text.slice(this.at + 1, close);
    this.at = close + 1;
    return quoted.replace(/''/g, "'");
  }

  private sequence(): N {
    const seq = this.b.seq(true, this.here());
    this.open('[');
    this.spaces();
    for (let first = true; this.text[this.at] !== ']'; first = false) {
      if (!first) this.expect(',');
      const item = this.node();
      this.b.item(seq, item, -1);
      this.spaces();
    }
    this.close(']');
    return this.b.seqDone(seq, this.here());
  }

  private mapping(): N {
    const map = this.b.map(true, this.here());
    this.open('{');
    this.spaces();
    for (let first = true; this.text[this.at] !== '}'; first = false) {
      if (!first) this.expect(',');
      this.spaces();
      const quoted = this.text[this.at] === '"';
      const start = this.here();
      const key = quoted ? this.doubleQuoted() : this.plain();
      if (!quoted && (!PLAIN_KEY.test(key) || resolvesAsNonString(key))) giveUp();
      if (key === '__proto__') giveUp();
      const end = quoted ? this.here() : start + key.length;
      const keyNode = this.b.scalar(key, quoted ? 'QUOTE_DOUBLE' : 'PLAIN', start, end);
      this.expect(':');
      const colonEnd = this.here();
      if (this.text[this.at] !== ' ') giveUp();
      if (!this.b.pair(map, keyNode, key, this.node(), colonEnd)) giveUp();
      this.spaces();
    }
    this.close('}');
    return this.b.mapDone(map, this.here());
  }
}
