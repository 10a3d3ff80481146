/**
 * Durations: protobuf's JSON form (`"1.5s"` in, `"1.500s"` out, as protojson writes it)
 * and Go's `time.Duration.String()` (`"1m30s"`, `"1.5s"`, `"500ms"`).
 */
import { isJsonMap } from './json-map.js';

/** A duration as protobuf holds it (nanos has the sign of seconds). */
export interface ProtoDuration {
  seconds: number;
  nanos: number;
}

const PROTO_DURATION = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/;

/** Read a proto-JSON duration (`"45s"`, `"-0.5s"`) or `{seconds, nanos}`; anything else is zero. */
export function parseProtoDuration(json: unknown): ProtoDuration {
  if (typeof json === 'string') {
    const m = PROTO_DURATION.exec(json);
    if (m === null) return { seconds: 0, nanos: 0 };
    const sign = m[1] === '-' ? -1 : 1;
    const nanos = Number((m[3] ?? '').padEnd(9, '0'));
    return { seconds: sign * Number(m[2]) || 0, nanos: sign * nanos || 0 };
  }
  if (isJsonMap(json)) {
    return { seconds: Number(json.seconds ?? 0) || 0, nanos: Number(json.nanos ?? 0) || 0 };
  }
  return { seconds: 0, nanos: 0 };
}

/** protojson's form: whole seconds, or 3, 6 or 9 fractional digits. */
export function formatProtoDuration(seconds: number, nanos: number): string {
  const sign = seconds < 0 || nanos < 0 ? '-' : '';
  const s = Math.abs(seconds);
  const n = Math.abs(nanos);
  if (n === 0) return `${sign}${s}s`;
  let frac = String(n).padStart(9, '0');
  while (frac.endsWith('000')) frac = frac.slice(0, -3);
  return `${sign}${s}.${frac}s`;
}

const SECOND = 1_000_000_000n;

/** `value / 10^digits` with the fraction's trailing zeros dropped (Go's fmtFrac + fmtInt). */
function withFraction(value: bigint, digits: number): string {
  const unit = 10n ** BigInt(digits);
  const frac = (value % unit).toString().padStart(digits, '0').replace(/0+$/, '');
  return frac === '' ? String(value / unit) : `${value / unit}.${frac}`;
}

/** Go's `time.Duration.String()` of a duration in nanoseconds: `1h2m3.5s`, `1.5µs`, `0s`. */
export function formatDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const sign = ns < 0n ? '-' : '';
  const u = ns < 0n ? -ns : ns;
  if (u < 1000n) return `${sign}${u}ns`;
  if (u < 1_000_000n) return `${sign}${withFraction(u, 3)}µs`;
  if (u < SECOND) return `${sign}${withFraction(u, 6)}ms`;
  const wholeSeconds = u / SECOND;
  const hours = wholeSeconds / 3600n;
  const minutes = (wholeSeconds % 3600n) / 60n;
  const secs = withFraction((wholeSeconds % 60n) * SECOND + (u % SECOND), 9);
  const h = hours > 0n ? `${hours}h` : '';
  const m = hours > 0n || minutes > 0n ? `${minutes}m` : '';
  return `${sign}${h}${m}${secs}s`;
}

/** A whole number of units as a bigint (0 for what is not finite). */
const whole = (x: number): bigint => (Number.isFinite(x) ? BigInt(Math.trunc(x)) : 0n);

/** Go's `time.Duration(seconds*1e9 + nanos).String()`. */
export function formatGoDuration(seconds: number, nanos: number): string {
  return formatDuration(whole(seconds) * SECOND + whole(nanos));
}

const UNITS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Go's `time.ParseDuration` in nanoseconds (`1h30m`, `-1.5s`); undefined where Go fails. */
export function parseDuration(s: string): bigint | undefined {
  const m = /^([-+]?)(.*)$/s.exec(s);
  const body = m?.[2] ?? '';
  if (body === '0') return 0n;
  if (body === '') return undefined;
  let total = 0;
  const part = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  for (let rest = body; rest !== '';) {
    const p = part.exec(rest);
    const [all = '', int = '', frac, unit = ''] = p ?? [];
    const scale = UNITS[unit];
    if (all === '' || (int === '' && (frac ?? '') === '') || scale === undefined) return undefined;
    total += Number(int || '0') * scale + Math.trunc(Number('0.' + (frac || '0')) * scale);
    rest = rest.slice(all.length);
  }
  if (total > 2 ** 63) return undefined;
  return BigInt(Math.trunc(m?.[1] === '-' ? -total : total));
}
