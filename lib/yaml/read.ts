/**
 * Reading a manifest stream (multi-document YAML, or one JSON value) into plain values, keeping
 * what writing it back needs: each document's exact source slice and its syntax tree with positions.
 */
import {
  Document,
  LineCounter,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
  parseDocument,
  type Node,
  type ParsedNode,
} from 'yaml';
import { KinjectError, messageOf, type Location, type Position } from '../errors.js';
import { unterminatedQuoteStart } from './unterminated.js';
import { aliasAnchors, type Anchors } from './anchors.js';
import { decodePlain } from './decode.js';
import { documentHazards } from './hazards.js';
import { controlCharacter } from './text.js';
import { jsonErrorOffset } from './json-error.js';
import { PARSE_OPTIONS } from './schema.js';
import { readSimpleDocument, type SimpleDocument } from './simple-read.js';

/** One document of a stream, as the injector sees it. */
export interface SourceDocument {
  /** 0-based within the file. */
  readonly index: number;
  /** Plain JS (YAML 1.1 typed); null for an empty document or one that does not parse. */
  readonly value: unknown;
  /** YAML_PARSE / JSON_PARSE problems, placed (file, doc, pos). Empty when the document is fine. */
  readonly errors: KinjectError[];
  /** 1-based line/col of the node at `path` (keys and sequence indexes), for error messages. */
  posOf(path: readonly (string | number)[]): Position | undefined;
}

/** A whole input file. */
export interface SourceStream {
  readonly file: string;
  readonly format: 'yaml' | 'json';
  readonly docs: readonly SourceDocument[];
}

/** A document with what writing it back needs. */
export interface ParsedDocument extends SourceDocument {
  /** Its slice of the stream text: [start, end). Slices of a stream's documents tile the whole text. */
  readonly start: number;
  readonly end: number;
  /** Its syntax tree (for JSON, made on first use). */
  tree(): SyntaxTree | undefined;
  /** True when the document is known to hold no alias (the simple reader reads none). */
  readonly aliasFree?: boolean;
}

/**
 * What kinject reads of a document's syntax tree: its root node and its range. A simple
 * document's tree (lib/yaml/simple-read.ts) has only what the writer and `posOf` read.
 */
export type SyntaxTree = Pick<Document.Parsed, 'contents' | 'range'>;

/** A stream with its text, as `readStream` returns it. */
export interface ParsedStream extends SourceStream {
  readonly text: string;
  readonly docs: readonly ParsedDocument[];
}

/** The options every parse of a document's text uses (positions in the tree; YAML 1.1 typing). */
function parseOptions(lineCounter: LineCounter) {
  return { ...PARSE_OPTIONS, keepSourceTokens: true, lineCounter };
}

/**
 * Plain JS for a parsed document, as go-yaml v2 decodes it (decode.ts): ints as numbers,
 * aliases expanded (their bound is checked before), merge keys applied in go-yaml's order. A
 * document that has no such value (an alias to a missing anchor, a merge of a scalar) adds
 * to `errors`, placed at the alias or the merge's value.
 */
function toPlain(
  doc: Document.Parsed,
  anchors: Anchors,
  errors: KinjectError[],
  lines: LinePositions,
  where: Location,
): unknown {
  try {
    const decoded = decodePlain(doc.contents, anchors);
    if ('value' in decoded) return decoded.value;
    const { message, node } = decoded.problem;
    const range = isNode(node) ? node.range : undefined;
    errors.push(
      new KinjectError('YAML_PARSE', message, {
        ...where,
        pos: lines.linePos(range ? range[0] : doc.range[0]),
      }),
    );
  } catch (e) {
    // Nesting deep enough to run out of stack.
    errors.push(
      new KinjectError('YAML_PARSE', shortMessage(messageOf(e)), {
        ...where,
        pos: lines.linePos(doc.range[0]),
      }),
    );
  }
  return null;
}

/** The node at `path` in a tree, or undefined. Keys compare as strings (`1: x` is key "1", as in the plain value). */
function nodeAt(root: unknown, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = root;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      // An empty value (`key:`) has no text of its own: point at its key.
      const empty = isScalar(pair?.value) && pair.value.range?.[0] === pair.value.range?.[1];
      node = empty ? pair?.key : (pair?.value ?? pair?.key);
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/** Offsets to line:column (what kinject's checks and reports need of a LineCounter). */
export type LinePositions = Pick<LineCounter, 'linePos'>;

/** `lines`, its line numbers `firstLine` further down (for a text that is a part of a stream). */
function shiftedLines(lines: LineCounter, firstLine: number): LinePositions {
  if (firstLine === 0) return lines;
  return {
    linePos: (offset) => {
      const { line, col } = lines.linePos(offset);
      return { line: line + firstLine, col };
    },
  };
}

/** Builds `posOf` for a document tree. */
function positionsOf(tree: () => SyntaxTree | undefined, lineCounter: LinePositions) {
  return (path: readonly (string | number)[]): Position | undefined => {
    const node = nodeAt(tree()?.contents, path);
    return node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  };
}

/** `yaml`'s message without its trailing ` at line L, column C:` and source excerpt (we report the position apart). */
function shortMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  // `yaml` reports running out of stack on very deep nesting as its parse error.
  return /call stack size/.test(first) ? 'document nests too deeply to parse' : first;
}

/**
 * A text of one simple document (lib/yaml/simple-read.ts), read without `yaml`: its tree came
 * with its value, and its root's position is known without a walk.
 */
function simpleDocument(text: string, simple: SimpleDocument, firstLine: number): ParsedDocument {
  // No lexer ran over the text to count its lines: positions are counted when asked for.
  const positionAt = positionsIn(text);
  const lines: LinePositions = {
    linePos: (offset) => {
      const at = positionAt(offset);
      return { line: at.line + firstLine, col: at.col };
    },
  };
  const syntax: SyntaxTree = {
    contents: simple.tree as ParsedNode,
    range: [0, text.length, text.length],
  };
  const tree = () => syntax;
  const positions = positionsOf(tree, lines);
  const root = lines.linePos(simple.rootOffset);
  return {
    index: 0,
    value: simple.value,
    errors: [],
    start: 0,
    end: text.length,
    tree,
    aliasFree: true,
    posOf: (path) => (path.length === 0 ? root : positions(path)),
  };
}

/** Reads a YAML stream: one entry per document; a document's slice runs from the end of the one before (so the `---` and comments above it are its own) to its end. */
function readYaml(text: string, file: string, firstLine: number): ParsedStream {
  const simple = readSimpleDocument(text);
  if (simple !== undefined)
    return { file, format: 'yaml', text, docs: [simpleDocument(text, simple, firstLine)] };
  const counter = new LineCounter();
  const lineCounter = shiftedLines(counter, firstLine);
  const parsed = Array.from(parseAllDocuments(text, parseOptions(counter)));
  const docs = parsed.map((doc, index): ParsedDocument => {
    const syntax = doc.errors.map((e) => {
      // An unterminated quote is placed where it opens, not where the parser gave up.
      const quote = unterminatedQuoteStart(doc, e);
      const at = e.linePos?.[0];
      return new KinjectError('YAML_PARSE', shortMessage(e.message), {
        file,
        doc: index,
        pos:
          quote !== undefined
            ? lineCounter.linePos(quote)
            : at && { line: at.line + firstLine, col: at.col },
      });
    });
    const start = index === 0 ? 0 : (parsed[index - 1]?.range[2] ?? 0);
    const where = { file, doc: index };
    const anchors = aliasAnchors(doc.contents, text, doc.range[0], doc.range[2]);
    const errors = syntax.length
      ? syntax
      : [
          ...versionHazards(text, start, doc.range[0], lineCounter, where),
          ...documentHazards(doc, anchors, lineCounter, where),
        ];
    const end = index === parsed.length - 1 ? text.length : doc.range[2];
    const tree = () => doc;
    const value = errors.length ? null : toPlain(doc, anchors, errors, lineCounter, where);
    return { index, value, errors, start, end, tree, posOf: positionsOf(tree, lineCounter) };
  });
  return { file, format: 'yaml', text, docs };
}

/**
 * A document's `%YAML` directives, refused as go-yaml (and so kubectl) refuses them: a version
 * other than 1.1, or a second directive. `yaml` would read a `%YAML 1.2` document by 1.2's
 * rules instead, where `<<` is an ordinary key: the fields it merges in would be dropped.
 * The directives are the lines that start with `%` in `text` between `from` (the end of the
 * document before) and `to` (where this document's content starts).
 */
function versionHazards(
  text: string,
  from: number,
  to: number,
  lines: LinePositions,
  where: Location,
): KinjectError[] {
  // Searched in the document's own stretch only: from `from` to the text's end, for every
  // document of a long stream, was quadratic (most streams hold no directive at all).
  const region = text.slice(from, to);
  if (!region.includes('%YAML')) return [];
  const directive = /^%YAML(?:[ \t]+(\S*))?/gm;
  let seen = false;
  for (let m = directive.exec(region); m !== null; m = directive.exec(region)) {
    const message = seen
      ? 'found duplicate %YAML directive'
      : m[1] === '1.1'
        ? undefined
        : `found incompatible YAML document: %YAML ${m[1] ?? ''} (kubectl reads YAML 1.1 only)`;
    if (message !== undefined)
      return [
        new KinjectError('YAML_PARSE', message, { ...where, pos: lines.linePos(from + m.index) }),
      ];
    seen = true;
  }
  return [];
}

/**
 * Line and column of offsets in `text`. The line starts are found on the first question only
 * (most documents are asked for none), then each answer is a binary search: a List of
 * thousands of items asks once per item, and counting from the start each time was quadratic.
 */
function positionsIn(text: string): (at: number) => Position {
  let starts: number[] | undefined;
  return (at) => {
    if (starts === undefined) {
      starts = [0];
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
        starts.push(nl + 1);
    }
    const offset = Math.min(at, text.length);
    // The last line start at or before the offset.
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Reads a JSON file (one value), strictly: like kubectl, text that starts as JSON must be JSON. */
function readJson(text: string, file: string): ParsedStream {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const body = text.slice(bom);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // A byte-order mark is not a column, so positions count from after it.
    const offset = jsonErrorOffset(body) ?? 0;
    const at = body[offset];
    const message =
      at === undefined
        ? 'invalid JSON: unexpected end of input'
        : `invalid JSON: unexpected ${JSON.stringify(at)}`;
    const error = new KinjectError('JSON_PARSE', message, {
      file,
      doc: 0,
      pos: positionsIn(body)(offset),
    });
    return { file, format: 'json', text, docs: [jsonDocument(text, null, [error])] };
  }
  return { file, format: 'json', text, docs: [jsonDocument(text, value, [])] };
}

/** The one document of a JSON file; its tree (for positions) is only parsed if someone asks. */
function jsonDocument(text: string, value: unknown, errors: KinjectError[]): ParsedDocument {
  const lineCounter = new LineCounter();
  let cached: Document.Parsed | undefined;
  const tree = () => (cached ??= parseDocument(text, parseOptions(lineCounter)));
  return {
    index: 0,
    value,
    errors,
    start: 0,
    end: text.length,
    tree,
    posOf: positionsOf(tree, lineCounter),
  };
}

/**
 * Reads a manifest stream. Never throws for bad input: problems are on each document's
 * `errors`. `firstLine`: how many lines of a larger stream come before `text` (positions
 * are the larger stream's; for YAML, a stream cut into documents, lib/yaml/split.ts).
 */
export function readStream(text: string, file: string, firstLine = 0): ParsedStream {
  const control = controlCharacter(text, file);
  if (control !== undefined)
    return { file, format: 'yaml', text, docs: [jsonDocument(text, null, [control])] };
  return /^\ufeff?\s*[[{]/.test(text) ? readJson(text, file) : readYaml(text, file, firstLine);
}
