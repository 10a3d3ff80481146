// Generates the strategic-merge cases recorded by record.sh: a few hand-picked ones and a
// seeded random mix over the fields of main.go's Pod types (deterministic: same seed, same
// cases). Prints a JSON array of {original, patch}.
let seed = 20261122;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const some = (xs, max) => xs.filter(() => chance(max / xs.length));
const shuffle = (xs) => xs.map((x) => [rand(), x]).sort((a, b) => a[0] - b[0]).map((e) => e[1]);

const env = () => shuffle(some(['A', 'B', 'C', 'D'], 2)).map((name) => (chance(0.7) ? { name, value: pick(['1', '2']) } : { name }));
const ports = () => shuffle(some([80, 81, 15090], 1.5)).map((containerPort) => (chance(0.5) ? { containerPort, name: pick(['http', 'm']) } : { containerPort }));
const mounts = () => shuffle(some(['/a', '/b', '/c'], 1.5)).map((mountPath) => ({ mountPath, name: pick(['v1', 'v2']) }));

function container(name, isPatch) {
  const c = { name };
  if (chance(0.4)) c.image = pick(['img1', 'img2']);
  if (chance(0.3)) c.args = some(['x', 'y', 'z'], 2);
  if (chance(0.5)) c.env = env();
  if (chance(0.3)) c.ports = ports();
  if (chance(0.3)) c.volumeMounts = mounts();
  if (chance(0.2)) c.resources = { limits: { cpu: pick(['1', '2']) } };
  if (chance(0.2)) c.securityContext = { runAsUser: pick([0, 1337]) };
  if (isPatch && chance(0.1)) c.tty = null;
  if (isPatch && chance(0.1)) c.env = [...(c.env ?? []), { name: pick(['A', 'B']), $patch: 'delete' }];
  return c;
}

const containers = (isPatch) => shuffle(some(['a', 'b', 'c', 'istio-proxy'], 2.2)).map((n) => container(n, isPatch));
const volumes = () => shuffle(some(['v1', 'v2', 'v3'], 1.5)).map((name) => (chance(0.5) ? { name, emptyDir: {} } : { name, secret: { secretName: name } }));

function spec(isPatch) {
  const s = {};
  if (chance(0.8)) s.containers = containers(isPatch);
  if (chance(0.3)) s.initContainers = containers(isPatch);
  if (chance(0.3)) s.volumes = volumes();
  if (chance(0.2)) s.tolerations = some([{ key: 'k1' }, { key: 'k2' }], 1);
  if (chance(0.2)) s.imagePullSecrets = some([{ name: 's1' }, { name: 's2' }], 1);
  if (chance(0.2)) s.securityContext = chance(0.2) && isPatch ? null : { fsGroup: pick([1, 2]) };
  if (chance(0.2)) s.hostNetwork = pick([true, false]);
  if (chance(0.15)) s.nodeSelector = { zone: pick(['a', 'b']) };
  if (isPatch && chance(0.1) && s.containers) s.containers.push({ $patch: 'replace' });
  if (isPatch && chance(0.04)) s['$setElementOrder/containers'] = shuffle([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'istio-proxy' }]);
  return s;
}

function metadata(isPatch) {
  const m = {};
  if (chance(0.5)) m.labels = Object.fromEntries(some(['app', 'tier', 'v'], 2).map((k) => [k, isPatch && chance(0.2) ? null : pick(['x', 'y'])]));
  if (chance(0.3)) m.annotations = { 'sidecar.istio.io/status': pick(['{}', '{"a":1}']) };
  if (chance(0.3)) m.finalizers = shuffle(some(['f1', 'f2', 'f3'], 2));
  if (isPatch && chance(0.1)) m['$deleteFromPrimitiveList/finalizers'] = some(['f1', 'f2'], 1);
  return m;
}

const hand = [
  { original: { spec: { containers: [{ name: 'hello' }, { name: 'istio-proxy', image: 'auto', tty: true }], volumes: [{ name: 'certs', secret: { secretName: 'c' } }] } },
    patch: { spec: { containers: [{ name: 'istio-proxy', image: 'proxyv2', env: [{ name: 'B', value: 'b' }] }], volumes: [{ name: 'istio-envoy', emptyDir: {} }, { name: 'istio-data', emptyDir: {} }] } } },
  { original: { spec: { volumes: [{ name: 'v', emptyDir: {} }] } }, patch: { spec: { volumes: [{ name: 'v', $retainKeys: ['name', 'secret'], secret: { secretName: 's' } }] } } },
  { original: { spec: { containers: [{ name: 'a' }, { name: 'b' }] } }, patch: { spec: { containers: [{ name: 'a', $patch: 'delete' }] } } },
  { original: { spec: { securityContext: { runAsUser: 1, fsGroup: 2 } } }, patch: { spec: { securityContext: { $patch: 'replace', runAsUser: 3 } } } },
  { original: { spec: { dnsConfig: { nameservers: ['1'] } } }, patch: { spec: { dnsConfig: { $patch: 'delete' } } } },
  { original: { metadata: { finalizers: ['a', 'b'] } }, patch: { metadata: { finalizers: ['c', 'a'] } } },
  { original: { spec: { containers: [{ name: 'a' }] } }, patch: { spec: { containers: [{ image: 'x' }] } } },
  { original: { spec: { containers: [{ name: 'a' }] } }, patch: { spec: { containers: [{ $patch: 'merge' }] } } },
  { original: { spec: { nodeSelector: { a: 'b' }, dnsPolicy: 'x' } }, patch: { spec: { nodeSelector: 'oops', dnsPolicy: { a: 1 } } } },
  { original: { spec: { containers: [{ name: 'a', env: [{ name: 'X' }] }] } },
    patch: { spec: { containers: [{ name: 'n', env: [{ name: 'Y', value: null }], securityContext: { runAsUser: null } }, { name: 'a', env: [{ name: 'Z', value: null }] }] } } },
  { original: { spec: {} }, patch: { spec: { securityContext: { $patch: 'delete' }, containers: [{ name: 'a', securityContext: { $patch: 'replace' } }] } } },
  { original: { metadata: {} }, patch: { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } } },
  { original: { spec: { containers: [{ name: 'a', env: [{ name: 'X' }, { name: 'X', value: '2' }] }] } },
    patch: { spec: { containers: [{ name: 'a', env: [{ name: 'X', value: '3' }, { name: 'Y' }, { name: 'Y', value: '4' }] }] } } },
  { original: { spec: { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } },
    patch: { spec: { '$setElementOrder/containers': [{ name: 'c' }, { name: 'a' }, { name: 'b' }], containers: [{ name: 'a', image: 'i' }] } } },
  { original: { spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }, { containerPort: 81 }] }] } },
    patch: { spec: { containers: [{ name: 'a', ports: [{ containerPort: 81, name: 'x' }, { containerPort: 15090 }, { containerPort: 80, $patch: 'delete' }] }] } } },
  { original: { spec: { hostNetwork: true, tolerations: [{ key: 'a' }] } }, patch: { spec: { hostNetwork: null, tolerations: null, imagePullSecrets: null } } },
  { original: { metadata: { finalizers: ['x'] } }, patch: { metadata: { finalizers: [1] } } },
];

const cases = [...hand];
for (let i = 0; i < 200; i++) cases.push({ original: { metadata: metadata(false), spec: spec(false) }, patch: { metadata: metadata(true), spec: spec(true) } });
process.stdout.write(JSON.stringify(cases));
