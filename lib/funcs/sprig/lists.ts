/**
 * Sprig's list functions (list.go). Each `mustX` returns Go's error where `X` panics with it;
 * both reach the template as `error calling X: …`, so they share one implementation.
 */
import { checkSize, MAX_LIST_ITEMS } from '../../template/limits.js';
import {
  goFunc,
  goTypeOf,
  withGoType,
  type GoInt,
  type FuncMap,
  type GoFunc,
} from '../../go/value.js';
import { deepEqual, fail, goInt, isEmpty, kindOrPanic, toInt64 } from './convert.js';

/** The list's elements, or Go's "Cannot VERB on type KIND" error for a non-list. */
function elements(list: unknown, what: string): unknown[] {
  const kind = kindOrPanic(list);
  if (kind !== 'slice') fail(`${what} ${kind}`);
  return list as unknown[];
}

/** Register a list function and its `must` twin. */
function withMust(name: string, f: GoFunc): Record<string, GoFunc> {
  return { [name]: f, ['must' + name[0]?.toUpperCase() + name.slice(1)]: f };
}

const MAKESLICE = 'runtime error: makeslice: len out of range';

function chunk(size: number, list: unknown): unknown[][] {
  const l = elements(list, 'Cannot chunk type');
  // sprig computes the chunk count and last length in float64, so sizes ≤ 0 behave oddly.
  const count = Math.floor((l.length - 1) / size) + 1;
  if (!Number.isFinite(count) || count < 0) fail(MAKESLICE);
  const out: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const len = i === count - 1 ? Math.floor(l.length % size) || size : size;
    if (len < 0) fail(MAKESLICE);
    out.push(l.slice(i * size, i * size + len));
  }
  return withGoType(out, '[][]interface {}');
}

function slice(list: unknown, ...indices: unknown[]): unknown {
  const kind = kindOrPanic(list);
  if (kind !== 'slice') fail(`list should be type of slice or array but ${kind}`);
  const l = list as unknown[];
  if (l.length === 0) return null;
  const start = indices.length > 0 ? toInt64(indices[0]) : 0;
  const end = indices.length < 2 ? l.length : toInt64(indices[1]);
  if (start < 0 || end < start || end > l.length)
    fail('reflect.Value.Slice: slice index out of bounds');
  const out = l.slice(start, end);
  const type = (l as { [goTypeOf]?: string })[goTypeOf];
  return type ? withGoType(out, type) : out;
}

function uniq(list: unknown): unknown[] {
  const out: unknown[] = [];
  for (const item of elements(list, 'Cannot find uniq on type'))
    if (!out.some((h) => deepEqual(item, h))) out.push(item);
  return out;
}

function has(needle: unknown, haystack: unknown): boolean {
  if (haystack === null || haystack === undefined) return false;
  return elements(haystack, 'Cannot find has on type').some((item) => deepEqual(needle, item));
}

function concat(...lists: unknown[]): unknown[] {
  return lists.flatMap((l) => {
    const kind = kindOrPanic(l);
    if (kind !== 'slice') fail(`Cannot concat type ${kind} as list`);
    return l;
  });
}

/** sprig's untilStep: [start, stop) by step; an empty list when the step goes the wrong way. */
function untilStep(start: number, stop: number, step: number): number[] {
  const out: number[] = [];
  if (step !== 0 && (stop - start) / step > 0)
    checkSize(Math.ceil((stop - start) / step), MAX_LIST_ITEMS, 'items');
  if (stop < start) {
    if (step >= 0) return out;
    for (let i = start; i > stop; i += step) out.push(i);
    return out;
  }
  if (step <= 0) return out;
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
}

const intList = (ns: number[]): unknown[] => withGoType(ns.map(goInt), '[]int');

/** sprig's seq: like the Unix command; `seq 5`, `seq 2 5`, `seq 0 2 10`. */
function seq(...params: number[]): string {
  const [a = 0, b = 0, c = 0] = params;
  let ns: number[] = [];
  if (params.length === 1) {
    const inc = a < 1 ? -1 : 1;
    ns = untilStep(1, a + inc, inc);
  } else if (params.length === 2) {
    const step = b < a ? -1 : 1;
    ns = untilStep(a, b + step, step);
  } else if (params.length === 3) {
    const inc = c < a ? -1 : 1;
    if (c < a && b > 0) return '';
    ns = untilStep(a, c + inc, b);
  }
  return ns.join(' ');
}

/** List functions of sprig's map. */
export const listFuncs: FuncMap = {
  list: goFunc(['any'], (...v: unknown[]) => v, true),
  tuple: goFunc(['any'], (...v: unknown[]) => v, true),
  ...withMust(
    'push',
    goFunc(['any', 'any'], (l: unknown, v: unknown) => [...elements(l, 'Cannot push on type'), v]),
  ),
  ...withMust(
    'append',
    goFunc(['any', 'any'], (l: unknown, v: unknown) => [...elements(l, 'Cannot push on type'), v]),
  ),
  ...withMust(
    'prepend',
    goFunc(['any', 'any'], (l: unknown, v: unknown) => [
      v,
      ...elements(l, 'Cannot prepend on type'),
    ]),
  ),
  ...withMust(
    'chunk',
    goFunc(['int', 'any'], (n: GoInt, l: unknown) => chunk(n.value, l)),
  ),
  ...withMust(
    'first',
    goFunc(['any'], (l: unknown) => elements(l, 'Cannot find first on type')[0] ?? null),
  ),
  ...withMust(
    'last',
    goFunc(['any'], (l: unknown) => elements(l, 'Cannot find last on type').at(-1) ?? null),
  ),
  ...withMust(
    'rest',
    goFunc(['any'], (l: unknown) => elements(l, 'Cannot find rest on type').slice(1)),
  ),
  ...withMust(
    'initial',
    goFunc(['any'], (l: unknown) => elements(l, 'Cannot find initial on type').slice(0, -1)),
  ),
  ...withMust(
    'reverse',
    goFunc(['any'], (l: unknown) => [...elements(l, 'Cannot find reverse on type')].reverse()),
  ),
  ...withMust(
    'compact',
    goFunc(['any'], (l: unknown) =>
      elements(l, 'Cannot compact on type').filter((e) => !isEmpty(e)),
    ),
  ),
  ...withMust('uniq', goFunc(['any'], uniq)),
  ...withMust(
    'without',
    goFunc(
      ['any', 'any'],
      (l: unknown, ...omit: unknown[]) =>
        elements(l, 'Cannot find without on type').filter(
          (e) => !omit.some((o) => deepEqual(e, o)),
        ),
      true,
    ),
  ),
  ...withMust('has', goFunc(['any', 'any'], has)),
  ...withMust('slice', goFunc(['any', 'any'], slice, true)),
  concat: goFunc(['any'], concat, true),
  until: goFunc(['int'], ({ value: n }: GoInt) => intList(untilStep(0, n, n < 0 ? -1 : 1))),
  untilStep: goFunc(['int', 'int', 'int'], (a: GoInt, b: GoInt, c: GoInt) =>
    intList(untilStep(a.value, b.value, c.value)),
  ),
  seq: goFunc(['int'], (...ps: GoInt[]) => seq(...ps.map((p) => p.value)), true),
};
