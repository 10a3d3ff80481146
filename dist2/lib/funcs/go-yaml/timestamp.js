/**
 * Does a plain YAML scalar read as a timestamp for gopkg.in/yaml.v2? It tries Go's
 * `time.Parse` with four layouts: `2006-1-2T15:4:5.999999999Z07:00` (also with a lower-case
 * `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`. Such strings must be quoted on output.
 */
/** Go's getnum(s, false): one or two leading digits. */
function readNumber(s, at) {
    if (!isDigit(s, at))
        return undefined;
    const end = isDigit(s, at + 1) ? at + 2 : at + 1;
    return { n: Number(s.slice(at, end)), end };
}
function isDigit(s, i) {
    const c = s.charCodeAt(i);
    return c >= 48 && c <= 57;
}
function daysIn(month, year) {
    if (month !== 2)
        return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
}
/** `YYYY-M-D`: the position after it, or undefined when it is not a valid date. */
function readDate(s) {
    if (s.length < 5 || s[4] !== '-' || !/^[0-9]{4}$/.test(s.slice(0, 4)))
        return undefined;
    const month = readNumber(s, 5);
    if (!month || month.n < 1 || month.n > 12 || s[month.end] !== '-')
        return undefined;
    const day = readNumber(s, month.end + 1);
    if (!day || day.n < 1 || day.n > daysIn(month.n, Number(s.slice(0, 4))))
        return undefined;
    return day.end;
}
/** `15:4:5` then an optional `.999999999` (a period or comma and up to 9 digits). */
function readClock(s, at) {
    const limits = [24, 60, 60];
    let pos = at;
    for (const [i, limit] of limits.entries()) {
        if (i > 0) {
            if (s[pos] !== ':')
                return undefined;
            pos++;
        }
        const part = readNumber(s, pos);
        if (!part || part.n >= limit)
            return undefined;
        pos = part.end;
    }
    if ((s[pos] === '.' || s[pos] === ',') && isDigit(s, pos + 1)) {
        let end = pos + 1;
        while (end - pos <= 9 && isDigit(s, end))
            end++;
        pos = end;
    }
    return pos;
}
/**
 * `Z07:00`: `Z`, or a sign and `hh:mm`. Current Go (since 1.20) accepts up to 24 hours and
 * 60 minutes; Go 1.19 had no range check.
 */
function readZone(s, at) {
    if (s[at] === 'Z')
        return at + 1;
    const m = /^[+-]([0-9]{2}):([0-9]{2})/.exec(s.slice(at));
    if (!m || Number(m[1]) > 24 || Number(m[2]) > 60)
        return undefined;
    return at + 6;
}
/** Whether yaml.v2 resolves the plain scalar to `!!timestamp`. */
export function isYamlTimestamp(s) {
    const dateEnd = readDate(s);
    if (dateEnd === undefined)
        return false;
    if (dateEnd === s.length)
        return true;
    const sep = s[dateEnd];
    if (sep !== 'T' && sep !== 't' && sep !== ' ')
        return false;
    const clockEnd = readClock(s, dateEnd + 1);
    if (clockEnd === undefined)
        return false;
    if (sep === ' ')
        return clockEnd === s.length;
    return readZone(s, clockEnd) === s.length;
}
//# sourceMappingURL=timestamp.js.map