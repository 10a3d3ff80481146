/**
 * Properties of injection that must hold for any manifest, checked with fast-check on
 * generated workloads and configurations (a fixed seed, so a failure reproduces; fast-check
 * prints the shrunk counterexample):
 * - injecting the output again changes nothing;
 * - uninjecting the output gives the input back;
 * - documents that are not workloads come out byte for byte;
 * - every output object validates against the Kubernetes OpenAPI schema (kubernetes-models);
 * - whatever the input, the only errors are kinject's own, never a JavaScript fault.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import t from 'tap';
import { Document, isCollection, isMap, parseAllDocuments, visit } from 'yaml';
import {
  KinjectError,
  buildInjectionConfig,
  injectStream,
  loadEmbeddedDefaults,
  prepareInjector,
  prepareUninjector,
  uninjector,
  type Injector,
} from '../../lib/index.js';
import { dropWriteBackMarks } from '../../lib/uninject/write-back-marks.js';
import { writeBack } from '../../lib/inject/write-back.js';
import { isJsonMap } from '../../lib/go/json-map.js';
import { deepEqual } from '../../lib/yaml/match.js';
import { validateObject } from './k8s-schema.js';

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
const embedded = loadEmbeddedDefaults((name) => ({
  text: readFileSync(path.join(TEMPLATES, name), 'utf8'),
  file: name,
}));

/** A few configurations: injection's main switches. */
const CONFIGS = [
  {},
  { nativeSidecars: true },
  { revision: 'canary', set: ['values.global.proxy.holdApplicationUntilProxyStarts=true'] },
  {
    set: [
      'values.global.proxy.privileged=true',
      'values.sidecarInjectorWebhook.rewriteAppHTTPProbe=false',
    ],
  },
].map((options) => buildInjectionConfig(options, embedded));

/** Each configuration's injector, its templates parsed once. */
const INJECTORS: readonly Injector[] = CONFIGS.map((cfg) => prepareInjector(cfg));

/** The uninjector for each injector: with its configuration, and without any. */
const UNINJECTORS = new Map<Injector, readonly Injector[]>(
  INJECTORS.map((injector, i) => [injector, [prepareUninjector(CONFIGS[i]), uninjector]]),
);

const RUNS = { numRuns: 25, seed: 20261201 };

const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/);
const labelValue = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,8}[A-Za-z0-9])?$/);
const labels = fc.dictionary(fc.constantFrom('app', 'version', 'tier', 'team'), labelValue, {
  maxKeys: 3,
});

/** Istio annotations with values Istio accepts, and harmless others. */
const annotations = fc
  .dictionary(
    fc.constantFrom(
      'sidecar.istio.io/inject',
      'sidecar.istio.io/proxyCPU',
      'sidecar.istio.io/proxyMemory',
      'traffic.sidecar.istio.io/excludeOutboundPorts',
      'proxy.istio.io/config',
      'example.com/note',
    ),
    fc.constant(''),
    { maxKeys: 3 },
  )
  .map((keys) => {
    const values: Record<string, string> = {
      'sidecar.istio.io/inject': 'true',
      'sidecar.istio.io/proxyCPU': '200m',
      'sidecar.istio.io/proxyMemory': '256Mi',
      'traffic.sidecar.istio.io/excludeOutboundPorts': '8125,9000',
      'proxy.istio.io/config': 'holdApplicationUntilProxyStarts: true',
      'example.com/note': 'hello: world',
    };
    return Object.fromEntries(Object.keys(keys).map((k) => [k, values[k] ?? '']));
  });

const probe = fc.oneof(
  fc.record({
    httpGet: fc.record({ path: fc.constant('/healthz'), port: fc.integer({ min: 1, max: 65535 }) }),
  }),
  fc.record({ tcpSocket: fc.record({ port: fc.constant('http') }) }),
  fc.record({ exec: fc.record({ command: fc.constant(['true']) }) }),
);

const container = (name: string) =>
  fc.record(
    {
      name: fc.constant(name),
      image: fc.constantFrom('nginx:1.27', 'registry.example/app@sha256:' + 'a'.repeat(64)),
      ports: fc
        .uniqueArray(fc.integer({ min: 1, max: 65535 }), { maxLength: 3 })
        .map((ps) =>
          ps.map((containerPort, i) =>
            i === 0 ? { name: 'http', containerPort } : { containerPort },
          ),
        ),
      env: fc.array(
        fc.record({ name: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/), value: labelValue }),
        {
          maxLength: 2,
        },
      ),
      resources: fc.record(
        {
          limits: fc.record({
            cpu: fc.constantFrom('100m', '1', '1.5'),
            memory: fc.constantFrom('64Mi', '1Gi', '1e9'),
          }),
        },
        { requiredKeys: [] },
      ),
      readinessProbe: probe,
      livenessProbe: probe,
    },
    { requiredKeys: ['name', 'image'] },
  );

const podSpec = fc
  .uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map(container)))
  .chain((containers) =>
    fc.record(
      {
        containers: fc.constant(containers),
        hostNetwork: fc.boolean(),
        serviceAccountName: dnsLabel,
        terminationGracePeriodSeconds: fc.integer({ min: 0, max: 600 }),
      },
      { requiredKeys: ['containers'] },
    ),
  );

const podTemplate = fc.record(
  { metadata: fc.record({ labels, annotations }, { requiredKeys: [] }), spec: podSpec },
  { requiredKeys: ['spec'] },
);

/** A workload of one of kube-inject's kinds. */
const workload = fc
  .tuple(
    fc.constantFrom(
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'Job',
      'CronJob',
      'Pod',
    ),
    dnsLabel,
    podTemplate,
  )
  .map(([kind, name, pod]) => {
    const metadata = { name, namespace: 'shop' };
    const selector = { matchLabels: { app: name } };
    const template = {
      ...pod,
      metadata: { ...pod.metadata, labels: { ...pod.metadata?.labels, app: name } },
    };
    switch (kind) {
      case 'Pod':
        return {
          apiVersion: 'v1',
          kind,
          metadata: { ...metadata, ...pod.metadata },
          spec: pod.spec,
        };
      case 'Job':
        return {
          apiVersion: 'batch/v1',
          kind,
          metadata,
          spec: { template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } } },
        };
      case 'CronJob':
        return {
          apiVersion: 'batch/v1',
          kind,
          metadata,
          spec: {
            schedule: '*/5 * * * *',
            jobTemplate: {
              spec: {
                template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } },
              },
            },
          },
        };
      case 'StatefulSet':
        return {
          apiVersion: 'apps/v1',
          kind,
          metadata,
          spec: { serviceName: name, selector, template },
        };
      default:
        return { apiVersion: 'apps/v1', kind, metadata, spec: { selector, template } };
    }
  });

/** Strings YAML quoting cares about. */
const trickyString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('yes', 'on', '0x1F', '1e3', '~', 'null', '', '- x', '#c', '0777', 'a: b', '*x'),
);
const key = fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/);

/** Objects kube-inject passes through: schema-valid core kinds, and a custom kind with any scalars. */
const otherObject = fc.oneof(
  fc.tuple(dnsLabel, fc.dictionary(key, trickyString, { maxKeys: 5 })).map(([name, data]) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
    data,
  })),
  fc.tuple(dnsLabel, fc.integer({ min: 1, max: 65535 })).map(([name, port]) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { selector: { app: name }, ports: [{ name: 'http', port }] },
  })),
  fc
    .tuple(
      dnsLabel,
      fc.dictionary(key, fc.oneof(trickyString, fc.integer(), fc.boolean()), { maxKeys: 5 }),
    )
    .map(([name, spec]) => ({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name },
      spec,
    })),
);

/**
 * A document's YAML text in one of several styles, with or without comments. Nested
 * collections may be in flow style; the top level never is, since a stream that starts
 * with `{` is read as JSON (as kubectl's decoder guesses it).
 */
const asYaml = (obj: object) =>
  fc
    .record({ flow: fc.boolean(), comment: fc.boolean(), indent: fc.constantFrom(2, 4) })
    .map(({ flow, comment, indent }) => {
      const doc = new Document(obj, { version: '1.1' });
      if (flow && isMap(doc.contents))
        for (const pair of doc.contents.items) if (isCollection(pair.value)) pair.value.flow = true;
      const body = doc.toString({ indent });
      return comment ? `# generated\n${body}` : body;
    });

const stream = (docs: fc.Arbitrary<object>) =>
  fc.array(docs.chain(asYaml), { minLength: 1, maxLength: 4 }).map((texts) => texts.join('---\n'));

const injectorArb = fc.constantFrom(...INJECTORS);

t.test('injection is idempotent', async (t) => {
  fc.assert(
    fc.property(injectorArb, stream(fc.oneof(workload, otherObject)), (injector, text) => {
      const first = injectStream(text, 'in.yaml', injector);
      if (first.errors.length > 0) throw first.errors[0];
      const second = injectStream(first.output, 'out.yaml', injector);
      if (second.errors.length > 0) throw second.errors[0];
      return second.output === first.output;
    }),
    RUNS,
  );
  t.pass('held for every generated case');
});

/** The documents of a YAML stream as data. */
const asData = (text: string): unknown[] =>
  parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS() as unknown);

/**
 * x as kube-inject's write-back leaves a document it injected (through its Go type: zero
 * values dropped outside the pod, `{}` marks): uninject gives back what injection kept, no more.
 */
const writtenBack = (doc: unknown): unknown => (isJsonMap(doc) ? writeBack(doc, doc) : doc);

/**
 * Whether the text has a flow collection (`{…}`, `[…]`). Injection writes a flow collection
 * it adds to in block style, and uninject cannot know it was flow: such text comes back as
 * the same data, not byte for byte.
 */
function hasFlow(text: string): boolean {
  let flow = false;
  for (const doc of parseAllDocuments(text, { version: '1.1' }))
    visit(doc, (_, node) => {
      if (isCollection(node) && node.flow) {
        flow = true;
        return visit.BREAK;
      }
    });
  return flow;
}

/** `doc` as the write-back leaves it, less the marks uninject takes away again. */
const writtenBackUnmarked = (doc: unknown): unknown => {
  const written = writtenBack(doc);
  return isJsonMap(written) ? dropWriteBackMarks(written) : written;
};

/**
 * Whether every probe that names a port names one of its container's ports. Istio points a
 * probe naming a port the container lacks at the agent all the same but records nothing for
 * it (the kubelet could not have resolved it either), so such a probe cannot come back.
 */
function probesResolve(obj: unknown): boolean {
  return findContainers(obj).every((c) => {
    const names = new Set((c.ports ?? []).map((p) => p.name));
    return [c.readinessProbe, c.livenessProbe].every((p) => {
      const port = p?.httpGet?.port ?? p?.tcpSocket?.port;
      return typeof port !== 'string' || names.has(port);
    });
  });
}

interface GeneratedContainer {
  ports?: { name?: string }[];
  readinessProbe?: { httpGet?: { port: unknown }; tcpSocket?: { port: unknown } };
  livenessProbe?: GeneratedContainer['readinessProbe'];
}

/** Every container list's items in a generated object. */
function findContainers(v: unknown): GeneratedContainer[] {
  if (Array.isArray(v)) return v.flatMap(findContainers);
  if (!isJsonMap(v)) return [];
  const own = Array.isArray(v.containers) ? (v.containers as GeneratedContainer[]) : [];
  return [...own, ...Object.values(v).flatMap(findContainers)];
}

/**
 * A document without empty `metadata`, `labels` and `annotations` maps: injection fills them
 * (a CronJob's job template gets a `metadata: {}` mark from the write-back), and uninject
 * takes an emptied one away: it cannot tell one the user wrote empty from one injection made.
 */
function withoutEmptyMetadataMaps(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmptyMetadataMaps);
  if (!isJsonMap(v)) return v;
  const empty = (k: string, x: unknown): boolean =>
    ['metadata', 'labels', 'annotations'].includes(k) &&
    isJsonMap(x) &&
    Object.keys(x).length === 0;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k, x]) => !empty(k, x))
      .map(([k, x]) => [k, withoutEmptyMetadataMaps(x)]),
  );
}

t.test('uninject(inject(x)) = x, given the injecting configuration or none', async (t) => {
  let exact = 0;
  fc.assert(
    fc.property(
      injectorArb,
      stream(fc.oneof(workload.filter(probesResolve), otherObject)),
      (injector, text) => {
        const injected = injectStream(text, 'in.yaml', injector);
        if (injected.errors.length > 0) throw injected.errors[0];
        for (const un of UNINJECTORS.get(injector) ?? []) {
          const back = injectStream(injected.output, 'out.yaml', un);
          if (back.errors.length > 0) throw back.errors[0];
          const x = asData(text);
          const got = asData(back.output);
          const injectedDocs = asData(injected.output);
          // Each document: x itself, or (where injection rewrote it) x as the write-back leaves
          // it, less the empty labels/annotations maps uninject cannot tell from injection's.
          const equal =
            got.length === x.length &&
            got.every(
              (doc, i) =>
                deepEqual(doc, x[i]) ||
                (!deepEqual(x[i], injectedDocs[i]) &&
                  deepEqual(
                    withoutEmptyMetadataMaps(doc),
                    withoutEmptyMetadataMaps(writtenBackUnmarked(x[i])),
                  )),
            );
          if (!equal) throw new Error(`--- x\n${text}--- uninject(inject(x))\n${back.output}`);
          // Where the write-back changed nothing and the text is in block style, the text
          // comes back byte for byte.
          if (
            !hasFlow(text) &&
            x.every((doc) => deepEqual(withoutEmptyMetadataMaps(writtenBack(doc)), doc))
          ) {
            if (back.output !== text)
              throw new Error(`not byte for byte:\n--- x\n${text}--- back\n${back.output}`);
            exact++;
          }
        }
        return true;
      },
    ),
    RUNS,
  );
  t.ok(
    exact > 0,
    `byte for byte in ${exact} of ${2 * RUNS.numRuns} uninjections (the others: Go's write-back)`,
  );
});

t.test('documents that are not workloads come out byte for byte', async (t) => {
  fc.assert(
    fc.property(injectorArb, stream(otherObject), (injector, text) => {
      const out = injectStream(text, 'in.yaml', injector);
      return out.errors.length === 0 && out.output === text;
    }),
    RUNS,
  );
  // …also beside workloads: each one's text is still in the output, unchanged.
  fc.assert(
    fc.property(
      injectorArb,
      otherObject.chain(asYaml),
      workload.chain(asYaml),
      (injector, other, wl) => {
        const out = injectStream(`${wl}---\n${other}`, 'in.yaml', injector);
        return out.errors.length === 0 && out.output.endsWith(`---\n${other}`);
      },
    ),
    RUNS,
  );
  t.pass('held for every generated case');
});

t.test('every output object validates against the Kubernetes OpenAPI schema', async (t) => {
  fc.assert(
    fc.property(injectorArb, stream(fc.oneof(workload, otherObject)), (injector, text) => {
      const out = injectStream(text, 'in.yaml', injector);
      if (out.errors.length > 0) throw out.errors[0];
      for (const doc of parseAllDocuments(out.output, { version: '1.1' })) {
        const obj = doc.toJS() as Record<string, unknown> | null;
        if (obj !== null) validateObject(obj);
      }
    }),
    { ...RUNS, numRuns: 20 },
  );
  t.pass('held for every generated case');
});

/** Inputs that are broken on purpose: valid streams cut, spliced and sprinkled with bytes. */
const damaged = fc
  .tuple(
    stream(fc.oneof(workload, otherObject)),
    fc.nat(),
    fc.nat(),
    fc.constantFrom(
      '',
      ':',
      '- ',
      '{',
      '"',
      "'",
      '\t',
      '&a ',
      '*a',
      '!!int ',
      '\n  - ',
      '\u0000',
      '[',
      '}',
      '---\n',
      '%YAML 1.1\n',
    ),
  )
  .map(([text, at, cut, junk]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + junk + text.slice(i + (cut % 8));
  });

/** JavaScript faults that must never be behind an error (a bug, not bad input). */
const JS_FAULTS = [TypeError, RangeError, ReferenceError, SyntaxError];

t.test('whatever the input, the only errors are kinject’s own', async (t) => {
  fc.assert(
    fc.property(injectorArb, fc.oneof(damaged, fc.string({ maxLength: 200 })), (injector, text) => {
      let out;
      try {
        out = injectStream(text, 'in.yaml', injector);
      } catch (e) {
        throw new Error(`injectStream threw ${String(e)}`);
      }
      for (const e of out.errors) {
        if (!(e instanceof KinjectError)) throw new Error(`not a KinjectError: ${String(e)}`);
        if (JS_FAULTS.some((F) => e.cause instanceof F))
          throw new Error(`a JavaScript fault surfaced as ${e.code}: ${e.message}`);
      }
      // An error means no output; success means output that parses again.
      if (out.errors.length > 0) return out.output === '';
      return injectStream(out.output, 'out.yaml', injector).errors.length === 0;
    }),
    { ...RUNS, numRuns: 150 },
  );
  t.pass('held for every generated case');
});
