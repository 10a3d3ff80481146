/**
 * Kubernetes label selectors, as `metav1.LabelSelectorAsSelector` compiles them: a nil
 * selector matches nothing, an empty one (no matchLabels, no matchExpressions) matches
 * everything and reports `empty`; otherwise every requirement must hold.
 */
import type { LabelSelector } from '../config/types.js';
/** A compiled selector. */
export interface Selector {
    /** No requirements at all (Go's `Selector.Empty()`): Istio ignores such selectors. */
    readonly empty: boolean;
    /** Does the label set satisfy every requirement? */
    matches(labels: Readonly<Record<string, string>>): boolean;
}
/**
 * Compile a label selector (Go's LabelSelectorAsSelector). Throws KinjectError (CONFIG) for
 * an invalid one: an unknown operator, a bad key or value, In/NotIn without values.
 */
export declare function labelSelectorAsSelector(selector: LabelSelector | null | undefined): Selector;
