/**
 * kinject's exact output for our own inputs, with the embedded defaults (see golden.ts and
 * README.md here). To add a golden, add a row; `UPDATE_GOLDEN=1 npm test` writes its file.
 */
import t from 'tap';
import { checkGoldens, type Golden } from './golden.js';

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
];

await checkGoldens(t, GOLDENS);
