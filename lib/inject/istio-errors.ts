/**
 * Istio's error chains: injection wraps what failed as Go's `fmt.Errorf("…: %v", err)` does,
 * so a message reads outermost first, `failed to run injection template: …: cause`. One helper
 * builds them, so the prefixes are written once.
 */
import { KinjectError, type ErrorCode, type Location } from '../errors.js';

/** RunTemplate's wrapping of every failure inside injection. */
export const RUN_TEMPLATE = 'failed to run injection template';
/** The wrapping of a failure to merge or decode a rendered template. */
export const APPLY_OVERLAY = 'failed applying injection overlay';

/**
 * A KinjectError whose message is Istio's chain `failed to run injection template: c1: c2 …`
 * (`chain` outermost first, the cause last).
 */
export function injectionError(
  code: ErrorCode,
  chain: readonly string[],
  where: Location = {},
  options?: { cause?: unknown },
): KinjectError {
  return new KinjectError(code, [RUN_TEMPLATE, ...chain].join(': '), where, options);
}
