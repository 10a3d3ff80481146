/**
 * Strategic merge patch. Expected results follow apimachinery's strategicpatch algorithm
 * (reasoned from its source, see comments), and the orderings Istio's goldens show.
 */
import t from 'tap';
import { strategicMergePatch } from '../../lib/k8s/strategic-merge.js';
import type { JsonMap } from '../../lib/go/json-map.js';
import { KinjectError } from '../../lib/errors.js';

const pod = (spec: JsonMap, metadata: JsonMap = {}): JsonMap => ({ metadata, spec });
const names = (list: unknown): unknown[] => (list as JsonMap[]).map((c) => c.name);

t.test('maps merge recursively; null deletes; scalars and kind changes replace', async (t) => {
  const out = strategicMergePatch(
    {
      metadata: { labels: { a: '1', b: '2' }, annotations: { x: 'y' } },
      spec: { hostNetwork: false },
    },
    {
      metadata: { labels: { b: null, c: '3' }, annotations: 'oops' },
      spec: { hostNetwork: true, dnsPolicy: 'None' },
    },
  );
  t.same(out, {
    metadata: { labels: { a: '1', c: '3' }, annotations: 'oops' },
    spec: { hostNetwork: true, dnsPolicy: 'None' },
  });
});

t.test('inputs are not modified', async (t) => {
  const original = pod({ containers: [{ name: 'app', image: 'a' }] });
  const patch = pod({ containers: [{ name: 'app', image: 'b' }, { name: 'istio-proxy' }] });
  const before = [JSON.stringify(original), JSON.stringify(patch)];
  strategicMergePatch(original, patch);
  t.same([JSON.stringify(original), JSON.stringify(patch)], before);
});

t.test(
  'containers merge by name; new items come before original-only items that follow',
  async (t) => {
    // Istio's proxy-override golden: the pod's own volume "certs" ends up after the
    // template's volumes, and an existing istio-proxy container is merged, not duplicated.
    const out = strategicMergePatch(
      pod({
        containers: [
          { name: 'hello', image: 'h' },
          { name: 'istio-proxy', image: 'auto', tty: true, env: [{ name: 'A', value: 'user' }] },
        ],
        volumes: [{ name: 'certs', secret: { secretName: 'istio-certs' } }],
      }),
      pod({
        containers: [
          {
            name: 'istio-proxy',
            image: 'proxyv2',
            env: [
              { name: 'B', value: 'b' },
              { name: 'A', value: 'tmpl' },
            ],
          },
        ],
        volumes: [
          { name: 'istio-envoy', emptyDir: {} },
          { name: 'istio-data', emptyDir: {} },
        ],
      }),
    );
    const spec = out.spec as JsonMap;
    // "hello" precedes the patched "istio-proxy" in the original, so it stays first.
    t.same(names(spec.containers), ['hello', 'istio-proxy']);
    const proxy = (spec.containers as JsonMap[])[1];
    t.equal(proxy.image, 'proxyv2');
    t.equal(proxy.tty, true);
    t.same(proxy.env, [
      { name: 'B', value: 'b' },
      { name: 'A', value: 'tmpl' },
    ]);
    t.same(names(spec.volumes), ['istio-envoy', 'istio-data', 'certs']);
  },
);

t.test(
  'original-only items that precede a patched item in the original stay before it',
  async (t) => {
    // mergeSortedSlice: server-only "a" precedes patched "b" in the original → a first;
    // "c" comes after "b" in the original, and the new item "n" is taken before it.
    const out = strategicMergePatch(
      pod({ containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }),
      pod({ containers: [{ name: 'b', image: 'x' }, { name: 'n' }] }),
    );
    t.same(names((out.spec as JsonMap).containers), ['a', 'b', 'n', 'c']);
  },
);

t.test('patch order wins over original order for patched items', async (t) => {
  const out = strategicMergePatch(
    pod({ containers: [{ name: 'a' }, { name: 'b' }] }),
    pod({
      containers: [
        { name: 'b', image: 'x' },
        { name: 'a', image: 'y' },
      ],
    }),
  );
  t.same((out.spec as JsonMap).containers, [
    { name: 'b', image: 'x' },
    { name: 'a', image: 'y' },
  ]);
});

t.test('ports merge by containerPort, volumeMounts by mountPath', async (t) => {
  const out = strategicMergePatch(
    pod({
      containers: [
        {
          name: 'c',
          ports: [{ containerPort: 80, name: 'http' }],
          volumeMounts: [{ mountPath: '/a', name: 'v1' }],
        },
      ],
    }),
    pod({
      containers: [
        {
          name: 'c',
          ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 15090 }],
          volumeMounts: [{ mountPath: '/a', name: 'v2' }],
        },
      ],
    }),
  );
  const c = ((out.spec as JsonMap).containers as JsonMap[])[0];
  t.same(c.ports, [{ containerPort: 80, name: 'http', protocol: 'TCP' }, { containerPort: 15090 }]);
  t.same(c.volumeMounts, [{ mountPath: '/a', name: 'v2' }]);
});

t.test('lists without a strategy are replaced: args, tolerations, command', async (t) => {
  const out = strategicMergePatch(
    pod({ tolerations: [{ key: 'a' }], containers: [{ name: 'c', args: ['1', '2'] }] }),
    pod({ tolerations: [{ key: 'b' }], containers: [{ name: 'c', args: ['3'] }] }),
  );
  const spec = out.spec as JsonMap;
  t.same(spec.tolerations, [{ key: 'b' }]);
  t.same((spec.containers as JsonMap[])[0].args, ['3']);
});

t.test(
  'scalar lists with merge strategy: union in patch-then-original order; deletion list',
  async (t) => {
    const merged = strategicMergePatch(
      { metadata: { finalizers: ['a', 'b'] } },
      { metadata: { finalizers: ['c', 'a'] } },
    );
    // patch items ["c","a"] in patch order; "b" is original-only and after "a" in the original.
    t.same((merged.metadata as JsonMap).finalizers, ['c', 'a', 'b']);
    const deleted = strategicMergePatch(
      { metadata: { finalizers: ['a', 'b', 'c'] } },
      { metadata: { '$deleteFromPrimitiveList/finalizers': ['b'] } },
    );
    t.same((deleted.metadata as JsonMap).finalizers, ['a', 'c']);
    const absent = strategicMergePatch(
      { metadata: {} },
      { metadata: { '$deleteFromPrimitiveList/finalizers': ['b'] } },
    );
    t.same(absent.metadata, {});
  },
);

t.test('$patch directives in lists: delete and replace', async (t) => {
  const del = strategicMergePatch(
    pod({ containers: [{ name: 'a' }, { name: 'b' }] }),
    pod({ containers: [{ name: 'a', $patch: 'delete' }] }),
  );
  t.same(names((del.spec as JsonMap).containers), ['b']);
  const rep = strategicMergePatch(
    pod({ containers: [{ name: 'a', image: 'x' }, { name: 'b' }] }),
    pod({ containers: [{ $patch: 'replace' }, { name: 'z' }] }),
  );
  t.same((rep.spec as JsonMap).containers, [{ name: 'z' }]);
  t.throws(
    () =>
      strategicMergePatch(
        pod({ containers: [{ name: 'a' }] }),
        pod({ containers: [{ $patch: 'merge' }] }),
      ),
    {
      message: 'merging lists cannot yet be specified in the patch',
    },
  );
});

t.test(
  '$patch directives in maps: replace and delete; directives dropped from new values',
  async (t) => {
    const out = strategicMergePatch(
      pod({ securityContext: { runAsUser: 1, fsGroup: 2 }, affinity: { nodeAffinity: {} } }),
      pod({
        securityContext: { $patch: 'replace', runAsUser: 3 },
        affinity: { $patch: 'delete' },
        dnsConfig: { $patch: 'delete' },
      }),
    );
    t.same(out.spec, { securityContext: { runAsUser: 3 }, affinity: {} });
    const fresh = strategicMergePatch(
      pod({}),
      pod({ containers: [{ name: 'a', env: [{ name: 'X', value: null }] }] }),
    );
    // A value the original lacks is taken as is, minus null-valued keys.
    t.same((fresh.spec as JsonMap).containers, [{ name: 'a', env: [{ name: 'X' }] }]);
  },
);

t.test('$retainKeys clears unlisted keys', async (t) => {
  const out = strategicMergePatch(
    pod({ volumes: [{ name: 'v', emptyDir: {}, hostPath: { path: '/x' } }] }),
    pod({ volumes: [{ name: 'v', $retainKeys: ['name', 'secret'], secret: { secretName: 's' } }] }),
  );
  t.same((out.spec as JsonMap).volumes, [{ name: 'v', secret: { secretName: 's' } }]);
  t.throws(() => strategicMergePatch(pod({}), pod({ $retainKeys: ['x'], hostNetwork: true })), {
    message: 'invalid patch format of retainKeys',
  });
});

t.test('$setElementOrder sets the order of a merged list', async (t) => {
  const out = strategicMergePatch(
    pod({ containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }),
    pod({
      '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }, { name: 'b' }],
      containers: [{ name: 'a', image: 'i' }],
    }),
  );
  t.same((out.spec as JsonMap).containers, [
    { name: 'c' },
    { name: 'a', image: 'i' },
    { name: 'b' },
  ]);
});

t.test('a repeated key in the patch merges into one item (when the list is merged)', async (t) => {
  // Without an original list the patch list is taken as is, duplicates included.
  const taken = strategicMergePatch(pod({}), pod({ containers: [{ name: 'c' }, { name: 'c' }] }));
  t.same(names((taken.spec as JsonMap).containers), ['c', 'c']);
  const dup = strategicMergePatch(
    pod({ containers: [{ name: 'c', env: [{ name: 'Z', value: 'z' }] }] }),
    pod({
      containers: [
        {
          name: 'c',
          env: [
            { name: 'A', value: '1' },
            { name: 'A', value: '2' },
          ],
        },
      ],
    }),
  );
  t.same(((dup.spec as JsonMap).containers as JsonMap[])[0].env, [
    { name: 'A', value: '2' },
    { name: 'Z', value: 'z' },
  ]);
});

t.test('errors: missing merge key, mixed element types', async (t) => {
  const err = (() => {
    try {
      strategicMergePatch(
        pod({ containers: [{ name: 'a' }] }),
        pod({ containers: [{ image: 'x' }] }),
      );
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  t.ok(err instanceof KinjectError);
  t.equal((err as KinjectError).code, 'INJECTION');
  t.match((err as KinjectError).message, /does not contain declared merge key: name/);
  t.throws(
    () =>
      strategicMergePatch({ metadata: { finalizers: ['a'] } }, { metadata: { finalizers: [1] } }),
    {
      message: /list element types are not identical/,
    },
  );
});
