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
    t.same(dropSerializerNoise([{ x: 1, status: {} }, { x: 2 }], [
        { x: 1, status: {} },
        { x: 2, status: {} },
    ]), [{ x: 1, status: {} }, { x: 2 }]);
});
//# sourceMappingURL=serializer-noise.test.js.map