/**
 * gopkg.in/yaml.v2's implicit typing of plain scalars (its `resolve`): which tag an unquoted
 * scalar would get. The marshaller needs it twice: JSON numbers become `!!int` or `!!float`,
 * and a string may be written plain only if it would read back as a string.
 */
import { isYamlTimestamp } from './timestamp.js';
/** Exact spellings yaml.v2 looks up in a table (YAML 1.1 booleans, nulls, special floats). */
const SPECIAL = new Map([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO'].map((s) => [s, 'bool']),
    ...['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].map((s) => [s, 'bool']),
    ...['on', 'On', 'ON', 'off', 'Off', 'OFF'].map((s) => [s, 'bool']),
    ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, 'null']),
    ...['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF'].map((s) => [s, 'float']),
    ...['+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF'].map((s) => [s, 'float']),
]);
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Digits of Go's ParseUint(s, 0, 64) after its base prefix: 0x, 0o, 0b, or 0 (octal). */
const BASE_SYNTAX = [
    [/^0[xX]([0-9a-fA-F]+)$/, '0x'],
    [/^0[oO]([0-7]+)$/, '0o'],
    [/^0[bB]([01]+)$/, '0b'],
    [/^0([0-7]*)$/, '0o'],
    [/^([1-9][0-9]*)$/, ''],
];
/** Go's strconv.ParseUint(s, 0, 64) without underscores; undefined on error. */
function parseUint(s) {
    for (const [re, prefix] of BASE_SYNTAX) {
        const m = re.exec(s);
        if (m) {
            const n = BigInt(prefix + (m[1] || '0'));
            return n <= UINT64_MAX ? n : undefined;
        }
    }
    return undefined;
}
/** Go's strconv.ParseInt(s, 0, 64) (sign allowed); undefined on error. */
function parseInt64(s) {
    const neg = s.startsWith('-');
    const magnitude = parseUint(s.startsWith('+') || neg ? s.slice(1) : s);
    if (magnitude === undefined)
        return undefined;
    const n = neg ? -magnitude : magnitude;
    return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}
/**
 * The integer yaml.v2 reads from a plain scalar that starts with a digit or sign
 * (underscores are dropped first): int64, else uint64. (Its extra `0b` retry can only
 * succeed where ParseInt already did.)
 */
export function parseYamlInt(s) {
    const plain = s.replaceAll('_', '');
    return parseInt64(plain) ?? (/^[+-]/.test(plain) ? undefined : parseUint(plain));
}
/** yaml.v2's float pattern, checked before Go's ParseFloat (which must not overflow). */
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function isFiniteNumber(text) {
    return Number.isFinite(Number(text));
}
/** A scalar starting with a digit or a sign: timestamp, int, or float, else a string. */
function resolveNumeric(s) {
    if (isYamlTimestamp(s))
        return 'timestamp';
    if (parseYamlInt(s) !== undefined)
        return 'int';
    const plain = s.replaceAll('_', '');
    return YAML_FLOAT.test(plain) && isFiniteNumber(plain) ? 'float' : 'str';
}
/**
 * A scalar starting with '.': Go's ParseFloat, which takes underscores only between digits.
 */
function resolveDot(s) {
    const ok = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/.test(s) &&
        isFiniteNumber(s.replaceAll('_', ''));
    return ok ? 'float' : 'str';
}
/** The tag yaml.v2 gives a plain (unquoted) scalar. */
export function resolvePlain(s) {
    const special = SPECIAL.get(s);
    if (special !== undefined)
        return special;
    const c = s[0] ?? '';
    if (/[0-9+-]/.test(c))
        return resolveNumeric(s);
    if (c === '.')
        return resolveDot(s);
    return 'str';
}
/** YAML 1.1 sexagesimal floats (`1:20`): yaml.v2 reads them as strings but quotes them. */
export function isBase60Float(s) {
    return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}
//# sourceMappingURL=resolve.js.map