/**
 * Small stages: container order, workload owner heuristics, proxy image names, the proxy
 * config annotation, and the user's init-container user adjustments. Expected values
 * follow Istio's code (webhook.go, pkg/kube/util.go, inject.go, mesh.go) and its goldens.
 */
import t from 'tap';
import { proxyImage, proxyInitImage } from '../../lib/inject/images.js';
import { reapplyUserContainers } from '../../lib/inject/overrides.js';
import { applyProxyConfigAnnotation, mergeProxyConfig } from '../../lib/inject/proxy-config.js';
import { reorderContainers } from '../../lib/inject/reorder.js';
import { podWorkloadMeta } from '../../lib/inject/workload-meta.js';
const named = (...names) => names.map((name) => ({ name }));
const names = (cs) => cs.map((c) => String(c.name));
t.test('container order', async (t) => {
    const classic = {
        metadata: {},
        spec: {
            containers: named('istio-proxy', 'app'),
            initContainers: named('istio-init', 'enable-core-dump', 'user', 'istio-validation'),
        },
    };
    reorderContainers(classic, false);
    t.same(names(classic.spec.containers), ['app', 'istio-proxy'], 'proxy last');
    t.same(names(classic.spec.initContainers), [
        'istio-validation',
        'user',
        'istio-init',
        'enable-core-dump',
    ]);
    const native = {
        metadata: {},
        spec: {
            containers: named('app'),
            initContainers: named('user', 'istio-proxy', 'enable-core-dump', 'istio-init'),
        },
    };
    reorderContainers(native, true);
    t.same(names(native.spec.initContainers), [
        'istio-init',
        'istio-proxy',
        'enable-core-dump',
        'user',
    ]);
    const hold = { metadata: {}, spec: { containers: named('app', 'istio-proxy') } };
    reorderContainers(hold, true);
    t.same(names(hold.spec.containers), ['istio-proxy', 'app'], 'proxy first when the app waits for it');
});
t.test('bare pods: owner from the controller reference', async (t) => {
    const ref = (kind, name, apiVersion = 'apps/v1') => ({
        ownerReferences: [{ kind, name, apiVersion, controller: true }],
        generateName: 'x-',
    });
    t.same(podWorkloadMeta({ name: 'p', namespace: 'ns' }), {
        deploy: { name: 'p', namespace: 'ns' },
        type: { kind: 'Pod', apiVersion: 'v1' },
    });
    t.same(podWorkloadMeta({ ...ref('ReplicaSet', 'web-5d4f8'), labels: { 'pod-template-hash': '5d4f8' } })
        .deploy.name, 'web');
    t.same(podWorkloadMeta({ ...ref('ReplicaSet', 'web-5d4f8'), labels: { 'pod-template-hash': '5d4f8' } })
        .type, { kind: 'Deployment', apiVersion: 'apps/v1' });
    t.same(podWorkloadMeta(ref('Job', 'backup-27893460', 'batch/v1')), {
        deploy: { name: 'backup', namespace: '' },
        type: { kind: 'CronJob', apiVersion: 'batch/v1' },
    });
    t.same(podWorkloadMeta({
        ...ref('ReplicationController', 'dc-1', 'v1'),
        labels: { deploymentconfig: 'dc' },
    }).type.kind, 'DeploymentConfig');
    t.same(podWorkloadMeta({
        name: 'p',
        ownerReferences: [{ kind: 'ReplicaSet', name: 'rs', controller: true }],
    }).deploy.name, 'p', 'no generateName: the pod is its own workload');
});
t.test('proxy images', async (t) => {
    const values = {
        global: {
            hub: 'docker.io/istio',
            tag: '1.20.0-distroless',
            proxy: { image: 'proxyv2' },
            proxy_init: { image: 'init' },
        },
    };
    t.equal(proxyImage(values, '', {}), 'docker.io/istio/proxyv2:1.20.0-distroless');
    t.equal(proxyImage(values, 'debug', {}), 'docker.io/istio/proxyv2:1.20.0-debug', 'image type replaces a known suffix');
    t.equal(proxyImage(values, 'debug', { 'sidecar.istio.io/proxyImageType': 'default' }), 'docker.io/istio/proxyv2:1.20.0', 'the annotation wins; default strips');
    t.equal(proxyInitImage(values, {}), 'docker.io/istio/init:1.20.0-distroless');
    t.equal(proxyImage({ global: { hub: 'h', tag: 1.2, variant: 'distroless' } }, '', {}), 'h/proxyv2:1.2-distroless', 'variant from values');
});
t.test('proxy config annotation', async (t) => {
    const mesh = {
        defaultConfig: {
            concurrency: 2,
            proxyMetadata: { A: '1' },
            tracing: { zipkin: { address: 'z' } },
        },
        trustDomain: 'td',
    };
    t.equal(applyProxyConfigAnnotation(mesh, {}), mesh, 'no annotation: same mesh');
    const out = applyProxyConfigAnnotation(mesh, {
        'proxy.istio.io/config': 'concurrency: 4\nproxy_metadata: {B: "2"}\ntracing: {sampling: 10}',
    });
    t.same(out, {
        defaultConfig: { concurrency: 4, proxyMetadata: { A: '1', B: '2' }, tracing: { sampling: 10 } },
        trustDomain: 'td',
    });
    t.same(mergeProxyConfig({ extraStatTags: ['a'] }, { extraStatTags: ['b'] }), { extraStatTags: ['a', 'b'] }, 'lists append');
    t.throws(() => applyProxyConfigAnnotation(mesh, { 'proxy.istio.io/config': '[1]' }), {
        code: 'INVALID_ANNOTATION',
    });
});
t.test('user istio-proxy security context reaches the init container', async (t) => {
    const original = {
        metadata: {},
        spec: {
            containers: [
                { name: 'app' },
                {
                    name: 'istio-proxy',
                    image: 'auto',
                    securityContext: { runAsUser: 1234, runAsGroup: 1234 },
                },
            ],
        },
    };
    const template = {
        metadata: {},
        spec: {
            containers: [{ name: 'istio-proxy', image: 'proxy' }],
            initContainers: [{ name: 'istio-validation', args: ['-u', '1337'] }],
        },
    };
    const merged = {
        metadata: {},
        spec: {
            containers: [
                { name: 'app' },
                { name: 'istio-proxy', image: 'proxy', securityContext: { runAsUser: 1337 } },
            ],
            initContainers: [{ name: 'istio-validation', args: ['-u', '1337'] }],
        },
    };
    const out = reapplyUserContainers(merged, original, template, false);
    const proxy = out.spec.containers[1];
    t.equal(proxy?.image, 'proxy', 'image auto keeps the injected image');
    t.same(proxy?.securityContext, { runAsUser: 1234, runAsGroup: 1234 });
    const init = out.spec.initContainers[0];
    t.same(init?.args, ['-u', '1234']);
    t.same(init?.securityContext, { runAsUser: 1234, runAsGroup: 1234 });
    t.equal(out.metadata.annotations['proxy.istio.io/overrides'], '{"containers":[{"name":"istio-proxy","resources":{},"securityContext":{"runAsUser":1234,"runAsGroup":1234}}]}');
});
//# sourceMappingURL=helpers.test.js.map