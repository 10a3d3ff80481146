/**
 * A billion-laughs alias bomb is refused as go-yaml refuses it ("document contains excessive
 * aliasing"), at the alias that breaks go-yaml's bound, quickly, on every way a manifest comes
 * in: a file, stdin, a List item, uninject, --diff, explain, a KRM ResourceList, a long stream.
 */
import t from 'tap';
import { assertRefused, type Files } from './harness.js';

/** Nine levels of nine aliases under `indent`: a few hundred bytes that would decode to 9^9 nodes. */
function bomb(indent: string): string {
  const lines = [`${indent}a0: &a0 [x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i < 9; i++)
    lines.push(
      `${indent}a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
${bomb('    ')}spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx
`;
const CONFIG_MAP = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${bomb('  ')}`;
const LIST = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  data:\n${bomb('    ')}`;
const RESOURCE_LIST = `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n${LIST.slice(LIST.indexOf('items:'))}`;
const STREAM = `${'---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'.repeat(3000)}---\n${CONFIG_MAP}`;

/**
 * Where the bound breaks: the fifth alias of a3. a0..a2 decode about a thousand nodes, nearly
 * all through aliases; each alias of a3 adds 910 more, and with the manifest's other fields
 * counted the share passes go-yaml's 99% at the fifth.
 */
function breakingAlias(text: string): { line: number; col: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes('a3: &a3'));
  const row = lines[index] ?? '';
  let col = -1;
  for (let n = 0; n < 5; n++) col = row.indexOf('*a2', col + 1);
  return { line: index + 1, col: col + 1 };
}

interface Case {
  files: Files;
  argv: string[];
  stdin?: string;
  text: string;
}

const CASES: Record<string, Case> = {
  'a Deployment’s annotations, -f': {
    files: { 'in.yaml': DEPLOYMENT },
    argv: ['-f', 'in.yaml'],
    text: DEPLOYMENT,
  },
  'a ConfigMap, which is not a workload, -f': {
    files: { 'in.yaml': CONFIG_MAP },
    argv: ['-f', 'in.yaml'],
    text: CONFIG_MAP,
  },
  'a Deployment on stdin': { files: {}, argv: [], stdin: DEPLOYMENT, text: DEPLOYMENT },
  'an item of a List': { files: { 'in.yaml': LIST }, argv: ['-f', 'in.yaml'], text: LIST },
  // On stdin: the harness's --in-place rerun takes neither uninject nor --diff.
  'uninject, on stdin': { files: {}, argv: ['uninject'], stdin: DEPLOYMENT, text: DEPLOYMENT },
  '--diff, on stdin': { files: {}, argv: ['--diff'], stdin: DEPLOYMENT, text: DEPLOYMENT },
  explain: {
    files: { 'in.yaml': DEPLOYMENT },
    argv: ['explain', '-f', 'in.yaml'],
    text: DEPLOYMENT,
  },
  'a KRM ResourceList on stdin': { files: {}, argv: [], stdin: RESOURCE_LIST, text: RESOURCE_LIST },
  'the last document of a long stream on stdin': {
    files: {},
    argv: [],
    stdin: STREAM,
    text: STREAM,
  },
};

for (const [name, c] of Object.entries(CASES)) {
  t.test(name, async (t) => {
    const started = performance.now();
    await assertRefused(
      t,
      c.files,
      c.argv,
      {
        file: c.stdin === undefined ? 'in.yaml' : '<stdin>',
        ...breakingAlias(c.text),
        message: /document contains excessive aliasing/,
      },
      c.stdin,
    );
    // Counted on the syntax tree, never expanded: each run takes a moment, not the expansion's time.
    t.ok(performance.now() - started < 15_000, 'quickly');
  });
}
