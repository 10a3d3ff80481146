/**
 * A fast reader for the YAML that injection templates render, which is generated, simple and
 * large (about 5 KB per pod): block mappings and sequences of one-line scalars and one-line
 * JSON flow collections, plus what Istio's own templates add: literal block scalars (`|`,
 * `|-`, `|+`) and flow mappings of quoted strings spread over lines (`annotations: {` …
 * `}`). Parsing it with `yaml` cost more than parsing the user's workload.
 *
 * It reads only what it is sure of and gives up (undefined) on anything else — anchors,
 * tags, folded or indented block scalars, multi-line plain scalars, flow that is not JSON,
 * plain scalars that YAML 1.1 would type (apart from decimal ints, true/false, null),
 * duplicate keys — and the caller then parses with `yaml` as before. So where it answers, it
 * answers what `yaml` with go-yaml v2's typing answers (tests compare the two on crafted
 * texts, on the corpus's documents, and on Istio's and kinject's templates rendered).
 */
import { jsonStringEnd } from '../yaml/json-string.js';
import { resolvesAsNonString } from '../yaml/schema.js';

/** One significant line: its indentation, the text after it, and its place among all lines. */
interface Line {
  indent: number;
  text: string;
  /** Index in the text's lines (block scalars read the lines between significant ones). */
  raw: number;
}

/** Thrown inside the reader to give up; never escapes it. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** A plain key: nothing YAML could read as anything but this string. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
/** A plain scalar we may take as a string if YAML 1.1 does not type it: no indicator first, nothing that starts a comment or a mapping. */
const PLAIN_SCALAR = /^[A-Za-z0-9_./$(+-][^#{}[\],&*!|>'"%@`]*$/;
const DECIMAL_INT = /^(0|-?[1-9][0-9]{0,14})$/;
/** Characters YAML does not allow raw in a scalar (tab and line breaks aside). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]/;
/** The start of a multi-line flow mapping's entry: a plain key, then a double-quoted string. */
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_./-]*): (?=")/;

/**
 * One entry of a multi-line flow mapping: a plain key, a double-quoted string, a comma or
 * nothing; undefined for anything else. The string is scanned (lib/yaml/json-string.ts):
 * matched by a regexp, a long annotation overflowed its backtracking stack.
 */
function flowEntry(text: string): { key: string; value: string; comma: string } | undefined {
  const m = FLOW_KEY.exec(text);
  if (m === null) return undefined;
  const start = m[0].length;
  const end = jsonStringEnd(text, start);
  const comma = end < 0 ? undefined : text.slice(end);
  if (comma !== '' && comma !== ',') return undefined;
  return { key: m[1] ?? '', value: text.slice(start, end), comma };
}

/** The value of a generated YAML text, or undefined where `yaml` must decide. */
export function parseGeneratedYaml(text: string): unknown {
  try {
    const raw = text.split('\n');
    const lines = significantLines(raw);
    if (lines.length === 0) return undefined;
    const reader = new Reader(lines, raw);
    const value = reader.block(0);
    if (reader.at < lines.length) return undefined;
    return value;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

function significantLines(raw: readonly string[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = withoutCr(raw[i]);
    // Generated lines are indented with spaces and start with a printable ASCII character:
    // found by char codes, without the two trimmed copies per line (~5 KB of YAML per pod).
    // Any other line takes the general path below.
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const first = line.charCodeAt(indent);
    if (indent === line.length || first === 35) continue; // blank, or a comment
    if (first > 32 && first < 127) {
      if (indent === 0 && (first === 45 || first === 46 || first === 37) && MARKER.test(line))
        giveUp();
      let end = line.length;
      while (line.charCodeAt(end - 1) === 32) end--;
      const last = line.charCodeAt(end - 1);
      if (last > 32 && last < 127) {
        out.push({ indent, text: line.slice(indent, end), raw: i });
        continue;
      }
    }
    const body = line.trimStart();
    const lead = line.length - body.length;
    const text = body.trimEnd();
    // trimStart and trimEnd also strip NBSP, a BOM and other Unicode spaces, which YAML reads
    // as content: for `yaml` to judge.
    if (!SPACE_OR_TAB.test(line.slice(0, lead)) || !SPACE_OR_TAB.test(body.slice(text.length)))
      giveUp();
    if (text === '' || text.startsWith('#')) continue;
    // Tabs, document markers and directives are for `yaml` to judge.
    if (line.slice(0, lead).includes('\t') || MARKER.test(line)) giveUp();
    out.push({ indent: lead, text, raw: i });
  }
  return out;
}

/** Only spaces and tabs: the whitespace YAML skips around a line's content. */
const SPACE_OR_TAB = /^[ \t]*$/;
/** A document marker or a directive at a line's start: for `yaml` to judge. */
const MARKER = /^(---|\.\.\.|%)/;

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** A literal block scalar's header: `|` and a chomping indicator (no indentation digit, no comment). */
const LITERAL_HEADER = /^\|[-+]?$/;

class Reader {
  at = 0;
  constructor(
    private readonly lines: readonly Line[],
    private readonly raw: readonly string[],
  ) {}

  /** The block node starting at the current line, whose indentation must be `min` or more. */
  block(min: number): unknown {
    const line = this.lines[this.at];
    if (line === undefined || line.indent < min) return null;
    return line.text === '-' || line.text.startsWith('- ')
      ? this.sequence(line.indent)
      : this.mapping(line.indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    return this.entriesAt(indent, {});
  }

  /** The entries of `map` on the lines at `indent` from here; then the block must end. */
  private entriesAt(indent: number, map: Record<string, unknown>): Record<string, unknown> {
    for (
      let line = this.lines[this.at];
      line !== undefined && line.indent === indent;
      line = this.lines[this.at]
    ) {
      this.entry(line.text, indent, map);
    }
    this.checkDedent(indent);
    return map;
  }

  /** One `key: value` of a mapping at `indent` (the line's text is `text`). */
  private entry(text: string, indent: number, map: Record<string, unknown>): void {
    const colon = text.indexOf(':');
    if (colon <= 0) giveUp();
    const key = text.slice(0, colon);
    if (!PLAIN_KEY.test(key) || resolvesAsNonString(key) || key === '__proto__') giveUp();
    if (Object.prototype.hasOwnProperty.call(map, key)) giveUp();
    const rest = text.slice(colon + 1);
    if (rest !== '' && !rest.startsWith(' ')) giveUp();
    const line = this.lines[this.at];
    this.at++;
    const value = rest.trim();
    if (LITERAL_HEADER.test(value)) {
      map[key] = this.literal(line.raw, indent, value);
      return;
    }
    if (value === '{') {
      map[key] = this.flowMapping(indent);
      return;
    }
    if (value !== '') {
      map[key] = scalar(value);
      return;
    }
    const next = this.lines[this.at];
    // A sequence may sit at the key's own indentation.
    if (
      next !== undefined &&
      next.indent === indent &&
      (next.text === '-' || next.text.startsWith('- '))
    )
      map[key] = this.sequence(indent);
    else map[key] = this.block(indent + 1);
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (
      let line = this.lines[this.at];
      line !== undefined && line.indent === indent;
      line = this.lines[this.at]
    ) {
      if (line.text === '-') {
        this.at++;
        items.push(this.block(indent + 1));
        continue;
      }
      if (!line.text.startsWith('- ')) break;
      const body = line.text.slice(2).trimStart();
      const inner = indent + (line.text.length - body.length);
      if (body.startsWith('- ')) giveUp();
      if (/^[A-Za-z_][A-Za-z0-9_./-]*:( |$)/.test(body)) {
        // A mapping that starts on the dash's line: its keys line up at `inner`.
        const map: Record<string, unknown> = {};
        this.entry(body, inner, map);
        items.push(this.entriesAt(inner, map));
      } else {
        this.at++;
        items.push(scalar(body));
      }
    }
    this.checkDedent(indent);
    return items;
  }

  /**
   * A literal block scalar whose header (`|`, `|-`, `|+`) ends raw line `header`, as the
   * value of a key at `indent`: its lines, less the first content line's indentation, with
   * the trailing line breaks the chomping indicator keeps. Then the significant lines it
   * held are skipped.
   */
  private literal(header: number, indent: number, indicator: string): string {
    const content: string[] = [];
    let contentIndent = -1;
    let end = header + 1;
    for (; end < this.raw.length; end++) {
      const line = withoutCr(this.raw[end]);
      const body = line.trimStart();
      const spaces = line.length - body.length;
      if (body === '') {
        if (line.includes('\t')) giveUp();
        // A blank line more indented than the content that follows is for `yaml` to judge.
        if (contentIndent < 0 && spaces > indent + 1) giveUp();
        content.push(contentIndent < 0 ? '' : line.slice(contentIndent));
        continue;
      }
      if (contentIndent < 0) {
        if (spaces <= indent) break;
        contentIndent = spaces;
      } else if (spaces < contentIndent) break;
      if (line.slice(0, contentIndent).includes('\t')) giveUp();
      content.push(line.slice(contentIndent));
    }
    // An empty scalar, or one ending the text without a line break, is for `yaml` to judge.
    if (contentIndent < 0) giveUp();
    if (end === this.raw.length && this.raw[this.raw.length - 1] !== '') giveUp();
    if (end === this.raw.length) content.pop(); // The empty string after the final break.
    while (this.at < this.lines.length && this.lines[this.at].raw < end) this.at++;
    let last = content.length;
    while (last > 0 && content[last - 1].trim() === '') last--;
    // Trailing lines of spaces past the indentation are content, not breaks: for `yaml`.
    if (content.slice(last).some((l) => l !== '')) giveUp();
    const body = content.slice(0, last).join('\n');
    if (CONTROL.test(body)) giveUp();
    if (indicator === '|-') return body;
    if (indicator === '|+') return `${content.join('\n')}\n`;
    return last === 0 ? '' : `${body}\n`;
  }

  /**
   * A flow mapping opened by `{` at the end of a key's line (at `indent`): one
   * `key: "string",` per line, indented past the key, up to a line that is `}`.
   */
  private flowMapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.lines[this.at]; line !== undefined; line = this.lines[this.at]) {
      this.at++;
      if (line.text === '}') {
        if (line.indent < indent) giveUp();
        return map;
      }
      const entry = flowEntry(line.text);
      if (entry === undefined || line.indent <= indent) return giveUp();
      const { key, value, comma } = entry;
      if (resolvesAsNonString(key) || key === '__proto__' || Object.hasOwn(map, key)) giveUp();
      // Entries are separated by commas; only the last may go without one.
      if (comma === '' && this.lines[this.at]?.text !== '}') giveUp();
      map[key] = scalar(value);
    }
    return giveUp();
  }

  /** After a block at `indent` the next line must be less indented (else it is something we do not read). */
  private checkDedent(indent: number): void {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) giveUp();
  }
}

/** A one-line scalar or flow collection. */
function scalar(text: string): unknown {
  const first = text[0];
  if (first === '"') {
    if (!text.endsWith('"') || text.length < 2) giveUp();
    const body = text.slice(1, -1);
    if (!body.includes('\\') && !body.includes('"')) return body;
    return json(text);
  }
  if (first === "'") {
    if (!text.endsWith("'") || text.length < 2) giveUp();
    const body = text.slice(1, -1);
    if (/'(?!')/.test(body.replace(/''/g, ''))) giveUp();
    return body.replace(/''/g, "'");
  }
  if (first === '{' || first === '[') return json(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null' || text === '~') return null;
  if (DECIMAL_INT.test(text)) return Number(text);
  if (!PLAIN_SCALAR.test(text) || resolvesAsNonString(text)) giveUp();
  // `a: b` inside is a mapping, a trailing `:` a key, a lone `-` a sequence entry.
  if (text.includes(': ') || text.endsWith(':') || text === '-') giveUp();
  return text;
}

/**
 * A C0 control character (JSON.parse refuses them raw; YAML's rules differ). A regexp, not a
 * loop over char codes: the texts are long, and in the first pods that loop is interpreted.
 */
const C0_CONTROL = /[\x00-\x1f]/;

/** A JSON text as YAML reads it: only JSON whose every string YAML reads the same way. */
function json(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return giveUp();
  }
  // YAML flow may not hold every JSON escape the same way; keep to plain strings and safe numbers.
  if (/\\[^"\\/bfnrtu]|\\u/.test(text) || C0_CONTROL.test(text)) giveUp();
  checkJson(value);
  return value;
}

function checkJson(v: unknown): void {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) giveUp();
  if (Array.isArray(v)) v.forEach(checkJson);
  else if (v !== null && typeof v === 'object') {
    if (Object.prototype.hasOwnProperty.call(v, '__proto__')) giveUp();
    Object.values(v).forEach(checkJson);
  }
}
