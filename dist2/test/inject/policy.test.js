/** Injection decisions (Istio's injectRequired), reason by reason. */
import t from 'tap';
import { decideInjection } from '../../lib/inject/policy.js';
const KEY = 'sidecar.istio.io/inject';
const meta = (labels = {}, annotations = {}, namespace) => ({ labels, annotations, namespace });
const hasLabel = (k, v) => (labels) => labels[k] === v;
t.test('kube-inject rules: enabled unless the pod says otherwise', async (t) => {
    t.match(decideInjection(meta(), {}), { inject: true, reason: 'POLICY_ENABLED', warnings: [] });
    t.match(decideInjection(meta(), { hostNetwork: true }), {
        inject: false,
        reason: 'HOST_NETWORK',
    });
    t.match(decideInjection(meta({}, {}, 'kube-system'), {}), {
        inject: false,
        reason: 'IGNORED_NAMESPACE',
    });
    t.match(decideInjection(meta({}, { [KEY]: 'false' }), {}), {
        inject: false,
        reason: 'ANNOTATION_FALSE',
    });
    t.match(decideInjection(meta({ [KEY]: 'true' }, { [KEY]: 'false' }), {}), { inject: true, reason: 'LABEL_TRUE' }, 'the label wins');
    t.match(decideInjection(meta({ [KEY]: 'false' }, { [KEY]: 'true' }), {}), {
        inject: false,
        reason: 'LABEL_FALSE',
    });
    t.match(decideInjection(meta({ [KEY]: '' }, { [KEY]: 'false' }), {}), { inject: true, reason: 'POLICY_ENABLED' }, 'an empty label still hides the annotation');
});
t.test('an invalid value warns and falls back to the default', async (t) => {
    const d = decideInjection(meta({}, { [KEY]: 'yes' }), {});
    t.match(d, { inject: true, reason: 'POLICY_ENABLED' });
    t.same(d.warnings, [
        `Invalid value for ${KEY}: "yes". Only 'true' and 'false' are accepted. Falling back to default injection policy.`,
    ]);
});
t.test('webhook rules: selectors and policy', async (t) => {
    const rules = {
        policy: 'disabled',
        neverInject: [hasLabel('app', 'db')],
        alwaysInject: [hasLabel('app', 'db'), hasLabel('app', 'web')],
    };
    t.match(decideInjection(meta({ app: 'db' }), {}, rules), { inject: false, reason: 'NEVER_SELECTOR' }, 'never wins over always');
    t.match(decideInjection(meta({ app: 'web' }), {}, rules), {
        inject: true,
        reason: 'ALWAYS_SELECTOR',
    });
    t.match(decideInjection(meta({ app: 'x' }), {}, rules), {
        inject: false,
        reason: 'POLICY_DISABLED',
    });
    t.match(decideInjection(meta({ app: 'db', [KEY]: 'true' }), {}, rules), { inject: true, reason: 'LABEL_TRUE' }, 'explicit choice skips selectors');
    t.match(decideInjection(meta(), {}, { ...rules, policy: 'sometimes' }), {
        inject: false,
        reason: 'POLICY_INVALID',
    });
});
//# sourceMappingURL=policy.test.js.map