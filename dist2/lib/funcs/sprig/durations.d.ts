/**
 * Sprig's pure time functions: `duration` (seconds to Go's time.Duration text) and
 * `durationRound` (a duration string or int64 nanoseconds, rounded to its largest unit).
 * Both wrap around int64 as Go does.
 */
import { type FuncMap } from '../../template/value.js';
/** Duration functions of sprig's map. */
export declare const durationFuncs: FuncMap;
