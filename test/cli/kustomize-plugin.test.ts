/**
 * The kustomize transformer plugin (examples/kustomize-plugin, a legacy exec plugin) with the
 * real `kubectl kustomize --enable-alpha-plugins`, over the example overlay: workloads injected
 * with the overlay's Kinject spec and the repository's .kinject.yaml, kustomize's own
 * transformations kept, errors fail the build. Skipped without kubectl.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { ROOT, envWithKinject, works } from './clients.js';
import { scratch } from '../support/scratch.js';
import type { Manifest } from '../support/manifest.js';

const EXAMPLES = path.join(ROOT, 'examples');
const hasKubectl = works('kubectl', 'version', '--client');

const kustomize = (dir: string) =>
  spawnSync('kubectl', ['kustomize', '--enable-alpha-plugins', dir], {
    encoding: 'utf8',
    env: envWithKinject({ KUSTOMIZE_PLUGIN_HOME: path.join(EXAMPLES, 'kustomize-plugin') }),
    cwd: dir,
  });

t.test(
  'kubectl kustomize runs kinject as a transformer',
  { skip: hasKubectl ? false : 'kubectl not installed' },
  async (t) => {
    const run = kustomize(path.join(EXAMPLES, 'kustomize', 'overlays', 'prod'));
    t.equal(run.status, 0, run.stderr);
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS() as Manifest);
    const deployments = docs.filter((d) => d.kind === 'Deployment');
    t.equal(deployments.length, 2);
    for (const d of deployments) {
      t.equal(d.metadata.namespace, 'shop-prod', 'kustomize’s namespace is kept');
      t.equal(d.metadata.labels.env, 'prod', 'and its labels');
      t.notOk(
        Object.keys(d.metadata.annotations ?? {}).some((k) =>
          k.includes('kustomize.config.k8s.io'),
        ),
        'kustomize found its id annotation and removed it',
      );
      const proxy = (d.spec.template.spec.initContainers ?? []).find(
        (c) => c.name === 'istio-proxy',
      );
      t.equal(proxy?.restartPolicy, 'Always', 'the overlay’s Kinject spec: native sidecars');
      t.equal(proxy?.resources.requests.cpu, '50m', 'the repository’s .kinject.yaml applies too');
    }
    t.equal(docs.filter((d) => d.kind === 'Service').length, 2, 'Services pass through');
  },
);

t.test(
  'a bad Kinject spec or an injection error fails the build',
  { skip: hasKubectl ? false : 'kubectl not installed' },
  async (t) => {
    const dir = scratch('kz');
    cpSync(path.join(EXAMPLES, 'kustomize', 'base', 'shop.yaml'), path.join(dir, 'shop.yaml'));
    writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      'resources: [shop.yaml]\ntransformers: [kinject.yaml]\n',
    );
    writeFileSync(
      path.join(dir, 'kinject.yaml'),
      'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nmetadata:\n  name: kinject\nspec:\n  bogus: 1\n',
    );
    const bad = kustomize(dir);
    t.not(bad.status, 0);
    t.match(bad.stderr, /kinject: \S+:6:3: unknown option "bogus"/);

    writeFileSync(
      path.join(dir, 'kinject.yaml'),
      'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nmetadata:\n  name: kinject\nspec:\n  set: [global.proxy.image=]\n  injector-config: missing.yaml\n',
    );
    const missing = kustomize(dir);
    t.not(missing.status, 0);
    t.match(
      missing.stderr,
      /kinject: missing\.yaml: cannot read/,
      'paths resolve in the kustomization',
    );
  },
);
