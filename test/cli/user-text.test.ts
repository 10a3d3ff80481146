/**
 * No needless rewrites: on real-world-shaped manifests (a Helm `# Source:` stream, a
 * kustomize build, hand-written flow maps, quoted and unquoted scalars, comments, Lists,
 * quantities such as `cpu: 1000m`, `limits: null`, empty lists), injection changes no line
 * of the input except those Istio's injection itself rewrites: app probes (handed to the
 * agent) and prometheus.io annotations (merged). Everything else comes out byte for byte.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';
import { fixture, kinject } from './support.js';

const DIR = fixture('real-world');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

/** 1-based input lines that Istio's injection rewrites: probes and prometheus.io annotations. */
function linesInjectionRewrites(text: string): Set<number> {
  const counter = new LineCounter();
  const lines = new Set<number>();
  for (const doc of parseAllDocuments(text, { lineCounter: counter })) {
    visit(doc, {
      Pair(_, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!/^(readiness|liveness|startup)Probe$/.test(key) && !key.startsWith('prometheus.io/'))
          return;
        const start = (pair.key as { range?: number[] }).range?.[0] ?? 0;
        const end = (pair.value as { range?: number[] } | null)?.range?.[1] ?? start;
        const last = counter.linePos(Math.max(start, end - 1)).line;
        for (let l = counter.linePos(start).line; l <= last; l++) lines.add(l);
      },
    });
  }
  return lines;
}

/** The input line numbers a unified diff removes or replaces. */
function removedLines(patch: string): number[] {
  const removed: number[] = [];
  let line = 0;
  for (const row of patch.split('\n')) {
    const hunk = /^@@ -(\d+)/.exec(row);
    if (hunk) line = Number(hunk[1]);
    else if (row.startsWith('---') || row.startsWith('+++')) continue;
    else if (row.startsWith('-')) removed.push(line++);
    else if (row.startsWith(' ')) line++;
  }
  return removed;
}

for (const file of FILES) {
  t.test(file, async (t) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const run = await kinject(['--diff', '-q', '-f', path.join(DIR, file)]);
    t.equal(run.status, 1, 'something is injected', { stderr: run.stderr });
    const allowed = linesInjectionRewrites(text);
    const needless = removedLines(run.stdout).filter((l) => !allowed.has(l));
    t.strictSame(
      needless.map((l) => `${l}: ${text.split('\n')[l - 1] ?? ''}`),
      [],
      'no line outside probes and prometheus annotations changes',
    );
  });
}

t.test('the quantities, nulls and empty lists the user wrote are kept', async (t) => {
  const run = await kinject(['-q', '-f', path.join(DIR, 'helm-stream.yaml')]);
  for (const line of [
    'cpu: 1000m',
    'memory: 0.5Gi',
    'limits: null',
    'sizeLimit: 1024Mi',
    'tolerations: []',
  ])
    t.ok(run.stdout.includes(line), line);
});

// The shared checker (../shared/tools/needless-rewrites.mjs), when it is there, agrees.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TOOL = path.join(ROOT, '..', 'shared', 'tools', 'needless-rewrites.mjs');
t.test(
  'the shared needless-rewrites checker',
  { skip: !existsSync(TOOL) && 'no ../shared' },
  async (t) => {
    // It counts a List as a non-workload that must not change, so the file with a List stays out.
    const files = FILES.filter((f) => f !== 'flow-and-quotes.yaml').map((f) => path.join(DIR, f));
    const r = spawnSync(
      process.execPath,
      [TOOL, path.join(ROOT, 'dist', 'cli', 'bin.js'), ...files],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    t.equal(r.status, 0, 'nothing needless', { output: r.stdout });
  },
);

t.test('a pod template shared through an alias: only the aliases are written out', async (t) => {
  const file = fixture('anchors-shared.yaml');
  const text = readFileSync(file, 'utf8');
  const diff = await kinject(['--diff', '-q', '-f', file]);
  t.equal(diff.status, 1);
  // Each workload's injected template differs (its name is in the proxy's env), and the
  // template's labels grow: those two aliases cannot stay; no other line changes.
  t.strictSame(
    removedLines(diff.stdout).map((l) => text.split('\n')[l - 1]?.trim()),
    ['labels: *labels', 'template: *tpl'],
  );
  const run = await kinject(['-q', '-f', file]);
  t.match(run.stdout, /template: &tpl\n/, 'the anchor stays');
  // As kube-inject would write it: the same as for the input with its aliases expanded.
  const expanded = JSON.stringify(parseAllDocuments(text)[0]?.toJS());
  const plain = await kinject(['-q', '-f', '-'], { stdin: expanded });
  t.same(parseAllDocuments(run.stdout)[0]?.toJS(), JSON.parse(plain.stdout));
});
