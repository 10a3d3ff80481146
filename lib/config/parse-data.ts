/**
 * Reading configuration texts (YAML or JSON) into plain data, the way Istio's Go code reads
 * them with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1 typing), with errors as {@link KinjectError}s
 * that point at the offending line.
 */
import { isJsonMap, scalarString } from '../go/json-map.js';
import { isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { goYamlTags } from '../yaml/schema.js';
import { KinjectError, type Position } from '../errors.js';
import { unterminatedQuoteStart } from '../yaml/unterminated.js';
import { quotedOffsets } from '../yaml/quoted-offsets.js';
import { aliasHazards } from '../yaml/hazards.js';
import { anchorsOf } from '../yaml/anchors.js';
import { decodePlain } from '../yaml/decode.js';

/** A configuration text and the name the user knows it by (a path, or `--set`). */
export interface ConfigText {
  text: string;
  file: string;
  /** Where the text starts within `file`, when it is embedded in another document. */
  offset?: { line: number; col: number };
  /**
   * Where a position of the text is in `file`, when that is no shift (a quoted scalar's value:
   * escapes and folded lines); wins over `offset`.
   */
  place?: (p: Position) => Position;
  /** Where the object this text stands for is within its document (an item of a `kind: List`). */
  root?: readonly (string | number)[];
}

/** The position in the text's file of a position within the text. */
export function placeIn(source: ConfigText): (p: Position) => Position {
  const { place, offset } = source;
  if (place !== undefined) return place;
  if (offset === undefined) return (p) => p;
  return (p) => ({ line: p.line + offset.line, col: p.col + offset.col });
}

/** A parsed configuration document that can still say where its parts came from. */
export interface ConfigDocument {
  value: unknown;
  file: string;
  /** The text of the string at `path` as a text of its own (ConfigMap `data` entries). */
  nested(path: readonly (string | number)[]): ConfigText;
  /** 1-based position of the node at `path`, if the text has one there. */
  posOf(path: readonly (string | number)[]): Position | undefined;
}

// go-yaml v2's YAML 1.1 scalars (lib/yaml/schema.ts); `uniqueKeys: false` because it lets a later key win.
const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  // linePos is only computed for pretty errors; the snippet they add is cut off below.
  prettyErrors: true,
  // A bare template parses as odd YAML (`{{ x }}` is a flow map key); its warnings mean nothing.
  logLevel: 'error' as const,
  customTags: goYamlTags,
};

/** Parse one YAML or JSON document; a syntax error becomes a CONFIG error at its line. */
export function parseConfigText(source: ConfigText): ConfigDocument {
  const lines = new LineCounter();
  const doc = parseDocument(source.text, { ...PARSE_OPTIONS, lineCounter: lines });
  const toFile = placeIn(source);
  const shift = (p: Position | undefined): Position | undefined => p && toFile(p);
  const [first] = doc.errors;
  if (first) {
    // An unterminated quote is placed where it opens, not where the parser gave up.
    const quote = unterminatedQuoteStart(doc, first);
    const at = quote === undefined ? first.linePos?.[0] : lines.linePos(quote);
    throw new KinjectError('CONFIG', firstLine(first.message), {
      file: source.file,
      pos: shift(at ? { line: at.line, col: at.col } : undefined),
    });
  }
  const root = source.root ?? [];
  return {
    value: valueAt(plainValue(doc, lines, source.file, shift), root),
    file: source.file,
    posOf: (path) => shift(positionOf(doc, lines, [...root, ...path])),
    nested: (path) => nestedText(source, doc, lines, [...root, ...path]),
  };
}

/**
 * A configuration document's plain value, merge keys applied as go-yaml v2 applies them
 * (lib/yaml/decode.ts), refused (CONFIG, in `file`, positions through `shift`) as go-yaml
 * refuses it: aliases expanded past its bound (a few hundred bytes must not become
 * gigabytes), an anchor holding an alias to itself (a circular value, which every later step
 * would walk forever), an alias to no anchor, a merge of what is not a mapping.
 */
export function plainValue(
  doc: Document.Parsed,
  lines: LineCounter,
  file: string,
  shift: (p: Position | undefined) => Position | undefined = (p) => p,
): unknown {
  const anchors = anchorsOf(doc.contents);
  const [excessive] = aliasHazards(doc, lines, { file }, anchors);
  if (excessive)
    throw new KinjectError('CONFIG', excessive.message, { file, pos: shift(excessive.pos) });
  const decoded = decodePlain(doc.contents, anchors);
  if ('value' in decoded) return decoded.value;
  const { message, node } = decoded.problem;
  const range = isNode(node) ? node.range : undefined;
  throw new KinjectError('CONFIG', message, {
    file,
    pos: shift(range ? lines.linePos(range[0]) : undefined),
  });
}

/** The value at `path` of a plain value (undefined where there is none). */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (v, key) =>
      isJsonMap(v) || Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined,
    value,
  );
}

/**
 * The string at `path` as a text of its own, with where its positions are in the file: a
 * block scalar's (`config: |`) lines are the file's lines, indented; a quoted scalar's
 * characters are mapped back through its escapes and folds; any other (or one whose
 * decoding kinject cannot follow) places every position at the scalar.
 */
function nestedText(
  source: ConfigText,
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
): ConfigText {
  const node = doc.getIn(path, true);
  const text = scalarString(isScalar(node) ? node.value : undefined);
  const toFile = placeIn(source);
  if (!isScalar(node) || !node.range) {
    const pos = positionOf(doc, lines, path);
    return { text, file: source.file, ...(pos === undefined ? {} : { place: () => toFile(pos) }) };
  }
  if (node.type !== 'BLOCK_LITERAL') {
    const at = (offset: number): Position => toFile(lines.linePos(offset));
    return { text, file: source.file, place: quotedPlace(source.text, node.range[0], text, at) };
  }
  const block = blockOffset(source.text, lines.linePos(node.range[0]).line);
  // A shift stays a shift (template errors are placed by line); a mapped text maps through.
  if (source.place === undefined) {
    const base = source.offset ?? { line: 0, col: 0 };
    const offset = { line: base.line + block.line, col: base.col + block.col };
    return { text, file: source.file, offset };
  }
  const place = (p: Position): Position =>
    toFile({ line: p.line + block.line, col: p.col + block.col });
  return { text, file: source.file, place };
}

/**
 * Where the positions of the value `text` of the scalar at `start` are in the file (`at` turns
 * an offset of the source into a file position): each character's own when its quoting can
 * be followed, else the scalar's.
 */
function quotedPlace(
  source: string,
  start: number,
  text: string,
  at: (offset: number) => Position,
): (p: Position) => Position {
  const offsets = quotedOffsets(source, start, text);
  if (offsets === undefined) return () => at(start);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  return (p) => {
    const index = (lineStarts[p.line - 1] ?? text.length) + p.col - 1;
    return at(offsets[Math.min(Math.max(index, 0), offsets.length - 1)] ?? start);
  };
}

/**
 * Where a block scalar's text starts, its header (the `|` indicator) being on the 1-based line
 * `header`: the line after it, at the indentation of its first line that is not blank.
 */
function blockOffset(text: string, header: number): { line: number; col: number } {
  const first = text
    .split('\n')
    .slice(header)
    .find((l) => l.trim() !== '');
  return { line: header, col: first === undefined ? 0 : first.length - first.trimStart().length };
}

/** The position of the node at `path`, or of its nearest existing ancestor. */
function positionOf(
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
): Position | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]);
  }
  return undefined;
}

/** The message without the snippet and the `at line L, column C:` that the position says. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * When the document is a ConfigMap as `kubectl get cm … -o yaml` prints it, its `data`
 * (string values by key); otherwise undefined. Lets users pass either the ConfigMap or the
 * bare text that one of its keys holds.
 */
export function configMapData(value: unknown): Record<string, unknown> | undefined {
  if (!isJsonMap(value) || value['kind'] !== 'ConfigMap') return undefined;
  return isJsonMap(value['data']) ? value['data'] : {};
}

/**
 * A config file that holds a mapping: the mapping itself, or a ConfigMap whose `data[key]` text
 * holds it; `{}` for an empty file. `what` names the mapping in the error for anything else;
 * `check` may refuse the mapping (it throws, placed through the document that holds it).
 */
export function parseConfigMapping(
  source: ConfigText,
  key: string,
  what: string,
  check: (doc: ConfigDocument, value: Record<string, unknown>) => void = () => undefined,
): Record<string, unknown> {
  const doc = parseConfigText(source);
  const data = configMapData(doc.value);
  if (data) {
    if (typeof data[key] !== 'string')
      throw configError(doc, ['data'], `ConfigMap has no \`data.${key}\` text`);
    return parseConfigMapping(doc.nested(['data', key]), key, what, check);
  }
  if (doc.value === null || doc.value === undefined) return {};
  if (!isJsonMap(doc.value)) throw configError(doc, [], `${what} must be a mapping`);
  check(doc, doc.value);
  return doc.value;
}

/** A CONFIG error at `path` within a parsed document. */
export function configError(
  doc: ConfigDocument,
  path: readonly (string | number)[],
  message: string,
): KinjectError {
  return new KinjectError('CONFIG', message, { file: doc.file, pos: doc.posOf(path) });
}
