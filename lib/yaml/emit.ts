/**
 * Rendering new YAML content (values that were not in the input) in block style, indented to fit
 * the document it goes into. Texts returned here never end with a line break: the caller ends lines.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import {
  doubleQuote,
  fitsBlockScalar,
  isPlainSafe,
  renderBlockScalar,
  renderNumber,
  renderString,
} from './scalar.js';

/** How a document indents: the step between a key and its nested block, and whether sequences under a key are indented. */
export interface Style {
  readonly step: number;
  readonly indentSeq: boolean;
}

/** kubectl's way: 2 spaces, `key:\n- item`. */
export const DEFAULT_STYLE: Style = { step: 2, indentSeq: false };

/** The entries of a mapping that are written out (like JSON, `undefined` means "no such key"). */
export function entriesOf(m: JsonMap): [string, unknown][] {
  return Object.entries(m).filter(([, v]) => v !== undefined);
}

/** Whether a mapping has an entry that is written out (asked of every mapping rendered: no arrays made). */
export function hasEntries(m: JsonMap): boolean {
  for (const k of Object.keys(m)) if (m[k] !== undefined) return true;
  return false;
}

/** `v` on one line if it fits there (scalars that are not multi-line strings, empty collections), else undefined. */
function renderInline(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'number':
      return renderNumber(v);
    case 'bigint':
      return String(v);
    case 'string':
      return fitsBlockScalar(v) ? undefined : renderString(v);
  }
  if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
  if (isJsonMap(v)) return hasEntries(v) ? undefined : '{}';
  // Only symbols and functions are left, which no YAML or JSON holds.
  return renderString(scalarString(v));
}

/** A mapping key (always on one line). */
export function renderKey(k: string): string {
  return k.includes('\n') ? doubleQuote(k) : renderString(k);
}

/** What follows `key:` for value `v` when the key sits at column `keyCol`: ` scalar`, ` |` + block, or a nested block on the next lines. */
export function renderAfterKey(v: unknown, keyCol: number, style: Style): string {
  const inline = renderInline(v);
  if (inline !== undefined) return ` ${inline}`;
  if (typeof v === 'string') return ` ${renderBlockScalar(v, keyCol + style.step)}`;
  if (Array.isArray(v))
    return `\n${renderSeq(v, keyCol + (style.indentSeq ? style.step : 0), style)}`;
  return `\n${renderMap(v as JsonMap, keyCol + style.step, style)}`;
}

/** What follows `- ` for item `v` when the dash sits at column `dashCol` (nested collections start on the dash's line). */
export function renderAfterDash(v: unknown, dashCol: number, style: Style): string {
  const inline = renderInline(v);
  if (inline !== undefined) return inline;
  const col = dashCol + 2;
  if (typeof v === 'string') return renderBlockScalar(v, col);
  return renderBlock(v, col, style).slice(col);
}

/** `v` as a block node whose lines start at column `col` (the first line padded too). */
export function renderBlock(v: unknown, col: number, style: Style): string {
  if (Array.isArray(v) && v.length > 0) return renderSeq(v, col, style);
  if (isJsonMap(v) && hasEntries(v)) return renderMap(v, col, style);
  const inline = renderInline(v);
  return ' '.repeat(col) + (inline ?? renderBlockScalar(String(v), col + style.step));
}

/** A non-empty mapping, one `key: value` per line at column `col`. */
function renderMap(m: JsonMap, col: number, style: Style): string {
  const pad = ' '.repeat(col);
  let out = '';
  for (const k of Object.keys(m)) {
    const v = m[k];
    if (v === undefined) continue;
    out += `${out === '' ? '' : '\n'}${pad}${renderKey(k)}:${renderAfterKey(v, col, style)}`;
  }
  return out;
}

/** A non-empty sequence, one `- item` per line at column `col`. */
function renderSeq(items: readonly unknown[], col: number, style: Style): string {
  const pad = ' '.repeat(col);
  let out = '';
  for (let i = 0; i < items.length; i++)
    out += `${i === 0 ? '' : '\n'}${pad}- ${renderAfterDash(items[i], col, style)}`;
  return out;
}

/** A string inside `[…]` / `{…}`: JSON-quoted, or plain when `plain` allows and it is safe there too. */
function renderFlowString(s: string, plain: boolean): string {
  return plain && isPlainSafe(s) && !/[,[\]{}:]/.test(s) ? s : doubleQuote(s);
}

/** `v` as a one-line flow node: JSON-like (`{"a": "b"}`), or with plain strings where safe (`{a: b}`) when `plain`. */
export function renderFlow(v: unknown, plain = false): string {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, plain)).join(', ')}]`;
  if (isJsonMap(v))
    return `{${entriesOf(v)
      .map(([k, x]) => `${renderFlowString(k, plain)}: ${renderFlow(x, plain)}`)
      .join(', ')}}`;
  return typeof v === 'string' ? renderFlowString(v, plain) : (renderInline(v) ?? 'null');
}
