/**
 * Reading `node --cpu-prof` output: self time per function (name and file), the few that
 * dominate, as table rows for bench/RESULTS.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The parts of a .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function over every profile in `dir`, the `top` largest as table rows. */
export function summarizeProfile(dir: string, top: number): string[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile'))) {
    const prof = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CpuProfile;
    const label = new Map(
      prof.nodes.map((n) => {
        const { functionName, url, lineNumber } = n.callFrame;
        const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
        return [n.id, `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`];
      }),
    );
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

/** A profile URL shortened to the package-relative part (node_modules/…, dist/…). */
function shortUrl(url: string): string {
  const m = /(node_modules\/.*|dist\/.*)$/.exec(url);
  return m?.[1] ?? url.replace(/^file:\/\//, '');
}
