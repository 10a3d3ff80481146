/**
 * Real injection templates through the engine: kinject's embedded ones (everywhere) and
 * Istio's own (the conformance corpus's injector ConfigMap; skipped without the corpus).
 * Every template parses with sprig's and Istio's function maps, String() of each tree
 * re-parses to the same String(), and the sidecar template renders a pod.
 */
import t, { type Test } from 'tap';
import { parse as parseYaml } from 'yaml';
import { istioFuncs } from '../../lib/funcs/istio.js';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { sidecarTemplateDataView } from '../../lib/goview/index.js';
import type { JsonMap } from '../../lib/go/json-map.js';
import { Template } from '../../lib/template/template.js';
import { corpusTest, corpusText } from '../support/corpus.js';
import { embeddedConfig } from '../support/embedded.js';

function newTemplate(name: string): Template {
  return new Template(name).funcs(sprigFuncs).funcs(istioFuncs); // As Istio's ParseTemplates.
}

/** A template set and the data its sidecar template renders a pod from. */
interface TemplateSet {
  templates: Record<string, string>;
  /** Istio's SidecarTemplateData for a small deployment's pod. */
  data: () => unknown;
}

/** SidecarTemplateData as kube-inject builds it for `pod` of the deployment `hello`. */
function templateData(
  pod: { metadata: JsonMap; spec: JsonMap },
  mesh: JsonMap,
  values: JsonMap,
): unknown {
  return sidecarTemplateDataView({
    typeMeta: { kind: 'Pod', apiVersion: 'v1' },
    deploymentMeta: { name: 'hello', namespace: 'default' },
    objectMeta: { ...pod.metadata, annotations: {} },
    spec: pod.spec,
    proxyConfig: mesh['defaultConfig'] as JsonMap,
    meshConfig: mesh,
    values,
    revision: '',
    nativeSidecars: false,
    proxyImage: 'docker.io/istio/proxyv2:latest',
    proxyInitImage: 'docker.io/istio/proxyv2:latest',
    proxyUID: 1337,
    proxyGID: 1337,
    inboundTrafficPolicyMode: '',
    compliancePolicy: '',
  });
}

/** The checks, for one template set. */
async function checkTemplates(t: Test, set: TemplateSet): Promise<void> {
  await t.test('every template parses and String() round-trips', async (t) => {
    const names = Object.keys(set.templates);
    t.ok(names.includes('sidecar') && names.includes('gateway'));
    for (const name of names) {
      const tmpl = newTemplate(name).parse(set.templates[name]);
      for (const sub of tmpl.templates()) {
        const text = sub.toString();
        const again = newTemplate(sub.name).parse(text);
        t.equal(again.toString(), text, `${name}: ${sub.name}`);
      }
    }
  });

  await t.test('the sidecar template renders a pod', async (t) => {
    const tmpl = newTemplate('inject').parse(set.templates.sidecar);
    const data = set.data();
    const out = tmpl.execute(data);
    t.match(out, /- name: istio-proxy\n/);
    t.match(out, /image: "docker\.io\/istio\/proxyv2:latest"/);
    t.equal(tmpl.execute(data), out, 'deterministic');
    // For information only: coverage instrumentation and a loaded runner make timings
    // meaningless as assertions (uninstrumented, warm, this is about 0.5 ms).
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) tmpl.execute(data);
    t.comment(`${((performance.now() - start) / runs).toFixed(3)} ms per execution`);
  });
}

void t.test("kinject's embedded templates", async (t) => {
  const config = embeddedConfig();
  const pod = {
    metadata: { labels: { app: 'hello', version: 'v1' } },
    spec: {
      containers: [
        {
          name: 'hello',
          image: 'registry.example.com/hello:v1',
          ports: [{ containerPort: 8080, name: 'http' }],
        },
      ],
    },
  };
  await checkTemplates(t, {
    templates: config.injector.templates,
    data: () => templateData(pod, config.mesh, config.values),
  });
});

corpusTest(t, "Istio's templates (the corpus's injector ConfigMap)", async (t) => {
  const read = (p: string): JsonMap => parseYaml(corpusText(p)) as JsonMap;
  const config = read('base/inject-config.yaml') as { templates: Record<string, string> };
  await checkTemplates(t, {
    templates: config.templates,
    // The corpus's `hello` deployment, with the default mesh.
    data: () => {
      const deployment = read('cases/hello/input.yaml') as {
        spec: { template: { metadata: JsonMap; spec: JsonMap } };
      };
      return templateData(
        deployment.spec.template,
        read('base/mesh-effective.yaml'),
        read('base/values.json'),
      );
    },
  });
});
