/**
 * `__proto__` and `constructor` keys in manifests and values are data: kept where Go keeps
 * map keys (labels, annotations), dropped where Go drops unknown fields, and never a
 * prototype that lets a value show through as an inherited field.
 */
import t from 'tap';
import { accepted } from './harness.js';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  __proto__: {polluted: yes}
spec:
  __proto__: {replicas: 5}
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web, __proto__: x, constructor: c}
      annotations:
        __proto__: "false"
        constructor: "x"
    spec:
      __proto__: {hostNetwork: true}
      containers:
      - name: app
        image: nginx
        __proto__: {name: istio-proxy}
`;

t.test('manifest keys named __proto__ / constructor', async (t) => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const run = await accepted(t, { 'app.yaml': MANIFEST }, ['-f', 'app.yaml']);
  // An inherited `hostNetwork: true` would have skipped injection.
  t.match(run.stderr, /Deployment web: injected/);
  t.match(run.stdout, /- name: istio-proxy/);
  t.match(run.stdout, /labels: \{app: web, __proto__: x, constructor: c\}|__proto__: x/);
  t.match(run.stdout, /\n {8}__proto__: "false"\n {8}constructor: "x"\n/, 'annotations kept');
  t.notMatch(run.stdout, /polluted|replicas: 5/, 'unknown fields dropped as Go drops them');
  t.same(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  t.equal(({} as Record<string, unknown>).polluted, undefined);
});

t.test('values and --set keys named __proto__ / constructor', async (t) => {
  const values = JSON.stringify({
    __proto__: { global: { hub: 'evil.example' } },
    constructor: { prototype: { polluted: 1 } },
  });
  const run = await accepted(t, { 'app.yaml': MANIFEST, 'values.json': values }, [
    '--values',
    'values.json',
    '--set',
    '__proto__.polluted=1',
    '--set',
    'constructor.prototype.polluted=2',
    '-f',
    'app.yaml',
  ]);
  t.match(run.stdout, /- name: istio-proxy/);
  t.notMatch(run.stdout, /evil\.example/, 'a __proto__ key is not read as the values');
  t.equal(({} as Record<string, unknown>).polluted, undefined);
});
