/**
 * Sprig's pure time functions: `duration` (seconds to Go's time.Duration text) and
 * `durationRound` (a duration string or int64 nanoseconds, rounded to its largest unit).
 * Both wrap around int64 as Go does.
 */
import { goFunc, GoInt } from '../../template/value.js';
const SECOND = 1000000000n;
/** Go's time.Duration.String for a whole number of seconds (what `duration` produces). */
function formatSeconds(ns) {
    if (ns === 0n)
        return '0s';
    const neg = ns < 0n;
    let u = neg ? -ns : ns;
    const frac = u % SECOND;
    u /= SECOND;
    let out = (frac === 0n ? '' : '.' + frac.toString().padStart(9, '0').replace(/0+$/, '')) + 's';
    out = `${u % 60n}${out}`;
    u /= 60n;
    if (u > 0n) {
        out = `${u % 60n}m${out}`;
        u /= 60n;
        if (u > 0n)
            out = `${u}h${out}`;
    }
    return (neg ? '-' : '') + out;
}
const INT64_MAX = 0x7fffffffffffffffn;
/** strconv.ParseInt(s, 10, 64) with the error ignored: 0 on bad syntax, clamped on overflow. */
function parseSeconds(s) {
    if (!/^[+-]?[0-9]+$/.test(s))
        return 0n;
    const n = BigInt(s);
    return n > INT64_MAX ? INT64_MAX : n < -INT64_MAX - 1n ? -INT64_MAX - 1n : n;
}
/** sprig's duration: int64 or numeric-string seconds; anything else is 0s. */
function duration(sec) {
    let n = 0n;
    if (typeof sec === 'string')
        n = parseSeconds(sec);
    else if (sec instanceof GoInt && sec.kind === 'int64')
        n = BigInt(sec.value);
    return formatSeconds(BigInt.asIntN(64, n * SECOND));
}
const UNITS = {
    ns: 1,
    us: 1e3,
    µs: 1e3,
    μs: 1e3,
    ms: 1e6,
    s: 1e9,
    m: 60e9,
    h: 3600e9,
};
/** Go's time.ParseDuration in nanoseconds; undefined on error. */
function parseDuration(s) {
    const m = /^([-+]?)(.*)$/s.exec(s);
    const body = m?.[2] ?? '';
    if (body === '0')
        return 0n;
    if (body === '')
        return undefined;
    let total = 0;
    const part = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
    for (let rest = body; rest !== '';) {
        const p = part.exec(rest);
        const [all = '', int = '', frac, unit = ''] = p ?? [];
        const scale = UNITS[unit];
        if (all === '' || (int === '' && (frac ?? '') === '') || scale === undefined)
            return undefined;
        total += Number(int || '0') * scale + Math.trunc(Number('0.' + (frac || '0')) * scale);
        rest = rest.slice(all.length);
    }
    if (total > 2 ** 63)
        return undefined;
    return BigInt(Math.trunc(m?.[1] === '-' ? -total : total));
}
const ROUND_UNITS = [
    [SECOND * 3600n * 24n * 365n, 'y'],
    [SECOND * 3600n * 24n * 30n, 'mo'],
    [SECOND * 3600n * 24n, 'd'],
    [SECOND * 3600n, 'h'],
    [SECOND * 60n, 'm'],
    [SECOND, 's'],
];
/** sprig's durationRound: the count of the largest unit the duration exceeds, e.g. `2h`. */
function durationRound(d) {
    let ns = 0n;
    if (typeof d === 'string')
        ns = parseDuration(d) ?? 0n;
    else if (d instanceof GoInt && d.kind === 'int64')
        ns = BigInt(d.value);
    const u = ns < 0n ? -ns : ns;
    for (const [size, name] of ROUND_UNITS)
        if (u > size)
            return `${u / size}${name}`;
    return '0s';
}
/** Duration functions of sprig's map. */
export const durationFuncs = {
    duration: goFunc(['any'], duration),
    durationRound: goFunc(['any'], durationRound),
};
//# sourceMappingURL=durations.js.map