/**
 * Go's read-and-write-back of workload objects. Checked against Istio's goldens: every
 * expected document (Go's own output) is a fixed point, and every input document comes out
 * as Go wrote it everywhere injection does not touch (e.g. a DeploymentConfig gains
 * `test: false` and a zeroed `status`, loses `paused: false`). Those two need the corpus;
 * the rules one by one run everywhere.
 */
import t from 'tap';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { goRoundTrip, roundTripObject } from '../../lib/goview/index.js';
import { isJsonMap, type JsonMap } from '../../lib/go/json-map.js';
import { isSupportedKind } from '../../lib/k8s/workloads.js';
import { corpusDocs, corpusTest } from '../support/corpus.js';

/** compare.mjs's view of a document: the serializer artifacts it ignores are gone. */
function comparable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(comparable);
  if (v === null || typeof v !== 'object') return v;
  const out: JsonMap = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'creationTimestamp' && x === null) continue;
    if (
      ['status', 'strategy', 'resources'].includes(k) &&
      isJsonMap(x) &&
      Object.keys(x).length === 0
    )
      continue;
    out[k] = comparable(x);
  }
  return out;
}

/** The document without what injection changes. */
function untouched(o: JsonMap): unknown {
  const c = structuredClone(o) as {
    spec?: JsonMap;
    metadata?: JsonMap;
    items?: unknown;
    kind?: unknown;
  };
  for (const k of ['template', 'jobTemplate', 'containers', 'initContainers', 'volumes'])
    delete c.spec?.[k];
  delete c.metadata?.annotations;
  delete c.metadata?.labels;
  if (c.kind === 'List') delete c.items;
  return comparable(c);
}

/** Every corpus case that has an expected output (error cases have none). */
function goldenCases(corpus: string): { name: string; input: JsonMap[]; expected: JsonMap[] }[] {
  return readdirSync(path.join(corpus, 'cases')).flatMap((name) => {
    try {
      return [
        {
          name,
          input: corpusDocs(`cases/${name}/input.yaml`),
          expected: corpusDocs(`cases/${name}/expected.yaml`),
        },
      ];
    } catch {
      return [];
    }
  });
}

corpusTest(t, "Go's output is a fixed point", async (t, corpus) => {
  let n = 0;
  for (const c of goldenCases(corpus)) {
    for (const doc of c.expected.filter((d) => isSupportedKind(String(d.kind)))) {
      t.same(comparable(roundTripObject(doc)), comparable(doc), `${c.name} ${String(doc.kind)}`);
      n++;
    }
  }
  t.ok(n > 90);
});

corpusTest(
  t,
  'inputs come out as Go wrote them, outside what injection changes',
  async (t, corpus) => {
    for (const c of goldenCases(corpus)) {
      c.input.forEach((doc, i) => {
        const expected = c.expected[i];
        if (expected === undefined || !isSupportedKind(String(doc.kind))) return;
        t.same(untouched(roundTripObject(doc)), untouched(expected), `${c.name} #${i}`);
      });
    }
  },
);

t.test('the rules, one by one', async (t) => {
  const dc = roundTripObject({
    kind: 'DeploymentConfig',
    spec: { replicas: 1, paused: false, minReadySeconds: 0, bogus: 1 },
  });
  t.same(
    dc,
    {
      kind: 'DeploymentConfig',
      spec: { replicas: 1, strategy: { resources: {} }, triggers: null, test: false },
      metadata: {},
      status: {
        latestVersion: 0,
        observedGeneration: 0,
        replicas: 0,
        updatedReplicas: 0,
        availableReplicas: 0,
        unavailableReplicas: 0,
      },
    },
    'unknown and empty omitempty fields go, zero non-omitempty fields come, keys keep their order',
  );
  t.same(
    goRoundTrip('Container', {
      Name: 'c',
      resources: { limits: { cpu: '2000m' } },
      securityContext: { privileged: false },
    }),
    {
      name: 'c',
      resources: { limits: { cpu: '2' } },
      securityContext: { privileged: false },
    },
    'keys match case-insensitively; quantities become canonical; a set *bool stays',
  );
  t.same(
    goRoundTrip('ContainerPort', { containerPort: null, name: '' }),
    { containerPort: 0 },
    'null is the zero value',
  );
  t.same(
    roundTripObject({ kind: 'Service', spec: { weird: true } }),
    { kind: 'Service', spec: { weird: true } },
    'unknown kinds pass through',
  );
  const list = roundTripObject({
    kind: 'List',
    items: [
      { kind: 'Service', x: 1 },
      { kind: 'Pod', spec: { containers: [{ name: 'a' }] } },
    ],
  });
  t.same(list, {
    kind: 'List',
    items: [
      { kind: 'Service', x: 1 },
      {
        kind: 'Pod',
        spec: { containers: [{ name: 'a', resources: {} }] },
        metadata: {},
        status: {},
      },
    ],
    metadata: {},
  });
});
