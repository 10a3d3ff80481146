/**
 * Istio's own injection templates (the conformance corpus's injector ConfigMap) through the
 * engine: every template parses with sprig's and Istio's function maps, String() of each
 * tree re-parses to the same String(), and the sidecar template renders a pod quickly.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { istioFuncs } from '../../lib/funcs/istio.js';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { sidecarTemplateDataView } from '../../lib/goview/index.js';
import type { JsonMap } from '../../lib/go/json-map.js';
import { Template } from '../../lib/template/template.js';
import { locateRepoRoot } from './support/paths.js';

const corpus = join(locateRepoRoot(), '..', 'shared', 'conformance', 'istio');
const config = parseYaml(readFileSync(join(corpus, 'base', 'inject-config.yaml'), 'utf8')) as {
  templates: Record<string, string>;
};

function newTemplate(name: string): Template {
  return new Template(name).funcs(sprigFuncs).funcs(istioFuncs); // As Istio's ParseTemplates.
}

t.test('every Istio template parses and String() round-trips', async (t) => {
  const names = Object.keys(config.templates);
  t.ok(names.includes('sidecar') && names.includes('gateway'));
  for (const name of names) {
    const tmpl = newTemplate(name).parse(config.templates[name]);
    for (const sub of tmpl.templates()) {
      const text = sub.toString();
      const again = newTemplate(sub.name).parse(text);
      t.equal(again.toString(), text, `${name}: ${sub.name}`);
    }
  }
});

/** Istio's SidecarTemplateData for the corpus's `hello` deployment, with the default mesh. */
function helloData(): unknown {
  const read = (p: string): JsonMap => parseYaml(readFileSync(join(corpus, p), 'utf8')) as JsonMap;
  const mesh = read('base/mesh-effective.yaml') as JsonMap & { defaultConfig: JsonMap };
  const deployment = read('cases/hello/input.yaml') as {
    spec: { template: { metadata: JsonMap; spec: JsonMap } };
  };
  const pod = deployment.spec.template;
  return sidecarTemplateDataView({
    typeMeta: { kind: 'Pod', apiVersion: 'v1' },
    deploymentMeta: { name: 'hello', namespace: 'default' },
    objectMeta: { ...pod.metadata, annotations: {} },
    spec: pod.spec,
    proxyConfig: mesh.defaultConfig,
    meshConfig: mesh,
    values: read('base/values.json'),
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

t.test('the sidecar template renders a pod', async (t) => {
  const tmpl = newTemplate('inject').parse(config.templates.sidecar);
  const data = helloData();
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
