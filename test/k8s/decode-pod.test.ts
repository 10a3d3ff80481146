/** The typed decode: Go's refusals per Go type, from the schema tables. */
import t from 'tap';
import { goDecodeProblem } from '../../lib/goview/decode.js';
import { decodeWorkload } from '../../lib/k8s/decode-pod.js';
import { WORKLOAD_KINDS } from '../../lib/k8s/workloads.js';
import { KinjectError } from '../../lib/errors.js';
import type { JsonMap } from '../../lib/go/json-map.js';

const pod = (spec: JsonMap, metadata: JsonMap = {}): JsonMap => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata,
  spec,
});

t.test('values of the right type, nulls and unknown fields decode', async (t) => {
  const ok: unknown = pod(
    {
      containers: [
        {
          name: 'app',
          ports: [{ containerPort: 80, hostPort: null }],
          readinessProbe: { httpGet: { port: 'http' }, periodSeconds: 5 },
          resources: { limits: { cpu: '500m', memory: 1024 } },
          unknownField: { anything: [1, 2] },
          Name: 42, // field names are case-sensitive: this is an unknown field
        },
      ],
      terminationGracePeriodSeconds: 30,
      affinity: { whatever: true }, // a type kinject does not model takes any JSON
    },
    { creationTimestamp: null, labels: { app: 'x' } },
  );
  t.equal(goDecodeProblem('Pod', ok), undefined);
});

t.test('each Go type refuses the wrong JSON kind with encoding/json’s words', async (t) => {
  const cases: [unknown, string, (string | number)[]][] = [
    [
      pod({ containers: 'x' }),
      'json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
      ['spec', 'containers'],
    ],
    [
      pod({ containers: [{ name: 'a', stdin: 'yes' }] }),
      'json: cannot unmarshal string into Go struct field Container.spec.containers.stdin of type bool',
      ['spec', 'containers', 0, 'stdin'],
    ],
    [
      pod({ terminationGracePeriodSeconds: -1.5 }),
      'json: cannot unmarshal number -1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64',
      ['spec', 'terminationGracePeriodSeconds'],
    ],
    [
      pod({}, { creationTimestamp: 5 }),
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string',
      ['metadata', 'creationTimestamp'],
    ],
    [
      pod({}, { labels: { a: ['x'] } }),
      'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type string',
      ['metadata', 'labels', 'a'],
    ],
    [
      pod({ containers: [{ name: 'a', resources: { limits: [] } }] }),
      'json: cannot unmarshal array into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList',
      ['spec', 'containers', 0, 'resources', 'limits'],
    ],
    [
      pod({ containers: [{ name: 'a', readinessProbe: 'x' }] }),
      'json: cannot unmarshal string into Go struct field Container.spec.containers.readinessProbe of type v1.Probe',
      ['spec', 'containers', 0, 'readinessProbe'],
    ],
  ];
  for (const [obj, message, path] of cases) t.same(goDecodeProblem('Pod', obj), { message, path });
});

t.test('a top-level value of the wrong kind has no struct field to name', async (t) => {
  t.same(goDecodeProblem('Pod', 'x'), {
    message: 'json: cannot unmarshal string into Go value of type v1.Pod',
    path: [],
  });
});

t.test(
  'decodeWorkload: typed decode first, then the required fields, under a prefix',
  async (t) => {
    const deployment = WORKLOAD_KINDS.Deployment;
    const fail = (obj: JsonMap): KinjectError => {
      try {
        decodeWorkload(obj, deployment, ['items', 3]);
      } catch (e) {
        if (e instanceof KinjectError) return e;
      }
      throw new Error('expected a KinjectError');
    };
    const noTemplate = fail({ kind: 'Deployment', spec: {} });
    t.equal(noTemplate.code, 'INVALID_OBJECT');
    t.equal(noTemplate.message, 'spec.template: Required value');
    t.same(noTemplate.path, ['items', 3, 'spec', 'template']);
    const unnamed = fail({
      kind: 'Deployment',
      spec: { template: { spec: { containers: [{ name: 'a' }, { image: 'x' }] } } },
    });
    t.equal(unnamed.message, 'spec.template.spec.containers[1].name: Required value');
    const typed = fail({ kind: 'Deployment', spec: { template: { spec: { containers: {} } } } });
    t.same(typed.path, ['items', 3, 'spec', 'template', 'spec', 'containers']);
    t.doesNotThrow(() =>
      decodeWorkload(
        { kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'a' }] } } } },
        deployment,
      ),
    );
  },
);
