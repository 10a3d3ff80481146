/**
 * The Argo CD Config Management Plugins in examples/argocd, run as Argo's CMP server runs
 * `generate`: the plugin's command and args exec'd in the application's source folder, stdin
 * closed, Argo's build environment and ARGOCD_ENV_* variables, a 90 s limit; stdout must hold
 * only manifests. The Helm variant needs a helm ($KINJECT_HELM or $KINJECT_HELM4) and skips without.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { parse, parseAllDocuments } from 'yaml';
import { OPTIONS } from '../../cli/args.js';
import { ROOT, envWithKinject, works } from './clients.js';
import { scratch } from '../support/scratch.js';
import type { Manifest, ManifestContainer } from '../support/manifest.js';

const EXAMPLES = path.join(ROOT, 'examples');
const HELM = [process.env['KINJECT_HELM'], process.env['KINJECT_HELM4'], 'helm'].find(
  (h) => h !== undefined && works(h, 'version'),
);

/** KUBE_VERSION goes on as --kube-version; until kinject has that flag, the run goes without it. */
const KUBE_VERSION = OPTIONS['kube-version'] ? { KUBE_VERSION: '1.33.0' } : {};

interface Plugin {
  kind: string;
  metadata: { name: string };
  spec: { generate: { command: string[]; args?: string[] } };
}

const plugin = (name: string): Plugin =>
  parse(readFileSync(path.join(EXAMPLES, 'argocd', name, 'plugin.yaml'), 'utf8')) as Plugin;

/** `generate`, as Argo runs it. */
function generate(p: Plugin, sourceDir: string, env: Record<string, string>) {
  const [command, ...rest] = p.spec.generate.command;
  const home = scratch('argo-home');
  return spawnSync(command ?? '', [...rest, ...(p.spec.generate.args ?? [])], {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 90_000,
    env: {
      PATH: envWithKinject({}, HELM ? { helm: HELM } : {})['PATH'] ?? '',
      HOME: home,
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_DATA_HOME: path.join(home, 'data'),
      ARGOCD_APP_NAME: 'shop',
      ARGOCD_APP_NAMESPACE: 'shop',
      ARGOCD_APP_REVISION: '0123456789abcdef0123456789abcdef01234567',
      ARGOCD_APP_SOURCE_PATH: path.relative(ROOT, sourceDir),
      ...KUBE_VERSION,
      ...env,
    },
  });
}

/** Stdout holds only manifests: every document an object with apiVersion and kind. */
function manifests(t: Test, stdout: string): Manifest[] {
  const docs = parseAllDocuments(stdout).map((d) => d.toJS() as unknown);
  t.ok(docs.length > 0, 'some manifests');
  for (const d of docs)
    t.ok(
      typeof d === 'object' && d !== null && 'apiVersion' in d && 'kind' in d,
      'every document is a manifest',
    );
  return docs as Manifest[];
}

const proxyOf = (d: Manifest): ManifestContainer | undefined =>
  [...(d.spec.template.spec.initContainers ?? []), ...d.spec.template.spec.containers].find(
    (c) => c.name === 'istio-proxy',
  );

t.test('the plugins are ConfigManagementPlugins', async (t) => {
  for (const name of ['kinject-helm', 'kinject']) {
    const p = plugin(name);
    t.equal(p.kind, 'ConfigManagementPlugin');
    t.equal(p.metadata.name, name);
    t.match(p.spec.generate.args?.join(' '), /--kube-version=\$KUBE_VERSION/);
  }
  if (!OPTIONS['kube-version'])
    t.comment('kinject has no --kube-version yet: run without KUBE_VERSION');
});

t.test('helm template | kinject', { skip: HELM ? false : 'helm not found' }, async (t) => {
  const p = plugin('kinject-helm');
  const run = generate(p, path.join(EXAMPLES, 'chart'), {
    ARGOCD_ENV_KINJECT_ARGS: '--revision=canary',
  });
  t.equal(run.status, 0, run.stderr);
  const deployments = manifests(t, run.stdout).filter((d) => d.kind === 'Deployment');
  t.strictSame(
    deployments.map((d) => d.metadata.name),
    ['shop-orders', 'shop-web'],
    'ARGOCD_APP_NAME is the release name',
  );
  for (const d of deployments) {
    t.equal(
      d.spec.template.metadata.annotations['istio.io/rev'],
      'canary',
      'ARGOCD_ENV_KINJECT_ARGS',
    );
    t.equal(proxyOf(d)?.resources.requests.cpu, '50m', 'the repository’s .kinject.yaml');
  }

  const bad = generate(p, path.join(EXAMPLES, 'chart'), {
    ARGOCD_ENV_HELM_ARGS:
      '--set-string podAnnotations.traffic\\.sidecar\\.istio\\.io/includeInboundPorts=bad',
  });
  t.not(bad.status, 0);
  t.equal(bad.stdout, '', 'nothing Argo could apply');
  t.match(bad.stderr, /kinject: <stdin>:\d+:\d+: .*includeInboundPorts/s, 'the UI shows why');

  const broken = generate(p, path.join(EXAMPLES, 'chart'), {
    ARGOCD_ENV_HELM_ARGS: '--set web.replicas={',
  });
  t.not(broken.status, 0, 'a failed render fails the plugin, not an empty stream');
  t.equal(broken.stdout, '');
});

t.test('a plain folder of manifests', async (t) => {
  const dir = scratch('argo-src');
  cpSync(path.join(EXAMPLES, 'bookstore.yaml'), path.join(dir, 'apps', 'bookstore.yaml'), {
    recursive: true,
  });
  cpSync(path.join(EXAMPLES, 'kustomize', 'base', 'shop.yaml'), path.join(dir, 'shop.yaml'));
  const run = generate(plugin('kinject'), dir, {});
  t.equal(run.status, 0, run.stderr);
  const docs = manifests(t, run.stdout);
  const injected = docs.filter((d) => d.kind === 'Deployment' && proxyOf(d));
  t.ok(injected.length >= 4, 'Deployments of both files, the subfolder’s too');

  cpSync(
    path.join(ROOT, 'test', 'cli', 'fixtures', 'bad', 'broken.yaml'),
    path.join(dir, 'broken.yaml'),
  );
  const bad = generate(plugin('kinject'), dir, {});
  t.equal(bad.status, 2);
  t.equal(bad.stdout, '');
  t.match(bad.stderr, /^kinject: broken\.yaml:\d+:\d+: /m);
});
