/**
 * Sprig's pure time functions: `duration` (seconds to Go's time.Duration text) and
 * `durationRound` (a duration string or int64 nanoseconds, rounded to its largest unit).
 * Both wrap around int64 as Go does.
 */
import { formatDuration, parseDuration } from '../../go/duration.js';
import { goFunc, GoInt, type FuncMap } from '../../go/value.js';

const SECOND = 1_000_000_000n;

const INT64_MAX = 0x7fffffffffffffffn;

/** strconv.ParseInt(s, 10, 64) with the error ignored: 0 on bad syntax, clamped on overflow. */
function parseSeconds(s: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) return 0n;
  const n = BigInt(s);
  return n > INT64_MAX ? INT64_MAX : n < -INT64_MAX - 1n ? -INT64_MAX - 1n : n;
}

/** sprig's duration: int64 or numeric-string seconds; anything else is 0s. */
function duration(sec: unknown): string {
  let n = 0n;
  if (typeof sec === 'string') n = parseSeconds(sec);
  else if (sec instanceof GoInt && sec.kind === 'int64') n = BigInt(sec.value);
  return formatDuration(BigInt.asIntN(64, n * SECOND));
}

const ROUND_UNITS: ReadonlyArray<readonly [bigint, string]> = [
  [SECOND * 3600n * 24n * 365n, 'y'],
  [SECOND * 3600n * 24n * 30n, 'mo'],
  [SECOND * 3600n * 24n, 'd'],
  [SECOND * 3600n, 'h'],
  [SECOND * 60n, 'm'],
  [SECOND, 's'],
];

/** sprig's durationRound: the count of the largest unit the duration exceeds, e.g. `2h`. */
function durationRound(d: unknown): string {
  let ns = 0n;
  if (typeof d === 'string') ns = parseDuration(d) ?? 0n;
  else if (d instanceof GoInt && d.kind === 'int64') ns = BigInt(d.value);
  const u = ns < 0n ? -ns : ns;
  for (const [size, name] of ROUND_UNITS) if (u > size) return `${u / size}${name}`;
  return '0s';
}

/** Duration functions of sprig's map. */
export const durationFuncs: FuncMap = {
  duration: goFunc(['any'], duration),
  durationRound: goFunc(['any'], durationRound),
};
