/**
 * Reading `node --cpu-prof` output: self time per function (name and file), the few that
 * dominate, as table rows for bench/RESULTS.md. Frames of the CLI's bundle, whose names are
 * minified, are named through the bundle's source map by the source they came from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapping } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

/** Self time by function over every profile in `dir`, the `top` largest as table rows. */
export function summarizeProfile(dir: string, top: number): string[] {
  const self = new Map<string, number>();
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) maps.set(url, sourceMapBeside(url));
    return maps.get(url);
  };
  let total = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile'))) {
    const prof = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CpuProfile;
    const label = new Map(prof.nodes.map((n) => [n.id, frameLabel(n.callFrame, mapOf)]));
    prof.samples.forEach((id, i) => {
      const us = prof.timeDeltas[i] ?? 0;
      total += us;
      const key = label.get(id) ?? '?';
      self.set(key, (self.get(key) ?? 0) + us);
    });
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    '| self ms | share | function |',
    '|---|---|---|',
    ...rows.map(
      ([fn, us]) =>
        `| ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)}% | \`${fn}\` |`,
    ),
  ];
}

/**
 * esbuild's minified names are one to three characters (the bundle has a few thousand
 * bindings); a longer name is the source's own (a method or property name is never renamed).
 */
const MINIFIED = /^[\w$]{1,3}$/;

/** `name file:line`: from the source map where the script has one, else as V8 gives them. */
function frameLabel(frame: CallFrame, mapOf: (url: string) => SourceMap | undefined): string {
  const { functionName, url, lineNumber, columnNumber } = frame;
  // Node 20 gives the mapping's name too (@types/node 20 does not declare it); {} for no mapping.
  const entry = (url ? mapOf(url)?.findEntry(lineNumber, columnNumber) : undefined) as
    (SourceMapping & { name?: string }) | Record<string, never> | undefined;
  if (entry?.originalSource !== undefined) {
    // The source as the map names it, relative to the bundle's folder (../../lib/…).
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    const fn = MINIFIED.test(functionName) && entry.name ? entry.name : functionName;
    return `${fn || '(anonymous)'} ${source}:${entry.originalLine + 1}`;
  }
  const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

/** The source map written beside a script (`FILE.map`), if the script is a file with one. */
function sourceMapBeside(url: string): SourceMap | undefined {
  if (!url.startsWith('file:')) return undefined;
  const file = `${fileURLToPath(url)}.map`;
  if (!existsSync(file)) return undefined;
  return new SourceMap(
    JSON.parse(readFileSync(file, 'utf8')) as ConstructorParameters<typeof SourceMap>[0],
  );
}

/** A profile URL shortened to the package-relative part (node_modules/…, dist/…). */
function shortUrl(url: string): string {
  const m = /(node_modules\/.*|dist\/.*)$/.exec(url);
  return m?.[1] ?? url.replace(/^file:\/\//, '');
}
