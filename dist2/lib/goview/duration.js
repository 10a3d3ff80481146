const PROTO_DURATION = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/;
/** Read a proto-JSON duration (`"45s"`, `"-0.5s"`) or `{seconds, nanos}`; anything else is zero. */
export function parseProtoDuration(json) {
    if (typeof json === 'string') {
        const m = PROTO_DURATION.exec(json);
        if (m === null)
            return { seconds: 0, nanos: 0 };
        const sign = m[1] === '-' ? -1 : 1;
        const nanos = Number((m[3] ?? '').padEnd(9, '0'));
        return { seconds: sign * Number(m[2]) || 0, nanos: sign * nanos || 0 };
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        return { seconds: Number(json.seconds ?? 0) || 0, nanos: Number(json.nanos ?? 0) || 0 };
    }
    return { seconds: 0, nanos: 0 };
}
/** protojson's form: whole seconds, or 3, 6 or 9 fractional digits. */
export function formatProtoDuration(seconds, nanos) {
    const sign = seconds < 0 || nanos < 0 ? '-' : '';
    const s = Math.abs(seconds);
    const n = Math.abs(nanos);
    if (n === 0)
        return `${sign}${s}s`;
    let frac = String(n).padStart(9, '0');
    while (frac.endsWith('000'))
        frac = frac.slice(0, -3);
    return `${sign}${s}.${frac}s`;
}
/** `value / 10^digits` with the fraction's trailing zeros dropped (Go's fmtFrac + fmtInt). */
function withFraction(value, digits) {
    const unit = 10 ** digits;
    const frac = String(value % unit)
        .padStart(digits, '0')
        .replace(/0+$/, '');
    return frac === '' ? String(Math.floor(value / unit)) : `${Math.floor(value / unit)}.${frac}`;
}
/** Go's `time.Duration(seconds*1e9 + nanos).String()`. */
export function formatGoDuration(seconds, nanos) {
    const total = seconds * 1e9 + nanos;
    const sign = total < 0 ? '-' : '';
    const u = Math.abs(total);
    if (u === 0)
        return '0s';
    if (u < 1e3)
        return `${sign}${u}ns`;
    if (u < 1e6)
        return `${sign}${withFraction(u, 3)}µs`;
    if (u < 1e9)
        return `${sign}${withFraction(u, 6)}ms`;
    const wholeSeconds = Math.floor(u / 1e9);
    const hours = Math.floor(wholeSeconds / 3600);
    const minutes = Math.floor((wholeSeconds % 3600) / 60);
    const secs = withFraction((wholeSeconds % 60) * 1e9 + (u % 1e9), 9);
    const h = hours > 0 ? `${hours}h` : '';
    const m = hours > 0 || minutes > 0 ? `${minutes}m` : '';
    return `${sign}${h}${m}${secs}s`;
}
//# sourceMappingURL=duration.js.map