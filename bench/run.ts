/**
 * `npm run bench`: how fast kinject is where users feel it, against the YAML floor
 * (`../shared/perf/floor.mjs`: the same stream read, every document parsed with `yaml`,
 * touched and written back, with no injection). Measured in one run:
 * - throughput on generated streams of 1k, 10k and 50k workloads (bench/generate.ts):
 *   MB/s in, workloads/s, peak RSS; kinject's time as a multiple of the floor's; and on 2k
 *   workloads as one `kind: List` (`--lists=`), which must stay linear though it cannot stream;
 * - memory: peak RSS at 20k workloads against 2k (target: at most 1.25×);
 * - start-up: one small Deployment end to end against `node -e 0` (target: at most 1.5×);
 * - template: executing the sidecar template for one pod (target: 0.5 ms), bench/template.ts;
 * - profile: where a 1k run's CPU time goes (`node --cpu-prof`), by function (`--no-profile`
 *   leaves it out).
 * Figures go to stdout as a table and into bench/RESULTS.md with the machine and the date.
 *
 * `npm run bench -- --sizes=1000,10000 --memory=1000,10000 --no-write`: other sizes (a
 * memory size that is also a throughput size reuses that run), or leave RESULTS.md alone. Every process is timed by wall clock and by CPU time (user +
 * system, read by the process itself, bench/rusage.ts): on a shared machine CPU time is
 * the steadier figure, so the ratios use it.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateList, generateStream } from './generate.js';
import { summarizeProfile } from './profile.js';
import { benchTemplates } from './template.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
};
const BIN = path.join(ROOT, PKG.bin['kinject'] ?? 'dist/cli/bin.js');
const FLOOR = path.join(ROOT, '..', 'shared', 'perf', 'floor.mjs');
const CORPUS = path.join(ROOT, '..', 'shared', 'conformance', 'istio');
const RUSAGE = pathToFileURL(path.join(ROOT, 'dist', 'bench', 'rusage.js')).href;
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');

/** One measured process. */
interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

const SMALL_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
  namespace: demo
spec:
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels: {app: hello}
    spec:
      containers:
      - name: hello
        image: example/hello:1.0
        ports:
        - containerPort: 8080
`;

function option(name: string, fallback: number[]): number[] {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg
    ? arg
        .slice(name.length + 3)
        .split(',')
        .map(Number)
    : fallback;
}

/** Run `node ARGS` with stdin from `input` (a file) and stdout discarded; its own rusage. */
async function measure(
  args: string[],
  input: string | undefined,
  tmp: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Measured> {
  const usageFile = path.join(tmp, 'rusage.json');
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', RUSAGE, ...args], {
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    env: { ...env, KINJECT_BENCH_RUSAGE: usageFile, KINJECT_MAIN: ROOT },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => void (stderr += d.toString()));
  if (input !== undefined && child.stdin) createReadStream(input).pipe(child.stdin);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - start;
  if (status !== 0) throw new Error(`node ${args.join(' ')} failed (${status}): ${stderr}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
  return { wallMs, cpuMs: u.cpuMs, maxRssMb: u.maxRssKb / 1024 };
}

/** Write the generated stream of `count` workloads to a file; its size in bytes. */
async function writeStream(
  count: number,
  file: string,
  generate: (count: number) => Iterable<string> = generateStream,
): Promise<number> {
  const out = createWriteStream(file);
  for (const part of generate(count))
    if (!out.write(part)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return statSync(file).size;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function medians(all: readonly Measured[]): Measured {
  return {
    wallMs: median(all.map((m) => m.wallMs)),
    cpuMs: median(all.map((m) => m.cpuMs)),
    maxRssMb: median(all.map((m) => m.maxRssMb)),
  };
}

/** Runs of each in the start-up measure (a pair takes ~0.4 s; single starts vary by ±10%). */
const STARTS = 15;

/**
 * Start-up: {@link STARTS} runs each of `node -e 0` and kinject on the small Deployment in `file`,
 * alternated (so that a change in the machine's load hits both alike), in `env`; medians.
 */
async function startUp(file: string, tmp: string, env: NodeJS.ProcessEnv) {
  const node0: Measured[] = [];
  const start: Measured[] = [];
  for (let i = 0; i < STARTS; i++) {
    node0.push(await measure(['-e', '0'], undefined, tmp, env));
    start.push(await measure([BIN, '-q', '-f', file], undefined, tmp, env));
  }
  return { node0: medians(node0), start: medians(start) };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(b) && b > 0 ? `${fmt(a / b, 2)}×` : '–');

async function main(): Promise<void> {
  const sizes = option('sizes', [1000, 10000, 50000]);
  const memorySizes = option('memory', [2000, 20000]);
  const lists = option('lists', [2000]);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kinject-bench-'));
  const hasFloor = existsSync(FLOOR);
  const lines: string[] = [];
  const say = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  try {
    // Start-up and the templates first, before the long streams. Measured after them (the
    // floor's 50k-workload run holds ~3.6 GB), one small Deployment took 199 ms against
    // node -e 0's 90 ms, and 146 ms against 83 ms in alternated runs minutes later: on the
    // virtual machine this ran on, the first touch of a memory page is what costs, and kinject
    // touches ~2,000 pages more than node -e 0. The measures took the streams' aftermath.
    const small1 = path.join(tmp, 'small.yaml');
    await writeFile(small1, SMALL_DEPLOYMENT);
    // NODE_EXTRA_CA_CERTS makes every node process parse its root certificates as it starts
    // (most of `node -e 0` where it is set), which hides how much of the start is kinject's:
    // then the runs are measured again without it.
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...plainEnv } = process.env;
    const envs: [string, NodeJS.ProcessEnv][] = [['', process.env]];
    if (extraCerts !== undefined) envs.push([' (without NODE_EXTRA_CA_CERTS)', plainEnv]);
    for (const [label, env] of envs) {
      const { node0, start } = await startUp(small1, tmp, env);
      say(
        `start-up${label}: one small Deployment ${fmt(start.wallMs)} ms wall / ${fmt(start.cpuMs)} ms CPU; node -e 0 ${fmt(node0.wallMs)} ms / ${fmt(node0.cpuMs)} ms: ${ratio(start.wallMs, node0.wallMs)} wall, ${ratio(start.cpuMs, node0.cpuMs)} CPU (target ≤ 1.5×), medians of ${STARTS} alternated`,
      );
    }

    for (const r of benchTemplates(ROOT, CORPUS)) {
      const verdict = r.executeMs <= 0.5 ? 'within' : 'OVER';
      say(
        `template: ${r.name}: parse ${fmt(r.parseMs, 1)} ms, execute ${fmt(r.executeMs, 3)} ms per pod (${verdict} the 0.5 ms target)`,
      );
    }

    say(
      '\n| Stream | MB | kinject s (CPU / wall) | MB/s | workloads/s | peak RSS MB | floor s (CPU / wall) | floor RSS MB | kinject / floor (CPU) |',
    );
    say('|---|---|---|---|---|---|---|---|---|');
    const rssAt = new Map<number, number>();
    // The streams, then the same objects as one List (a document that cannot stream).
    const runs: [string, number, typeof generateStream][] = [
      ...sizes.map((n): [string, number, typeof generateStream] => ['', n, generateStream]),
      ...lists.map((n): [string, number, typeof generateStream] => [
        ' in one List',
        n,
        generateList,
      ]),
    ];
    for (const [label, count, generate] of runs) {
      const file = path.join(tmp, `stream-${count}.yaml`);
      const bytes = await writeStream(count, file, generate);
      const k = await measure([BIN, '-q'], file, tmp);
      if (label === '') rssAt.set(count, k.maxRssMb);
      const f = hasFloor ? await measure([FLOOR], file, tmp) : undefined;
      const mb = bytes / 1e6;
      say(
        `| ${count} workloads${label} | ${fmt(mb, 1)} | ${fmt(k.cpuMs / 1000, 2)} / ${fmt(k.wallMs / 1000, 2)} | ${fmt(mb / (k.cpuMs / 1000), 2)} | ${fmt(count / (k.cpuMs / 1000))} | ${fmt(k.maxRssMb)} | ${f ? `${fmt(f.cpuMs / 1000, 2)} / ${fmt(f.wallMs / 1000, 2)}` : '–'} | ${fmt(f?.maxRssMb ?? NaN)} | ${ratio(k.cpuMs, f?.cpuMs ?? NaN)} |`,
      );
      rmSync(file, { force: true });
    }
    if (!hasFloor) say(`\n(no floor: ${FLOOR} is not beside the repo)`);

    const rss: number[] = [];
    for (const count of memorySizes) {
      const known = rssAt.get(count);
      if (known !== undefined) {
        rss.push(known);
        continue;
      }
      const file = path.join(tmp, `stream-${count}.yaml`);
      await writeStream(count, file);
      rss.push((await measure([BIN, '-q'], file, tmp)).maxRssMb);
      rmSync(file, { force: true });
    }
    const [small = NaN, big = NaN] = rss;
    const memRatio = big / small;
    say(
      `\nmemory: peak RSS ${fmt(small)} MB at ${memorySizes[0]} workloads, ${fmt(big)} MB at ${memorySizes[1]}: ${ratio(big, small)} (target ≤ 1.25×: ${memRatio <= 1.25 ? 'met' : 'NOT met'})`,
    );

    if (!process.argv.includes('--no-profile')) {
      const file = path.join(tmp, 'stream-profile.yaml');
      await writeStream(1000, file);
      const dir = path.join(tmp, 'prof');
      const r = spawnSync(
        process.execPath,
        ['--cpu-prof', '--cpu-prof-dir', dir, BIN, '-q', '-f', file],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (r.status !== 0) throw new Error('profiled run failed');
      say('\nprofile of a 1k-workload run (`node --cpu-prof`), self time by function:\n');
      for (const line of summarizeProfile(dir, 15)) say(line);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!process.argv.includes('--no-write')) await record(lines.join('\n'));
}

/** Put the figures, with machine and date, between the markers of bench/RESULTS.md (the notes around them stay). */
async function record(figures: string): Promise<void> {
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${os
    .loadavg()
    .map((l) => fmt(l, 1))
    .join(' ')}`;
  const block = `<!-- bench:begin -->\nMeasured ${new Date().toISOString()} on ${machine}.\n\n${figures}\n<!-- bench:end -->`;
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\n';
  const next = /<!-- bench:begin -->[\s\S]*<!-- bench:end -->/.test(old)
    ? old.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, () => block)
    : `${old.trimEnd()}\n\n${block}\n`;
  await writeFile(RESULTS, next);
  console.log(`\nrecorded in ${path.relative(process.cwd(), RESULTS)}`);
}

await main();
