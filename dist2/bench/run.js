/**
 * `npm run bench`: how fast kinject is where users feel it.
 * - startup: the built CLI injecting one small Deployment, end to end (process start
 *   included), median of several runs;
 * - throughput: the library injecting a stream of many Deployments in-process;
 * - template: executing the sidecar template for one pod (target: 0.5 ms), bench/template.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInjectionConfig, injectStream, loadEmbeddedDefaults, prepareInjector, } from '../lib/index.js';
import { benchTemplates } from './template.js';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');
const TEMPLATES = path.join(ROOT, 'templates');
const deployment = (i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: bench
spec:
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}, version: v1}
    spec:
      containers:
      - name: app
        image: example/app:${i}
        ports:
        - containerPort: 8080
        readinessProbe:
          httpGet: {path: /ready, port: 8080}
`;
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? NaN;
}
function benchStartup(runs) {
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const r = spawnSync(process.execPath, [BIN, '-q'], { input: deployment(0), encoding: 'utf8' });
        if (r.status !== 0)
            throw new Error(`kinject failed: ${r.stderr}`);
        times.push(performance.now() - start);
    }
    return median(times);
}
function benchThroughput(count) {
    const read = (name) => ({
        text: readFileSync(path.join(TEMPLATES, name), 'utf8'),
        file: name,
    });
    const injector = prepareInjector(buildInjectionConfig({}, loadEmbeddedDefaults(read)));
    const text = Array.from({ length: count }, (_, i) => deployment(i)).join('---\n');
    const start = performance.now();
    const { errors } = injectStream(text, 'bench.yaml', injector);
    const ms = performance.now() - start;
    if (errors.length > 0)
        throw new Error(errors[0]?.message);
    return { ms, perDoc: ms / count, bytes: text.length };
}
const startup = benchStartup(7);
console.log(`startup: one Deployment through the CLI, median of 7: ${startup.toFixed(0)} ms`);
const t = benchThroughput(300);
console.log(`throughput: 300 Deployments (${(t.bytes / 1024).toFixed(0)} KiB) in-process: ${t.ms.toFixed(0)} ms, ${t.perDoc.toFixed(2)} ms per workload`);
for (const r of benchTemplates(ROOT, path.join(ROOT, '..', 'shared', 'conformance', 'istio'))) {
    const verdict = r.executeMs <= 0.5 ? 'within' : 'OVER';
    console.log(`template: ${r.name}: parse ${r.parseMs.toFixed(1)} ms, execute ${r.executeMs.toFixed(3)} ms per pod (${verdict} the 0.5 ms target)`);
}
//# sourceMappingURL=run.js.map