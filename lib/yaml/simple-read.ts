/**
 * Reading the plain value of a simple manifest document without `yaml`'s document model.
 * Composing a document (nodes, positions, source tokens) costs more than anything else about
 * reading it, and most documents of a stream are never edited: a Service or a ConfigMap only
 * passes through. Their tree is built only if someone asks for it (lib/yaml/read.ts).
 *
 * The reader answers only for what it is sure of: one document of block mappings and block
 * sequences, with plain, quoted and literal-block scalars, one-line flow collections and
 * comments. It gives up (undefined) on anything else — anchors, aliases, tags, folded or
 * kept block scalars, multi-line flow or quoted scalars, escapes, tabs, CRs, plain scalars
 * YAML 1.1 would type apart from decimal numbers, true, false and null, duplicate keys,
 * anything `yaml` might call an error — and the caller then parses with `yaml` as before, so
 * every message still comes from there. Where it answers, it answers what `yaml` with
 * go-yaml's typing answers (test/yaml/simple-read.test.ts compares the two on every corpus).
 */
import type { JsonMap } from '../go/json-map.js';
import { resolvesAsNonString } from './schema.js';

/** What the reader found: the document's value and where its root mapping starts. */
export interface SimpleDocument {
  readonly value: JsonMap;
  /** Offset of the root mapping's first key (where `yaml` places the root node). */
  readonly rootOffset: number;
}

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
/** Escapes that mean the same in YAML's double quotes and in JSON. */
const JSON_ESCAPES = new Set([...'"\\/bfnrt']);
/**
 * Past this much nesting `yaml` decides: real manifests nest a few dozen levels, and deeper
 * ones must get the same message as before (nesting past what `yaml` or kinject can read).
 * Block nesting needs indentation, so a bound on columns bounds it.
 */
const MAX_FLOW_DEPTH = 50;
const MAX_INDENT = 160;

/** The value of a simple one-document YAML text, or undefined where `yaml` must decide. */
export function readSimpleDocument(text: string): SimpleDocument | undefined {
  // Whole lines only (a last line without a break changes how block scalars end), and no
  // characters whose rules differ by context.
  if (!text.endsWith('\n') || /[\t\r\ufeff\u0085\u2028\u2029]/.test(text)) return undefined;
  try {
    const reader = new Reader(text.split('\n'));
    const root = reader.start();
    if (root === undefined) return undefined;
    const value = reader.mapping(root.indent);
    if (reader.peek() !== undefined) return undefined;
    return { value, rootOffset: offsetOfLine(text, root.line) + root.indent };
  } catch (e) {
    // Nesting deep enough to run out of stack is `yaml`'s to report, too.
    if (e instanceof GiveUp || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** Offset of the start of line `line` (0-based). */
function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let n = 0; n < line; n++) at = text.indexOf('\n', at) + 1;
  return at;
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

class Reader {
  /** The next raw line to read. */
  private at = 0;

  constructor(private readonly lines: readonly string[]) {}

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

  /** A block mapping whose keys are at `indent`, from the current line. */
  mapping(indent: number, into: JsonMap = {}): JsonMap {
    for (let line = this.peek(); line !== undefined && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent || isDash(line.text)) giveUp();
      this.entry(line.text, indent, into);
    }
    return into;
  }

  /** One `key: value` whose key is at column `col`; the key's line is the current one. */
  private entry(text: string, col: number, map: JsonMap): void {
    const m = ENTRY.exec(text) ?? giveUp();
    const key = m[1];
    // `yaml` refuses implicit keys longer than 1024 characters.
    if (
      key.length > 1024 ||
      resolvesAsNonString(key) ||
      key === '__proto__' ||
      Object.hasOwn(map, key)
    )
      giveUp();
    this.at++;
    map[key] = this.valueAfter(text.slice(m[0].length), col, true);
  }

  /**
   * The value after an indicator at column `col` (a key's `:` when `underKey`, else a `-`);
   * `rest` is the rest of its line.
   */
  private valueAfter(rest: string, col: number, underKey: boolean): unknown {
    const body = rest.trimStart();
    if (body === '' || body[0] === '#') {
      const next = this.peek();
      if (next === undefined || next.indent < col) return null;
      if (next.indent > col) return this.block(next);
      // A sequence may sit at its key's own indentation (at a dash's, it is the next item).
      return underKey && isDash(next.text) ? this.sequence(col) : null;
    }
    if (body[0] === '|') return this.literal(body, col);
    return inlineValue(body);
  }

  /** The block node (mapping or sequence) whose first line is `line`. */
  private block(line: Line): unknown {
    return isDash(line.text) ? this.sequence(line.indent) : this.mapping(line.indent);
  }

  /** A block sequence whose dashes are at `indent`, from the current line. */
  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line !== undefined && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) giveUp();
      if (!isDash(line.text)) break;
      const rest = line.text.slice(1);
      const body = rest.trimStart();
      const col = indent + 1 + (rest.length - body.length);
      if (isDash(body)) giveUp();
      if (ENTRY.test(body)) {
        // A mapping that starts on the dash's line: its keys line up under the first.
        const map: JsonMap = {};
        this.entry(body, col, map);
        items.push(this.mapping(col, map));
      } else {
        this.at++;
        items.push(this.valueAfter(rest, indent, false));
      }
    }
    return items;
  }

  /** A literal block scalar (`|` or `|-`) whose parent is at column `col`; `header` is the rest of the indicator's line. */
  private literal(header: string, col: number): string {
    const h = /^\|(-?)( +#.*)?$/.exec(header) ?? giveUp();
    const content: string[] = [];
    let indent = -1;
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
    }
    if (indent < 0) giveUp();
    // Blank lines after the last content line belong to no one (clip and strip drop them).
    while (content[content.length - 1] === '') content.pop();
    return content.join('\n') + (h[1] === '-' ? '' : '\n');
  }
}

/** Whether a line's text is a sequence entry (`-`, then a space or the line's end). */
function isDash(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** A one-line value after `key: ` or `- ` (`text` starts at it): a scalar or flow collection, then at most a comment. */
function inlineValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'" || first === '[' || first === '{') {
    const flow = new FlowReader(text);
    const value = flow.node();
    flow.end();
    return value;
  }
  if (INDICATOR.test(text) && !/^-[^ ]/.test(text)) giveUp();
  const comment = text.indexOf(' #');
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  // `a: b` inside is a nested mapping (an error here), a trailing `:` a key.
  if (plain.includes(': ') || plain.endsWith(':')) giveUp();
  return typed(plain);
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

/** A flow collection or quoted scalar on one line, then at most a comment. */
class FlowReader {
  private at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  /** Nothing may follow but spaces and a comment. */
  end(): void {
    const rest = this.text.slice(this.at);
    if (rest.trim() !== '' && !/^ +#/.test(rest)) giveUp();
  }

  node(): unknown {
    this.spaces();
    const c = this.text[this.at];
    if (c === '"') return this.doubleQuoted();
    if (c === "'") return this.singleQuoted();
    if (c === '[') return this.sequence();
    if (c === '{') return this.mapping();
    return typed(this.plain());
  }

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) giveUp();
    this.at++;
  }

  /** A plain scalar in a flow collection: up to `,` `]` `}`; no `: `, no `#`. */
  private plain(): string {
    const m = /^[^,[\]{}#:]*/.exec(this.text.slice(this.at)) ?? giveUp();
    const s = m[0].trimEnd();
    if (s === '' || INDICATOR.test(s)) giveUp();
    this.at += m[0].length;
    return s;
  }

  private doubleQuoted(): string {
    const close = /^"(?:[^"\\]|\\.)*"/.exec(this.text.slice(this.at)) ?? giveUp();
    const quoted = close[0];
    for (const [, c] of quoted.matchAll(/\\(.)/g)) if (!JSON_ESCAPES.has(c)) giveUp();
    this.at += quoted.length;
    return JSON.parse(quoted) as string;
  }

  private singleQuoted(): string {
    const close = /^'(?:[^']|'')*'/.exec(this.text.slice(this.at)) ?? giveUp();
    this.at += close[0].length;
    return close[0].slice(1, -1).replace(/''/g, "'");
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

  private sequence(): unknown[] {
    this.open('[');
    const items: unknown[] = [];
    this.spaces();
    while (this.text[this.at] !== ']') {
      if (items.length > 0) this.expect(',');
      items.push(this.node());
      this.spaces();
    }
    this.close(']');
    return items;
  }

  private mapping(): JsonMap {
    this.open('{');
    const map: JsonMap = {};
    this.spaces();
    for (let first = true; this.text[this.at] !== '}'; first = false) {
      if (!first) this.expect(',');
      this.spaces();
      const quoted = this.text[this.at] === '"';
      const key = quoted ? this.doubleQuoted() : this.plain();
      if (!quoted && (!PLAIN_KEY.test(key) || resolvesAsNonString(key))) giveUp();
      if (key === '__proto__' || Object.hasOwn(map, key)) giveUp();
      this.expect(':');
      if (this.text[this.at] !== ' ') giveUp();
      map[key] = this.node();
      this.spaces();
    }
    this.close('}');
    return map;
  }
}
