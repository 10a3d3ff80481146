import t from 'tap';
import { dropSerializerNoise } from '../../lib/inject/serializer-noise.js';

t.test('marks the user did not write are dropped, at any depth', async (t) => {
  const original = { metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'x' }] } };
  const written = {
    metadata: { name: 'p', creationTimestamp: null },
    spec: {
      containers: [
        { name: 'istio-proxy', resources: {} },
        { name: 'a', image: 'x', resources: {} },
      ],
      strategy: {},
    },
    status: {},
  };
  t.same(dropSerializerNoise(original, written), {
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'istio-proxy' }, { name: 'a', image: 'x' }] },
  });
});

t.test('what the user wrote, and non-empty values, stay', async (t) => {
  const original = {
    metadata: { creationTimestamp: null },
    spec: { containers: [{ name: 'a', resources: {} }] },
    status: {},
  };
  const written = {
    metadata: { creationTimestamp: null },
    spec: {
      containers: [
        { name: 'a', resources: {} },
        { name: 'b', resources: { limits: { cpu: '1' } } },
      ],
    },
    status: {},
  };
  t.same(dropSerializerNoise(original, written), written);
});

t.test('unnamed list items are matched by position', async (t) => {
  t.same(
    dropSerializerNoise(
      [{ x: 1, status: {} }, { x: 2 }],
      [
        { x: 1, status: {} },
        { x: 2, status: {} },
      ],
    ),
    [{ x: 1, status: {} }, { x: 2 }],
  );
});

t.test("the user's quantities, nulls and empty collections are kept", async (t) => {
  const original = {
    spec: {
      containers: [
        {
          name: 'a',
          resources: { limits: null, requests: { cpu: '1000m', memory: 1073741824 } },
          args: [],
        },
      ],
      nodeSelector: {},
      overhead: { cpu: '250m' },
    },
  };
  const written = {
    spec: {
      containers: [
        { name: 'istio-proxy', resources: { limits: { cpu: '2' } } },
        { name: 'a', resources: { requests: { cpu: '1', memory: '1Gi' } } },
      ],
      overhead: { cpu: '250m' },
    },
  };
  t.same(dropSerializerNoise(original, written), {
    spec: {
      containers: [
        { name: 'istio-proxy', resources: { limits: { cpu: '2' } } },
        {
          name: 'a',
          resources: { requests: { cpu: '1000m', memory: '1Gi' }, limits: null },
          args: [],
        },
      ],
      overhead: { cpu: '250m' },
      nodeSelector: {},
    },
  });
  t.strictSame(
    dropSerializerNoise({ cpu: '1500m', memory: 'x', n: 2 }, { cpu: '2', memory: 'y', n: 3 }),
    { cpu: '2', memory: 'y', n: 3 },
    'a different value, or text that is no quantity, is the new one',
  );
});

t.test("the user's false and 0 come back only within the scope given", async (t) => {
  const original = {
    spec: {
      paused: false,
      template: { spec: { hostNetwork: false, containers: [{ name: 'a', tty: false }] } },
    },
    items: [{ port: 0 }, { port: 0 }],
  };
  const written = {
    spec: { template: { spec: { containers: [{ name: 'a' }] } } },
    items: [{}, {}],
  };
  t.strictSame(
    dropSerializerNoise(original, written, { spec: { template: true }, items: { 1: true } }),
    {
      spec: { template: { spec: { containers: [{ name: 'a', tty: false }], hostNetwork: false } } },
      items: [{}, { port: 0 }],
    },
  );
  t.strictSame(dropSerializerNoise(original, written), written, 'no scope, none come back');
  t.strictSame(
    dropSerializerNoise({ on: true, n: 1 }, {}, true),
    {},
    'values other than false and 0 are not restored',
  );
});

t.test('a value put back takes its place in the user order', async (t) => {
  const original = { a: 1, env: [], b: 2, on: false, c: 3 };
  const written = { c: 3, a: 1, b: 2, added: 4 };
  t.strictSame(Object.keys(dropSerializerNoise(original, written, true) as object), [
    'c',
    'a',
    'env',
    'b',
    'on',
    'added',
  ]);
  t.strictSame(
    Object.keys(dropSerializerNoise({ first: '', a: 1 }, { a: 1 }) as object),
    ['first', 'a'],
    'a first key goes first',
  );
});
