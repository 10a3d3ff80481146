/** The text report: order, one line per result, --quiet. */
import t from 'tap';
import { formatResourceRef, renderReport } from '../../lib/report/index.js';
const result = (over) => ({
    severity: 'info',
    code: 'INJECTED',
    message: 'injection policy is enabled',
    resourceRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
    file: { path: 'a.yaml', index: 0 },
    ...over,
});
t.test('lines are ordered by file, document, line, then severity', async (t) => {
    const text = renderReport([
        result({ file: { path: 'b.yaml', index: 0 }, pos: { line: 1, col: 1 } }),
        result({
            file: { path: 'a.yaml', index: 1 },
            pos: { line: 9, col: 1 },
            code: 'PASSED_THROUGH',
            message: 'not a workload',
            resourceRef: { kind: 'Service', name: 'web' },
        }),
        result({
            file: { path: 'a.yaml', index: 0 },
            pos: { line: 5, col: 1 },
            code: 'SKIPPED',
            message: 'host networking is enabled',
        }),
        result({
            file: { path: 'a.yaml', index: 0 },
            pos: { line: 5, col: 1 },
            severity: 'warning',
            code: 'ISTIO_WARNING',
            message: 'Skipping injection because …',
        }),
    ]);
    t.equal(text, [
        'a.yaml:5: Deployment shop/web: warning: Skipping injection because …',
        'a.yaml:5: Deployment shop/web: skipped: host networking is enabled',
        'a.yaml:9: Service web: passed through: not a workload',
        'b.yaml:1: Deployment shop/web: injected',
        '',
    ].join('\n'));
});
t.test('--quiet keeps warnings and errors only', async (t) => {
    const text = renderReport([result({}), result({ severity: 'warning', code: 'ISTIO_WARNING', message: 'w' })], true);
    t.equal(text, 'a.yaml#0: Deployment shop/web: warning: w\n', 'without a position, the document index');
});
t.test('resource names', async (t) => {
    t.equal(formatResourceRef({ kind: 'Pod', name: 'p' }), 'Pod p');
    t.equal(formatResourceRef({ kind: 'Pod' }), 'Pod <unnamed>');
    t.equal(formatResourceRef({ name: 'x', namespace: 'n' }), 'n/x');
});
//# sourceMappingURL=report.test.js.map