/**
 * Canonical quantities inside a pod spec, located by the Go schema. Expected values are
 * those of test/k8s/quantity.recorded.json (recorded from Go): 2000m → 2, 1024Mi → 1Gi.
 */
import t from 'tap';
import { canonicalizeQuantities } from '../../lib/goview/index.js';
t.test('quantities in containers, init containers, overhead and volumes', async (t) => {
    const spec = {
        containers: [
            {
                name: 'a',
                resources: {
                    limits: { cpu: '2000m', memory: '1024Mi' },
                    requests: { cpu: '100m', memory: 0.5 },
                },
                image: 'x',
            },
        ],
        initContainers: [{ name: 'i', resources: { limits: { cpu: '3000m' } } }],
        overhead: { cpu: '1000m' },
        volumes: [{ name: 'v', emptyDir: { sizeLimit: '1024Ki' } }],
        unknownField: { cpu: '2000m' },
    };
    t.same(canonicalizeQuantities('PodSpec', spec), {
        containers: [
            {
                name: 'a',
                resources: {
                    limits: { cpu: '2', memory: '1Gi' },
                    requests: { cpu: '100m', memory: '500m' },
                },
                image: 'x',
            },
        ],
        initContainers: [{ name: 'i', resources: { limits: { cpu: '3' } } }],
        overhead: { cpu: '1' },
        volumes: [{ name: 'v', emptyDir: { sizeLimit: '1Mi' } }],
        unknownField: { cpu: '2000m' },
    });
    t.same(Object.keys(canonicalizeQuantities('PodSpec', spec)), Object.keys(spec), 'key order kept');
    t.same(spec.containers[0]?.resources.limits, { cpu: '2000m', memory: '1024Mi' }, 'input untouched');
});
t.test('nulls and non-objects pass through; bad quantities are errors', async (t) => {
    t.same(canonicalizeQuantities('PodSpec', { containers: null, overhead: { cpu: null } }), {
        containers: null,
        overhead: { cpu: null },
    });
    t.equal(canonicalizeQuantities('PodSpec', 'x'), 'x');
    t.throws(() => canonicalizeQuantities('Container', { resources: { limits: { cpu: 'lots' } } }), {
        code: 'INJECTION',
    });
});
//# sourceMappingURL=quantities.test.js.map