/**
 * Integration with a real Kubernetes client: kustomize (inside kubectl) reads kinject's
 * output with Go's YAML library. Every document must read back exactly as kinject meant it
 * (types included: quoted "on" stays a string, ports stay numbers). Skipped without kubectl.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { fixture, kinject } from './support.js';
import { scratch } from '../support/scratch.js';

const EXAMPLES = fixture('..', '..', '..', 'examples');
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;

type Doc = { kind: string; metadata: { name: string } };
const docs = (yaml: string): Doc[] =>
  parseAllDocuments(yaml, { version: '1.1' }).map((d) => d.toJS() as Doc);
const byName = (list: Doc[]): Map<string, Doc> =>
  new Map(list.map((d) => [`${d.kind}/${d.metadata.name}`, d]));

/** `kubectl kustomize` over a folder holding `text` as its one resource. */
function kustomize(text: string, name: string): string {
  const dir = scratch('kz');
  writeFileSync(path.join(dir, name), text);
  writeFileSync(path.join(dir, 'kustomization.yaml'), `resources:\n- ${name}\n`);
  return execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
}

t.test(
  'kustomize reads kinject output as kinject meant it',
  { skip: hasKubectl ? false : 'kubectl not installed' },
  async (t) => {
    for (const input of [
      path.join(EXAMPLES, 'bookstore.yaml'),
      fixture('app.yaml'),
      fixture('pod.json'),
    ]) {
      const run = await kinject(['-f', input]);
      t.equal(run.status, 0, run.stderr);
      const ours = docs(run.stdout);
      const theirs = byName(
        docs(kustomize(run.stdout, input.endsWith('.json') ? 'out.json' : 'out.yaml')),
      );
      t.equal(theirs.size, ours.length, `${path.basename(input)}: every document`);
      for (const doc of ours)
        t.strictSame(
          theirs.get(`${doc.kind}/${doc.metadata.name}`),
          doc,
          `${path.basename(input)}: ${doc.kind}/${doc.metadata.name}`,
        );
    }
  },
);

t.test(
  'kustomize output piped into kinject',
  { skip: hasKubectl ? false : 'kubectl not installed' },
  async (t) => {
    const rendered = execFileSync('kubectl', ['kustomize', fixture('kustomize')], {
      encoding: 'utf8',
    });
    const run = await kinject([], { stdin: rendered });
    t.equal(run.status, 0, run.stderr);
    t.match(run.stderr, /Deployment shop\/web: injected/);
  },
);
