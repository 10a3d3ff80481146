/**
 * `sigs.k8s.io/yaml.Marshal` on the template value model: Go's json.Marshal, then the JSON
 * read back by gopkg.in/yaml.v2 (numbers become int or float) and written by yaml.v2's
 * emitter: keys in yaml.v2's natural order, block style, sequences not indented under
 * their key, strings quoted only when they would read back as something else, multi-line
 * strings as literal blocks, long lines folded at 80 columns.
 */
import { formatFloat } from '../template/fmt-float.js';
import { JsonNumber, MarshalError, toJsonTree, type JsonNode } from '../go/json.js';
import { analyzeScalar } from './go-yaml/analyze.js';
import { isBase60Float, parseYamlInt, resolvePlain } from './go-yaml/resolve.js';
import { compareYamlKeyPoints } from './go-yaml/sort-keys.js';
import { codePoints } from '../go/strings.js';
import { YamlWriter } from './go-yaml/writer.js';

/** The style yaml.v2's encoder asks for; the emitter may still choose a quoted one. */
type RequestedStyle = 'plain' | 'double' | 'literal';

interface Scalar {
  readonly text: string;
  readonly style: RequestedStyle;
}

class Mapping {
  constructor(readonly entries: ReadonlyArray<readonly [Scalar, Node]>) {}
}

type Node = Scalar | Node[] | Mapping;

/** How yaml.v2 encodes a Go string: literal if multi-line, plain if it reads back as a string. */
function stringScalar(text: string): Scalar {
  if (text.includes('\n')) return { text, style: 'literal' };
  const plain = resolvePlain(text) === 'str' && !isBase60Float(text);
  return { text, style: plain ? 'plain' : 'double' };
}

/** A JSON number as yaml.v2 decodes it (int64/uint64 if integral, else float64) and re-encodes it. */
function numberScalar(n: JsonNumber): Scalar {
  const int = parseYamlInt(n.text);
  const text = int !== undefined ? String(int) : formatFloat(Number(n.text), 'g', -1);
  return { text, style: 'plain' };
}

/** Characters Go's JSON leaves raw but yaml.v2's reader rejects. */
const REJECTED = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/**
 * A JSON string as yaml.v2 reads it back. JSON leaves NEL (U+0085) unescaped, and YAML
 * takes it for a line break inside the quoted scalar: it folds (one break becomes a space,
 * more become newlines, blanks around it go) and cannot appear in a one-line flow key.
 */
function readBack(s: string, isKey: boolean): string {
  if (REJECTED.test(s)) throw new MarshalError('yaml: control characters are not allowed');
  if (!s.includes('\u0085')) return s;
  if (isKey) throw new MarshalError("yaml: line 1: did not find expected ',' or '}'");
  return s.replace(/ *\u0085[ \u0085]*/g, (run) => {
    const breaks = run.split('\u0085').length - 1;
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
  });
}

function toNode(json: JsonNode): Node {
  if (json === null) return { text: 'null', style: 'plain' };
  if (typeof json === 'boolean') return { text: String(json), style: 'plain' };
  if (typeof json === 'string') return stringScalar(readBack(json, false));
  if (json instanceof JsonNumber) return numberScalar(json);
  if (Array.isArray(json)) return json.map(toNode);
  // Each key's code points once, not once per comparison.
  const entries = json.entries.map(([k, v]) => {
    const key = readBack(k, true);
    return { key, points: codePoints(key), value: v };
  });
  entries.sort((a, b) => compareYamlKeyPoints(a.points, b.points));
  return new Mapping(entries.map((e) => [stringScalar(e.key), toNode(e.value)] as const));
}

/** Where a node sits, which decides indentation and what styles its scalars may use. */
interface Context {
  /** The indentation of the enclosing collection (-1 at the root). */
  readonly indent: number;
  /** A mapping value or key (sequences inside are then not indented). */
  readonly mapping: boolean;
  /** A key written as `key:` on one line. */
  readonly simpleKey: boolean;
}

const utf8 = new TextEncoder();

/**
 * Text the emitter writes in any requested style as it is: ASCII without blanks, breaks,
 * quotes, backslashes or indicators (`: `, ` #`, a leading `-`, `.` …). Most keys and values
 * are such words; they skip the per-character analysis and writing.
 */
const WORD = /^[A-Za-z0-9_/][A-Za-z0-9_./=+-]*$/;

/** Keys longer than 128 bytes or spanning lines are written as `? key` / `: value`. */
function isSimpleKey(key: Scalar): boolean {
  if (WORD.test(key.text)) return key.text.length <= 128;
  return !analyzeScalar(codePoints(key.text)).multiline && utf8.encode(key.text).length <= 128;
}

class Emitter {
  readonly w = new YamlWriter();

  node(node: Node, ctx: Context): void {
    if (node instanceof Mapping) this.#mapping(node, ctx);
    else if (Array.isArray(node)) this.#sequence(node, ctx);
    else this.#scalar(node, ctx);
  }

  /**
   * The emitter's style choice. (Empty and multi-line scalars never reach a simple key:
   * empty strings are requested double-quoted, multi-line keys are not simple.)
   */
  #scalar(s: Scalar, ctx: Context): void {
    if (s.style !== 'literal' && WORD.test(s.text)) return this.w.writeWord(s.text, s.style);
    const chars = codePoints(s.text);
    const a = analyzeScalar(chars);
    let style: RequestedStyle | 'single' = s.style;
    if (style === 'plain' && !a.blockPlainAllowed) style = 'single';
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && !a.blockAllowed) style = 'double';
    const indent = ctx.indent < 0 ? 2 : ctx.indent + 2;
    const allowBreaks = !ctx.simpleKey;
    if (style === 'plain') this.w.writePlain(chars, indent, allowBreaks);
    else if (style === 'single') this.w.writeSingleQuoted(chars, indent, allowBreaks);
    else if (style === 'double') this.w.writeDoubleQuoted(chars, indent, allowBreaks);
    else this.w.writeLiteral(chars, indent);
  }

  /** Empty collections are written in flow style: `[]`, `{}`. */
  #empty(open: string, close: string): void {
    this.w.writeIndicator(open, true, true, false);
    this.w.writeIndicator(close, false, false, false);
  }

  #sequence(items: readonly Node[], ctx: Context): void {
    if (items.length === 0) return this.#empty('[', ']');
    // Under a mapping key, on a fresh line, yaml.v2 does not indent the `-`.
    const indentless = ctx.mapping && !this.w.indention;
    const indent = ctx.indent < 0 ? 0 : indentless ? ctx.indent : ctx.indent + 2;
    for (const item of items) {
      this.w.writeIndent(indent);
      this.w.writeIndicator('-', true, false, true);
      this.node(item, { indent, mapping: false, simpleKey: false });
    }
  }

  #mapping(m: Mapping, ctx: Context): void {
    if (m.entries.length === 0) return this.#empty('{', '}');
    const indent = ctx.indent < 0 ? 0 : ctx.indent + 2;
    for (const [key, value] of m.entries) {
      this.w.writeIndent(indent);
      if (isSimpleKey(key)) {
        this.#scalar(key, { indent, mapping: true, simpleKey: true });
        this.w.writeIndicator(':', false, false, false);
      } else {
        this.w.writeIndicator('?', true, false, true);
        this.#scalar(key, { indent, mapping: true, simpleKey: false });
        this.w.writeIndent(indent);
        this.w.writeIndicator(':', true, false, true);
      }
      this.node(value, { indent, mapping: true, simpleKey: false });
    }
  }
}

/** YAML for a JSON tree, as sigs.k8s.io/yaml's JSONToYAML writes it. */
export function jsonTreeToYaml(json: JsonNode): string {
  const e = new Emitter();
  e.node(toNode(json), { indent: -1, mapping: false, simpleKey: false });
  e.w.writeIndent(-1);
  return e.w.text();
}

/**
 * Go's `sigs.k8s.io/yaml.Marshal(value)` for a template value.
 * @throws MarshalError where Go fails: json.Marshal (NaN, ±Inf) or yaml.v2 reading the JSON back
 * (characters YAML does not allow).
 */
export function marshalYaml(value: unknown): string {
  return jsonTreeToYaml(toJsonTree(value));
}
