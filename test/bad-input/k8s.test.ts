/**
 * Kubernetes faults where a pod is expected: refused as Istio's typed decoding (encoding/json
 * into the Go structs) or the API server would refuse them, naming the field at its line:column,
 * never with a sidecar merged into nonsense.
 */
import t from 'tap';
import { assertRefusedAt, deployment, type FieldCase } from './harness.js';

// deployment(): the pod template's own lines start at line 9, indented by four.
const CASES: FieldCase[] = [
  {
    name: 'containers that are a mapping',
    text: deployment('spec:\n  containers: {name: app, image: nginx}'),
    line: 10,
    at: '{name: app',
    message:
      'json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container',
  },
  {
    name: 'annotations that are a list',
    text: deployment('metadata:\n  annotations: [a, b]\nspec:\n  containers: [{name: app}]'),
    line: 10,
    at: '[a, b]',
    message:
      'json: cannot unmarshal array into Go struct field ObjectMeta.spec.template.metadata.annotations of type map[string]string',
  },
  {
    name: 'a label value that is not a string (YAML 1.1 reads `yes` as a bool)',
    text: deployment('metadata:\n  labels:\n    canary: yes\nspec:\n  containers: [{name: app}]'),
    line: 11,
    at: 'yes',
    message:
      'json: cannot unmarshal bool into Go struct field ObjectMeta.spec.template.metadata.labels of type string',
  },
  {
    name: 'a containerPort that is a string',
    text: deployment(
      'spec:\n  containers:\n  - name: app\n    ports:\n    - containerPort: "8080"',
    ),
    line: 13,
    at: '"8080"',
    message:
      'json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
  },
  {
    name: 'a containerPort that is not an integer',
    text: deployment('spec:\n  containers:\n  - name: app\n    ports:\n    - containerPort: 80.5'),
    line: 13,
    at: '80.5',
    message:
      'json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
  },
  {
    name: 'a containerPort out of int32 range',
    text: deployment(
      'spec:\n  containers:\n  - name: app\n    ports:\n    - containerPort: 4294967296',
    ),
    line: 13,
    at: '4294967296',
    message:
      'json: cannot unmarshal number 4294967296 into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
  },
  {
    name: 'a probe port that is neither int nor string (IntOrString decodes as int32)',
    text: deployment(
      'spec:\n  containers:\n  - name: app\n    readinessProbe:\n      httpGet: {port: true}',
    ),
    line: 13,
    at: 'true',
    message:
      'json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.template.spec.containers.readinessProbe.httpGet.port of type int32',
  },
  {
    name: 'hostNetwork that is a string',
    text: deployment('spec:\n  hostNetwork: "true"\n  containers: [{name: app}]'),
    line: 10,
    at: '"true"',
    message:
      'json: cannot unmarshal string into Go struct field PodSpec.spec.template.spec.hostNetwork of type bool',
  },
  {
    name: 'a resource quantity Kubernetes cannot parse',
    text: deployment(
      'spec:\n  containers:\n  - name: app\n    resources:\n      limits: {cpu: lots}',
    ),
    line: 13,
    at: 'lots',
    message:
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  },
  {
    name: 'a pod template that is a string',
    text: deployment('"not a pod"'),
    line: 9,
    at: '"not a pod"',
    message:
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.template of type v1.PodTemplateSpec',
  },
  {
    name: 'a workload with no pod template, reported at its spec',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
    line: 6,
    at: 'replicas',
    message: 'spec.template: Required value',
  },
  {
    name: 'a CronJob with no pod template',
    text: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec: {}\n',
    line: 8,
    at: '{}',
    message: 'spec.jobTemplate.spec.template: Required value',
  },
  {
    name: 'a container without a name',
    text: deployment('spec:\n  containers:\n  - name: app\n  - image: nginx'),
    line: 12,
    at: 'image',
    message: 'spec.template.spec.containers[1].name: Required value',
  },
  {
    name: 'an init container with an empty name, in a bare Pod',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n  - name: ""\n  containers: [{name: app}]\n',
    line: 7,
    at: '""',
    message: 'spec.initContainers[0].name: Required value',
  },
  {
    name: 'a workload inside a List, placed by its item',
    text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p, annotations: {a: 1}}\n  spec:\n    containers: [{name: app}]\n',
    line: 6,
    at: '1}}',
    message:
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.annotations of type string',
  },
  {
    name: 'a workload that injection would skip is still decoded (Istio decodes first)',
    text: deployment('spec:\n  hostNetwork: true\n  containers: [{name: app, args: [1]}]'),
    line: 11,
    at: '1]',
    message:
      'json: cannot unmarshal number into Go struct field Container.spec.template.spec.containers.args of type string',
  },
];

for (const c of CASES) t.test(c.name, async (t) => assertRefusedAt(t, c));

t.test('the same object with the right types is injected', async (t) => {
  const { kinject } = await import('../cli/support.js');
  const { folderWith } = await import('./harness.js');
  const text = deployment(
    'metadata:\n  labels: {canary: "yes"}\nspec:\n  containers:\n  - name: app\n    ports: [{containerPort: 8080}]\n    readinessProbe: {httpGet: {port: http}}',
  );
  const run = await kinject(['-f', 'app.yaml'], { cwd: folderWith(t, { 'app.yaml': text }) });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, /name: istio-proxy/);
});
