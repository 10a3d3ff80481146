/**
 * Kubernetes label selectors, as `metav1.LabelSelectorAsSelector` compiles them: a nil
 * selector matches nothing, an empty one (no matchLabels, no matchExpressions) matches
 * everything and reports `empty`; otherwise every requirement must hold.
 */
import type { LabelSelector } from '../config/types.js';
import { KinjectError } from '../errors.js';

/** A compiled selector. */
export interface Selector {
  /** No requirements at all (Go's `Selector.Empty()`): Istio ignores such selectors. */
  readonly empty: boolean;
  /** Does the label set satisfy every requirement? */
  matches(labels: Readonly<Record<string, string>>): boolean;
}

type Labels = Readonly<Record<string, string>>;
type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

const has = (labels: Labels, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(labels, key);

/** What each operator requires of the label set; `values` must (not) be empty as noted. */
const OPERATORS: Readonly<
  Record<
    Operator,
    {
      needsValues: boolean;
      test: (labels: Labels, key: string, values: readonly string[]) => boolean;
    }
  >
> = {
  In: { needsValues: true, test: (l, k, v) => has(l, k) && v.includes(l[k]) },
  NotIn: { needsValues: true, test: (l, k, v) => !has(l, k) || !v.includes(l[k]) },
  Exists: { needsValues: false, test: (l, k) => has(l, k) },
  DoesNotExist: { needsValues: false, test: (l, k) => !has(l, k) },
};

const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Problems with a label key (`[prefix/]name`), as Kubernetes validates it. */
function labelKeyErrors(key: string): string[] {
  const slash = key.indexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  const errors: string[] = [];
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
    errors.push('prefix part must be a lowercase RFC 1123 subdomain');
  if (name.length === 0 || name.length > 63 || !NAME.test(name))
    errors.push('name part must be a valid qualified name of at most 63 characters');
  return errors;
}

/** Problems with a label value (empty, or a qualified name of at most 63 characters). */
function labelValueErrors(value: string): string[] {
  return value === '' || (value.length <= 63 && NAME.test(value))
    ? []
    : [
        'a valid label must be at most 63 characters of [-A-Za-z0-9_.], starting and ending alphanumeric',
      ];
}

/** One requirement, validated. */
function requirement(
  key: string,
  operator: string,
  values: readonly string[],
): (labels: Labels) => boolean {
  const op = Object.prototype.hasOwnProperty.call(OPERATORS, operator)
    ? OPERATORS[operator as Operator]
    : undefined;
  if (op === undefined)
    throw new KinjectError(
      'CONFIG',
      `${JSON.stringify(operator)} is not a valid label selector operator`,
    );
  const errors = labelKeyErrors(key).map((e) => `key: Invalid value: ${JSON.stringify(key)}: ${e}`);
  if (op.needsValues && values.length === 0)
    errors.push("values: Invalid value: for 'in', 'notin' operators, values set can't be empty");
  if (!op.needsValues && values.length > 0)
    errors.push('values: Invalid value: values set must be empty for exists and does not exist');
  for (const v of values)
    errors.push(
      ...labelValueErrors(v).map(
        (e) => `values[${key}]: Invalid value: ${JSON.stringify(v)}: ${e}`,
      ),
    );
  if (errors.length > 0) throw new KinjectError('CONFIG', errors.join(', '));
  return (labels) => op.test(labels, key, values);
}

/**
 * Compile a label selector (Go's LabelSelectorAsSelector). Throws KinjectError (CONFIG) for
 * an invalid one: an unknown operator, a bad key or value, In/NotIn without values.
 */
export function labelSelectorAsSelector(selector: LabelSelector | null | undefined): Selector {
  if (selector === null || selector === undefined) return { empty: false, matches: () => false };
  const labels = Object.entries(selector.matchLabels ?? {});
  const expressions = selector.matchExpressions ?? [];
  if (labels.length + expressions.length === 0) return { empty: true, matches: () => true };
  const requirements = [
    ...labels.map(([k, v]) => requirement(k, 'In', [v])),
    ...expressions.map((e) => requirement(e.key, e.operator, e.values ?? [])),
  ];
  return { empty: false, matches: (l) => requirements.every((r) => r(l)) };
}
