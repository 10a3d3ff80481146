// Pairing up the items of an old and a new sequence (what the layout-keeping writer patches in
// place), and structural equality.
import t from 'tap';
import { deepEqual, matchItems } from '../../lib/yaml/match.js';

t.test('deepEqual: JSON-like structure, NaN equal, undefined entries absent', async (t) => {
  t.ok(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }));
  t.ok(deepEqual({ a: 1, b: undefined }, { a: 1 }));
  t.ok(deepEqual(Number.NaN, Number.NaN));
  t.ok(deepEqual(0, -0));
  t.notOk(deepEqual({ a: [1, 2] }, { a: [2, 1] }));
  t.notOk(deepEqual([1], { 0: 1 }));
  t.notOk(deepEqual('1', 1));
});

t.test('named mappings match by name, at their own index first', async (t) => {
  const olds = [{ name: 'a' }, { name: 'b', x: 1 }, { name: 'b', x: 2 }];
  t.same(matchItems(olds, [{ name: 'b' }, { name: 'c' }, { name: 'a' }]), [1, -1, 0]);
  // Two of one name: the one at the same index, then the first left.
  t.same(matchItems(olds, [{ name: 'a' }, { name: 'b' }, { name: 'b' }]), [0, 1, 2]);
  t.same(matchItems(olds, [{ name: 'b' }, { name: 'b' }]), [1, 2]);
});

t.test('equal values match where they are, then the first equal one left', async (t) => {
  t.same(matchItems(['x', 'y', 'z'], ['z', 'x', 'y']), [2, 0, 1]);
  t.same(matchItems(['x', 'x', 'y'], ['y', 'x', 'x']), [2, 1, 0]);
  t.same(
    matchItems([{ a: 1, b: undefined }, 0], [-0, { a: 1 }]),
    [1, 0],
    'equal as deepEqual counts it',
  );
});

t.test('values alike at the top but different deeper are not taken for equal', async (t) => {
  const deep = (leaf: number) => ({ a: { b: { c: { d: leaf } } } });
  // 3 equals neither old item, and the old item at its place is taken by the 1 that moved.
  t.same(matchItems([deep(1), deep(2)], [deep(3), deep(1)]), [-1, 0]);
  t.same(matchItems([deep(1), deep(2)], [deep(2), deep(1)]), [1, 0]);
});

t.test(
  'what is left pairs by position if of the same kind and not differently named',
  async (t) => {
    t.same(
      matchItems([{ k: 1 }, 'a', { name: 'p' }], [{ k: 2 }, ['a'], { name: 'q' }]),
      [0, -1, -1],
    );
    t.same(matchItems(['a'], ['b', 'c']), [0, -1]);
  },
);

t.test('a long sequence whose items all changed pairs each with its own', async (t) => {
  // A List of thousands of workloads, each edited: every item is looked up, none is equal.
  const olds = Array.from({ length: 5000 }, (_, i) => ({
    kind: 'Deployment',
    metadata: { name: `w${i}` },
  }));
  const news = olds.map((o) => ({ ...o, spec: { injected: true } }));
  const match = matchItems(olds, news);
  t.ok(match.every((j, i) => j === i));
  // And reversed, equal items are found wherever they are.
  t.same(
    matchItems(olds, [...olds].reverse()),
    olds.map((_, i) => olds.length - 1 - i),
  );
});
