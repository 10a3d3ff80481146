/**
 * A fast reader for the YAML that injection templates render, which is generated, simple and
 * large (about 5 KB per pod): block mappings and sequences of one-line scalars and one-line
 * JSON flow collections. Parsing it with `yaml` cost more than parsing the user's workload.
 *
 * It reads only what it is sure of and gives up (undefined) on anything else — anchors,
 * tags, block scalars, multi-line scalars, flow that is not JSON, plain scalars that YAML 1.1
 * would type (apart from decimal ints, true/false, null), duplicate keys — and the caller
 * then parses with `yaml` as before. So where it answers, it answers what `yaml` with
 * go-yaml v2's typing answers (tests compare the two on every rendered corpus template).
 */
import { resolvesAsNonString } from '../yaml/schema.js';

/** One significant line: its indentation and the text after it. */
interface Line {
  indent: number;
  text: string;
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

/** The value of a generated YAML text, or undefined where `yaml` must decide. */
export function parseGeneratedYaml(text: string): unknown {
  try {
    const lines = significantLines(text);
    if (lines.length === 0) return undefined;
    const reader = new Reader(lines);
    const value = reader.block(0);
    if (reader.at < lines.length) return undefined;
    return value;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

function significantLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const indent = line.length - body.length;
    // Tabs, document markers and directives are for `yaml` to judge.
    if (line.slice(0, indent).includes('\t') || /^(---|\.\.\.|%)/.test(line)) giveUp();
    out.push({ indent, text: body.trimEnd() });
  }
  return out;
}

class Reader {
  at = 0;
  constructor(private readonly lines: readonly Line[]) {}

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
    this.at++;
    const value = rest.trim();
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

/** A JSON text as YAML reads it: only JSON whose every string YAML reads the same way. */
function json(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return giveUp();
  }
  // YAML flow may not hold every JSON escape the same way; keep to plain strings and safe numbers.
  if (/\\[^"\\/bfnrtu]|\\u/.test(text) || hasControlCharacter(text)) giveUp();
  checkJson(value);
  return value;
}

/** Whether the text holds a C0 control character (JSON.parse refuses them raw; YAML's rules differ). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

function checkJson(v: unknown): void {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) giveUp();
  if (Array.isArray(v)) v.forEach(checkJson);
  else if (v !== null && typeof v === 'object') {
    if (Object.prototype.hasOwnProperty.call(v, '__proto__')) giveUp();
    Object.values(v).forEach(checkJson);
  }
}
