/**
 * Reading configuration texts (YAML or JSON) into plain data, the way Istio's Go code reads
 * them with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1 typing), with errors as {@link KinjectError}s
 * that point at the offending line.
 */
import { isJsonMap, scalarString } from '../go/json-map.js';
import { isScalar, LineCounter, parseDocument, type Document, type Tags } from 'yaml';
import { KinjectError, type Position } from '../errors.js';
import { unterminatedQuoteStart } from '../yaml/unterminated.js';
import { SELF_ALIAS, aliasHazards, containsItself } from '../yaml/hazards.js';

/** A configuration text and the name the user knows it by (a path, or `--set`). */
export interface ConfigText {
  text: string;
  file: string;
  /** Where the text starts within `file`, when it is embedded in another document. */
  offset?: { line: number; col: number };
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

// go-yaml v2 types scalars with YAML 1.1 rules (yes/no, octal 0…) but resolves neither
// timestamps nor base-60 numbers; `uniqueKeys: false` because it lets a later key win.
const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  // linePos is only computed for pretty errors; the snippet they add is cut off below.
  prettyErrors: true,
  // A bare template parses as odd YAML (`{{ x }}` is a flow map key); its warnings mean nothing.
  logLevel: 'error' as const,
  customTags: (tags: Tags) => tags.filter((t) => !isTimeTag(t)),
};

function isTimeTag(t: Tags[number]): boolean {
  if (typeof t === 'string') return t === 'timestamp' || t.endsWith('Time');
  return ('format' in t && t.format === 'TIME') || t.tag === 'tag:yaml.org,2002:timestamp';
}

/** Parse one YAML or JSON document; a syntax error becomes a CONFIG error at its line. */
export function parseConfigText(source: ConfigText): ConfigDocument {
  const lines = new LineCounter();
  const doc = parseDocument(source.text, { ...PARSE_OPTIONS, lineCounter: lines });
  const shift = (p: Position | undefined): Position | undefined =>
    p && source.offset ? { line: p.line + source.offset.line, col: p.col + source.offset.col } : p;
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
  return {
    value: plainValue(doc, lines, source.file, shift),
    file: source.file,
    posOf: (path) => shift(positionOf(doc, lines, path)),
    nested: (path) => nestedText(source, doc, lines, path),
  };
}

/**
 * A configuration document's plain value, refused (CONFIG, in `file`, positions through
 * `shift`) as go-yaml refuses it: aliases expanded past its bound (a few hundred bytes must
 * not become gigabytes), or an anchor holding an alias to itself (a circular value, which
 * every later step would walk forever).
 */
export function plainValue(
  doc: Document.Parsed,
  lines: LineCounter,
  file: string,
  shift: (p: Position | undefined) => Position | undefined = (p) => p,
): unknown {
  const [excessive] = aliasHazards(doc, lines, { file });
  if (excessive)
    throw new KinjectError('CONFIG', excessive.message, { file, pos: shift(excessive.pos) });
  const value: unknown = doc.toJS({ maxAliasCount: -1 });
  if (containsItself(value))
    throw new KinjectError('CONFIG', SELF_ALIAS, {
      file,
      pos: shift(doc.contents ? positionOf(doc, lines, []) : undefined),
    });
  return value;
}

/**
 * The string at `path` as a text of its own. Positions inside it map back onto the outer
 * file only for block scalars (`config: |`), whose lines are the outer lines, indented.
 */
function nestedText(
  source: ConfigText,
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
): ConfigText {
  const node = doc.getIn(path, true);
  const text = scalarString(isScalar(node) ? node.value : undefined);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range)
    return { text, file: source.file };
  // The content starts on the line after the `|` indicator, at the block's indentation.
  const header = lines.linePos(node.range[0]);
  const firstContent = source.text.split('\n')[header.line] ?? '';
  const indent = firstContent.length - firstContent.trimStart().length;
  const base = source.offset ?? { line: 0, col: 0 };
  return {
    text,
    file: source.file,
    offset: { line: base.line + header.line, col: base.col + indent },
  };
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
 * holds it; `{}` for an empty file. `what` names the mapping in the error for anything else.
 */
export function parseConfigMapping(
  source: ConfigText,
  key: string,
  what: string,
): Record<string, unknown> {
  const doc = parseConfigText(source);
  const data = configMapData(doc.value);
  if (data) {
    if (typeof data[key] !== 'string')
      throw configError(doc, ['data'], `ConfigMap has no \`data.${key}\` text`);
    return parseConfigMapping(doc.nested(['data', key]), key, what);
  }
  if (doc.value === null || doc.value === undefined) return {};
  if (!isJsonMap(doc.value)) throw configError(doc, [], `${what} must be a mapping`);
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
