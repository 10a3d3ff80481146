/**
 * lib/config/deep-merge.ts: layering keeps every key of both sides as a plain key, and its
 * result shares nothing with its inputs.
 */
import t from 'tap';
import { clone, deepMerge } from '../../lib/config/deep-merge.js';

t.test('a copy is deep and keeps keys such as __proto__ as plain keys', async (t) => {
  const value = JSON.parse(
    '{"__proto__": {"polluted": "yes"}, "a": [{"b": 1}], "c": null}',
  ) as Record<string, unknown>;
  const copy = clone(value);
  t.strictSame(Object.keys(copy), ['__proto__', 'a', 'c']);
  t.equal(Object.getPrototypeOf(copy), Object.prototype);
  t.equal((copy as { polluted?: unknown }).polluted, undefined);
  t.strictSame(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value, { polluted: 'yes' });
  t.not(copy['a'], value['a']);
  t.not((copy['a'] as unknown[])[0], (value['a'] as unknown[])[0]);
  t.strictSame(copy, value);
});

t.test('a merge layers maps key by key and shares nothing with its inputs', async (t) => {
  const base = { m: { x: 1, y: { z: 2 } }, list: [1, 2], keep: 'base' };
  const over = JSON.parse('{"m": {"y": {"w": 3}}, "list": [3], "__proto__": {"p": 1}}') as object;
  const merged = deepMerge(base, over) as Record<string, unknown>;
  t.strictSame(Object.keys(merged), ['m', 'list', 'keep', '__proto__']);
  t.strictSame(merged['m'], { x: 1, y: { z: 2, w: 3 } });
  t.strictSame(merged['list'], [3]);
  t.equal(Object.getPrototypeOf(merged), Object.prototype);
  t.not(merged['m'], base.m);
  t.strictSame(base, { m: { x: 1, y: { z: 2 } }, list: [1, 2], keep: 'base' });
});
