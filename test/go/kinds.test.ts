/**
 * lib/go's one table of Go's basic kinds, and the readers that use it: integer ranges as
 * encoding/json checks them, the kind of a JS primitive as fmt's %T and reflect name it.
 */
import t from 'tap';
import { jsonKind } from '../../lib/go/json-map.js';
import {
  GoInt,
  intRange,
  isBasicKind,
  isIntKind,
  isUnsignedKind,
  primitiveKind,
} from '../../lib/go/value.js';
import { goTypeName } from '../../lib/template/fmt-value.js';

t.test('integer kinds, their signedness and ranges', async (t) => {
  t.ok(isIntKind('int32') && isIntKind('uintptr'));
  t.notOk(isIntKind('float64') || isIntKind('string') || isIntKind('byte'));
  t.strictSame(['int', 'int8', 'uint', 'uint8', 'uintptr'].map(isUnsignedKind), [
    false,
    false,
    true,
    true,
    true,
  ]);
  t.strictSame(intRange('int8'), [-128, 127]);
  t.strictSame(intRange('uint8'), [0, 255]);
  t.strictSame(intRange('int32'), [-2147483648, 2147483647]);
  t.strictSame(intRange('uint32'), [0, 4294967295]);
  t.strictSame(intRange('int'), intRange('int64'), 'int is 64 bits, as on Go’s 64-bit targets');
  t.equal(intRange('uint64')[1], 2 ** 64, '2^64 - 1 rounds up as a JS number');
});

t.test('basic kinds', async (t) => {
  for (const k of ['string', 'bool', 'float64', 'int', 'uint16']) t.ok(isBasicKind(k), k);
  for (const k of ['float32', 'any', '[]string', 'map[string]string', ''])
    t.notOk(isBasicKind(k), k);
});

t.test('the kind of a value, one table for JSON, fmt and reflect', async (t) => {
  t.equal(primitiveKind(true), 'bool');
  t.equal(primitiveKind(1.5), 'float64');
  t.equal(primitiveKind('x'), 'string');
  t.equal(primitiveKind(null), undefined);
  t.equal(primitiveKind(new GoInt(1, 'int8')), undefined, 'a GoInt is not a primitive');
  t.strictSame(
    [null, false, 0, '', [], {}].map((v) => jsonKind(v)),
    ['nil', 'bool', 'float64', 'string', 'slice', 'map'],
  );
  t.strictSame(
    [null, false, 0, '', new GoInt(3, 'uint8'), () => 0, [], {}].map((v) => goTypeName(v)),
    [
      '<nil>',
      'bool',
      'float64',
      'string',
      'uint8',
      'func()',
      '[]interface {}',
      'map[string]interface {}',
    ],
  );
});
