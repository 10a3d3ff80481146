/**
 * uninject(inject(x)) = x for every input of the conformance corpus (cluster track, each
 * case's configuration, given to uninject too), compared with the corpus's own comparer,
 * probe ports as the kubelet resolves them (see withResolvedProbePorts); an input that was
 * injected already compares with its own uninjection. A document injection rewrote is
 * written back through its Go type as kube-inject does (zero-valued `status`, `{}` marks):
 * x is compared as that write-back leaves it, which uninject cannot know it did not write,
 * less the marks uninject takes away (lib/uninject/write-back-marks.ts).
 * Skips when the corpus is absent.
 */
import { isJsonMap, type JsonMap } from '../../lib/go/json-map.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import t from 'tap';
import { parseAllDocuments, stringify } from 'yaml';
import { writeBack } from '../../lib/inject/write-back.js';
import { deepEqual } from '../../lib/yaml/match.js';
import { dropWriteBackMarks } from '../../lib/uninject/write-back-marks.js';
import { loadComparer } from '../conformance/check.js';
import { caseArgs, loadCorpus, skipReason } from '../conformance/corpus.js';
import { inProcessCli } from '../conformance/in-process.js';
import { corpusTest } from '../support/corpus.js';
import { scratch } from '../support/scratch.js';

/** The documents of `x` that injection changed, as its Go write-back leaves them apart from the injection. */
function asWrittenBack(x: string, injected: string): string {
  const before = parseAllDocuments(x).map((d) => d.toJS() as unknown);
  const after = parseAllDocuments(injected).map((d) => d.toJS() as unknown);
  return before
    .map((doc, i) =>
      stringify(
        deepEqual(doc, after[i])
          ? doc
          : dropWriteBackMarks(writeBack(doc as JsonMap, doc as JsonMap)),
      ),
    )
    .join('---\n');
}

/** The handlers of a container that may name one of its ports (probes and lifecycle hooks). */
const HANDLERS = ['readinessProbe', 'livenessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;

/**
 * A document with every probe or hook port that names a port of its container replaced by
 * that port's number, as the kubelet resolves it. Injection records a probe's port as the
 * number (Istio's ISTIO_KUBE_APP_PROBERS), so `port: http` and `port: 80` of the same
 * container port come back alike: the same probe, compared as such. A name no container
 * port has, or a different number, still differs.
 */
function withResolvedProbePorts(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withResolvedProbePorts);
  if (typeof v !== 'object' || v === null) return v;
  const obj: JsonMap = Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, withResolvedProbePorts(x)]),
  );
  for (const list of ['containers', 'initContainers']) {
    const cs = obj[list];
    if (Array.isArray(cs)) obj[list] = cs.map(resolveContainerPorts);
  }
  return obj;
}

/** One container with its handlers' named ports resolved. */
function resolveContainerPorts(c: unknown): unknown {
  if (!isJsonMap(c)) return c;
  const ports = new Map(
    (Array.isArray(c.ports) ? c.ports.filter(isJsonMap) : [])
      .filter((p) => typeof p.name === 'string')
      .map((p) => [p.name as string, p.containerPort]),
  );
  const resolve = (handler: unknown): unknown => {
    if (!isJsonMap(handler)) return handler;
    const out: JsonMap = { ...handler };
    for (const action of ['httpGet', 'tcpSocket']) {
      const a = out[action];
      if (isJsonMap(a) && typeof a.port === 'string' && ports.has(a.port))
        out[action] = { ...a, port: ports.get(a.port) };
    }
    return out;
  };
  const out: JsonMap = { ...c };
  for (const h of HANDLERS) if (h in out) out[h] = resolve(out[h]);
  if (isJsonMap(out.lifecycle)) {
    const lifecycle: JsonMap = { ...out.lifecycle };
    for (const h of HOOKS) if (h in lifecycle) lifecycle[h] = resolve(lifecycle[h]);
    out.lifecycle = lifecycle;
  }
  return out;
}

/**
 * YAML text without empty mappings (Go's write-back leaves `metadata: {}` marks where none
 * were), probe ports compared as the kubelet resolves them.
 */
function comparable(text: string): string {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v).map(([k, x]) => [k, prune(x)] as const);
    return Object.fromEntries(
      entries.filter(
        ([, x]) =>
          !(
            typeof x === 'object' &&
            x !== null &&
            !Array.isArray(x) &&
            Object.keys(x).length === 0
          ),
      ),
    );
  };
  return parseAllDocuments(text)
    .map((d) => stringify(withResolvedProbePorts(prune(d.toJS()))))
    .join('---\n');
}

await corpusTest(t, 'uninject(inject(x)) = x for the corpus inputs', async (t, corpus) => {
  const comparer = await loadComparer(corpus);
  const cases = (await loadCorpus(corpus)).filter(
    (c) => !('error' in c.expected) && skipReason(c) === undefined,
  );
  const work = scratch('uninject');
  for (const c of cases) {
    const input = await readFile(path.join(c.dir, 'input.yaml'), 'utf8');
    const args = await caseArgs(corpus, c, 'cluster', path.join(work, c.name));
    const injected = await inProcessCli([...args, '-q'], input);
    t.equal(injected.status, 0, `${c.name}: injects`, { detail: injected.stderr });
    // Uninject with the configuration that injected: it runs the templates again to find
    // what they added (a custom template's own annotations too).
    const back = await inProcessCli(['uninject', '-q', ...args], injected.stdout);
    t.equal(back.status, 0, `${c.name}: uninjects`, { detail: back.stderr });
    const originals = input.includes('sidecar.istio.io/status')
      ? [(await inProcessCli(['uninject', '-q', ...args], input)).stdout]
      : [input, asWrittenBack(input, injected.stdout)];
    const results = originals.map((x) =>
      comparer.compareYamlText(comparable(x), comparable(back.stdout)),
    );
    t.ok(
      results.some((r) => r.equal),
      `${c.name}: uninject(inject(x)) = x`,
      { diff: comparer.formatDifferences(results[results.length - 1], { max: 5 }) },
    );
  }
});
