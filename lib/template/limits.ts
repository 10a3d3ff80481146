/**
 * Bounds on what one template execution may cost. Templates come from the user's cluster
 * config (the injector ConfigMap), so they are code kinject runs, and must not be able to
 * hang a pipeline or exhaust its memory. Go sets no such bounds (istiod relies on the
 * webhook's timeout); Istio's own templates stay orders of magnitude below each of them
 * (Istio's sidecar template renders about 5 KiB in under 400 steps).
 */

/** Characters one execution may write (a rendered pod patch is a few KiB). */
export const MAX_OUTPUT = 4 * 1024 * 1024;

/** Items a list-making function (`until`, `untilStep`, `seq`) may produce. */
export const MAX_LIST_ITEMS = 1 << 20;

/** Nodes one execution may walk: stops loops that produce little output but never end soon. */
export const MAX_STEPS = 500_000;

/** Fails (as a function's error) when a function result would hold more than `max` of `what`. */
export function checkSize(size: number, max: number, what: string): void {
  if (size > max)
    throw new Error(`result of ${size} ${what} is larger than kinject's bound of ${max}`);
}
