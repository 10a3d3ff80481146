/**
 * kinject's exact output for our own inputs, with the embedded defaults (see golden.ts and
 * README.md here). To add a golden, add a row; `UPDATE_GOLDEN=1 npm test` writes its file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { checkGoldens, GOLDEN_DIR, type Golden } from './golden.js';

/** Every golden: `kinject ARGS -f INPUT` must print exactly the file INPUT-stem + SUFFIX. */
const GOLDENS: readonly Golden[] = [
  // Injection with the embedded defaults: X.yaml → X.injected.yaml.
  { input: 'deployment.yaml', args: [], suffix: '.injected.yaml' },
  {
    input: 'statefulset.yaml',
    args: [],
    suffix: '.injected.yaml',
    // Istio's output carries Go's `updateStrategy: {}` and zero `status` here (its own golden
    // cases too, and the conformance comparer wants them), so kinject adds them: added lines,
    // no line of the user's rewritten.
  },
  { input: 'cronjob.yaml', args: [], suffix: '.injected.yaml' },
  { input: 'pod.yaml', args: [], suffix: '.injected.yaml' },
  {
    input: 'list.yaml',
    args: [],
    suffix: '.injected.yaml',
    // Go writes a List back whole once an item changed, each item through its type: the
    // skipped (host network) DaemonSet gains `updateStrategy: {}` and a zero `status`, as in
    // Istio's output.
  },
  { input: 'helm-stream.yaml', args: [], suffix: '.injected.yaml' },
  { input: 'deployment.json', args: [], suffix: '.injected.json' },

  // --diff: a git-appliable diff of the changed documents only (exit 1), nothing when nothing would change (exit 0).
  { input: 'pod.yaml', args: ['--diff'], suffix: '.diff', status: 1 },
  { input: 'helm-stream.yaml', args: ['--diff'], suffix: '.diff', status: 1 },
  { input: 'pod.injected.yaml', args: ['--diff'], suffix: '.diff' },

  // explain: the decision table (kube-inject mode), as JSON, and in cluster mode with a namespace.
  { input: 'list.yaml', args: ['explain'], suffix: '.explain.txt' },
  { input: 'helm-stream.yaml', args: ['explain', '-o', 'json'], suffix: '.explain.json' },
  {
    input: 'cluster.yaml',
    args: ['explain', '--mode', 'cluster', '-n', 'shop'],
    suffix: '.explain.txt',
  },

  // --check: out-of-date workloads on stdout (exit 1), the report on stderr; up to date: nothing (exit 0).
  {
    input: 'cluster.yaml',
    args: ['--check', '--mode', 'cluster', '-n', 'shop'],
    suffix: '.check.txt',
    status: 1,
  },
  {
    input: 'cluster.yaml',
    args: ['--check', '--mode', 'cluster', '-n', 'shop'],
    suffix: '.check.stderr.txt',
    status: 1,
    stream: 'stderr',
  },
  { input: 'pod.injected.yaml', args: ['--check'], suffix: '.check.txt' },
  {
    input: 'pod.injected.yaml',
    args: ['--check', '--mode', 'cluster', '--namespace-labels', 'shop:'],
    suffix: '.check-cluster.txt',
    status: 1,
  },

  // uninject: each injected golden back (X.injected.uninjected.yaml); see ROUND_TRIPS.
  ...['deployment', 'statefulset', 'cronjob', 'pod', 'list', 'helm-stream'].map((stem): Golden => ({
    input: `${stem}.injected.yaml`,
    args: ['uninject'],
    suffix: '.uninjected.yaml',
  })),
  { input: 'deployment.injected.json', args: ['uninject'], suffix: '.uninjected.json' },
];

/**
 * Inputs that uninject gives back byte for byte: X.injected.uninjected.yaml is X.yaml. Not
 * here: deployment.yaml (its readiness probe's `port: 8080` comes back as `port: http`, the
 * container's port of that number: Istio's record of a probe keeps the number only, so a name
 * and its number cannot be told apart) and statefulset.yaml (the pod labels' alias
 * `*labels`, expanded by injection, comes back expanded).
 */
const ROUND_TRIPS = [
  'cronjob.yaml',
  'pod.yaml',
  'list.yaml',
  'helm-stream.yaml',
  'deployment.json',
];

await checkGoldens(t, GOLDENS);

const read = (name: string): string => readFileSync(path.join(GOLDEN_DIR, name), 'utf8');
for (const input of ROUND_TRIPS) {
  const ext = path.extname(input);
  const back = `${path.basename(input, ext)}.injected.uninjected${ext}`;
  t.equal(read(back), read(input), `uninject(inject(${input})) is ${input} byte for byte`);
}
