/**
 * Workload kinds: where each kind keeps its pod, per Istio's IntoObject (pkg/kube/inject/
 * inject.go) and the conformance goldens (a CronJob's sidecar status lands on
 * spec.jobTemplate.metadata). The goldens' check needs the corpus; the rest runs everywhere.
 */
import t from 'tap';
import {
  editListItems,
  findPodTemplate,
  isSupportedKind,
  listItems,
  replacePodTemplate,
  setPath,
  WORKLOAD_KINDS,
} from '../../lib/k8s/workloads.js';
import { getPath, type JsonMap } from '../../lib/go/json-map.js';
import { corpusDocs, corpusTest, yamlObjects } from '../support/corpus.js';

const load = (name: string, file: string): JsonMap[] => corpusDocs(`cases/${name}/${file}`);

corpusTest(
  t,
  'every kind of the goldens is found, and the golden writes its injection status where we look',
  async (t) => {
    for (const name of [
      'hello',
      'cronjob',
      'daemonset',
      'job',
      'replicaset-old-version',
      'replicationcontroller',
      'statefulset',
      'deploymentconfig',
      'pod',
    ]) {
      const [input] = load(name, 'input.yaml');
      const [expected] = load(name, 'expected.yaml');
      const found = findPodTemplate(expected);
      t.ok(found, `${name}: pod template found`);
      t.ok(findPodTemplate(input), `${name}: input template found`);
      const annotations = (found?.metadata.annotations ?? {}) as JsonMap;
      t.type(
        annotations['sidecar.istio.io/status'],
        'string',
        `${name} (${found?.kind}): status annotation at ${found?.workload.metadataPath.join('.')}`,
      );
      const containers = (found?.spec.containers ?? []) as JsonMap[];
      t.ok(
        containers.some((c) => c.name === 'istio-proxy') ||
          ((found?.spec.initContainers ?? []) as JsonMap[]).some((c) => c.name === 'istio-proxy'),
        `${name}: proxy in spec`,
      );
    }
  },
);

t.test('kinds: recognized by kind alone; others unsupported', async (t) => {
  t.equal(isSupportedKind('Deployment'), true);
  t.equal(isSupportedKind('List'), true);
  t.equal(isSupportedKind('Service'), false);
  t.equal(
    findPodTemplate({
      apiVersion: 'extensions/v1beta1',
      kind: 'Deployment',
      spec: { template: { spec: { containers: [] } } },
    })?.kind,
    'Deployment',
  );
  t.equal(findPodTemplate({ apiVersion: 'v1', kind: 'Service' }), undefined);
  t.equal(WORKLOAD_KINDS.Pod?.owner, 'pod-controller');
  t.equal(WORKLOAD_KINDS.CronJob?.owner, 'object');
});

t.test('a missing pod template is empty, except for ReplicationController', async (t) => {
  const d = findPodTemplate({ kind: 'Deployment', metadata: { name: 'x' } });
  t.same([d?.metadata, d?.spec], [{}, {}]);
  t.throws(() => findPodTemplate({ kind: 'ReplicationController', spec: {} }), {
    code: 'INJECTION',
    message: 'spec.template is required value',
  });
});

t.test('List items', async (t) => {
  const [list] = yamlObjects(`apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec: {template: {spec: {containers: [{name: web, image: nginx}]}}}
- apiVersion: v1
  kind: Service
  metadata: {name: web}
`);
  const items = listItems(list) ?? [];
  t.same(
    items.map((i) => (i as JsonMap).kind),
    ['Deployment', 'Service'],
    'every item, in order',
  );
  t.same(listItems({ kind: 'List' }), []);
  t.equal(listItems({ kind: 'Deployment' }), undefined);
});

t.test('paths: get, set (copying), replace the pod template', async (t) => {
  const obj: JsonMap = { kind: 'CronJob', spec: { jobTemplate: { spec: {} } } };
  t.equal(getPath(obj, ['spec', 'jobTemplate', 'nope']), undefined);
  const out = replacePodTemplate(
    obj,
    WORKLOAD_KINDS.CronJob,
    { annotations: { a: 'b' } },
    { containers: [] },
  );
  t.same(out, {
    kind: 'CronJob',
    spec: {
      jobTemplate: {
        metadata: { annotations: { a: 'b' } },
        spec: { template: { spec: { containers: [] } } },
      },
    },
  });
  t.same(obj, { kind: 'CronJob', spec: { jobTemplate: { spec: {} } } }, 'input untouched');
  t.same(setPath({ a: 1 }, ['a', 'b'], 2), { a: { b: 2 } });
});

t.test('editListItems: object items edited with their paths, the rest kept', async (t) => {
  const list = { kind: 'List', items: [{ name: 'a' }, 'not an object', { name: 'b' }] };
  const paths: unknown[] = [];
  const same = editListItems(
    list,
    (item, path) => {
      paths.push(path);
      return { object: item, changed: false };
    },
    (o) => o.changed,
  );
  t.same(paths, [
    ['items', 0],
    ['items', 2],
  ]);
  t.equal(same.object, list, 'nothing changed: the List itself');
  t.equal(same.changed, false);
  t.equal(same.outcomes.length, 2, 'one outcome per object item');
  const edited = editListItems(
    list,
    (item) => ({ object: { ...item, seen: true }, changed: item.name === 'b' }),
    (o) => o.changed,
  );
  t.equal(edited.changed, true);
  t.same(edited.object.items, [
    { name: 'a', seen: true },
    'not an object',
    { name: 'b', seen: true },
  ]);
  t.same(list.items[0], { name: 'a' }, 'the input List is not modified');
});
