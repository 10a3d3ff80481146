/**
 * kinject's exact output for our own inputs, with the embedded defaults (see golden.ts and
 * README.md here). To add a golden, add a row; `UPDATE_GOLDEN=1 npm test` writes its file.
 */
import t from 'tap';
import { checkGoldens, type Golden } from './golden.js';

/** Every golden: `kinject ARGS -f INPUT` must print exactly the file INPUT-stem + SUFFIX. */
const GOLDENS: readonly Golden[] = [
  // Injection with the embedded defaults: X.yaml → X.injected.yaml.
  {
    input: 'deployment.yaml',
    args: [],
    suffix: '.injected.yaml',
    todo: 'fidelity: an env var\'s `value: ""` is dropped (Go\'s omitempty), a needless rewrite',
  },
  {
    input: 'statefulset.yaml',
    args: [],
    suffix: '.injected.yaml',
    todo: "fidelity: Go's serializer marks `updateStrategy: {}` and a zero `status` are added",
  },
  { input: 'cronjob.yaml', args: [], suffix: '.injected.yaml' },
  { input: 'pod.yaml', args: [], suffix: '.injected.yaml' },
  {
    input: 'list.yaml',
    args: [],
    suffix: '.injected.yaml',
    todo: 'fidelity: `metadata.resourceVersion: ""` of the List is dropped; the skipped (host network) DaemonSet gains `updateStrategy: {}` and a zero `status`',
  },
  { input: 'helm-stream.yaml', args: [], suffix: '.injected.yaml' },
  { input: 'deployment.json', args: [], suffix: '.injected.json' },
];

await checkGoldens(t, GOLDENS);
