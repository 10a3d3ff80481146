/**
 * `kinject explain`: one row per workload (pod template), in input order — the decision, the
 * rule that made it, the revision that injects, warnings, and how a change reaches running
 * pods — as a table for people or JSON for tools.
 */
import type { Result } from './result.js';

/** One workload's row (`explain -o json` prints an array of these). */
export interface ExplainRow {
  file: string;
  line: number | null;
  kind: string;
  namespace: string;
  name: string;
  inject: boolean;
  /** The revision whose injector injects (`default` for the default revision); null when nothing injects. */
  revision: string | null;
  rule: string;
  reason: string;
  warnings: string[];
  /** How the change reaches running pods; null when the pod template does not change. */
  rollout: { code: string; text: string } | null;
}

/** The rows for a run's results; workloads without a namespace are in `defaultNamespace`. */
export function explainRows(results: readonly Result[], defaultNamespace: string): ExplainRow[] {
  return results.flatMap((r): ExplainRow[] => {
    const isWorkload = r.code === 'INJECTED' || r.code === 'SKIPPED' || r.code === 'UNINJECTED';
    if (!isWorkload || r.workload === undefined) return [];
    const w = r.workload;
    return [
      {
        file: r.file.path,
        line: r.pos?.line ?? null,
        kind: r.resourceRef.kind ?? '',
        namespace: r.resourceRef.namespace ?? (defaultNamespace || 'default'),
        name: r.resourceRef.name ?? '',
        inject: r.code === 'INJECTED',
        revision: w.revision === null ? null : w.revision === '' ? 'default' : w.revision,
        rule: w.rule,
        reason: r.message,
        warnings: w.warnings,
        rollout: w.rollout ?? null,
      },
    ];
  });
}

/** `-o json`: the rows as a JSON array. */
export function renderExplainJson(rows: readonly ExplainRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** ANSI colours, or none. */
interface Paint {
  yes: (s: string) => string;
  no: (s: string) => string;
  warn: (s: string) => string;
  dim: (s: string) => string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const PAINT: Paint = { yes: ansi(32), no: ansi(31), warn: ansi(33), dim: ansi(2) };
const PLAIN: Paint = { yes: (s) => s, no: (s) => s, warn: (s) => s, dim: (s) => s };

/** The table: aligned columns, then each row's warnings and rollout indented beneath it. */
export function renderExplainTable(rows: readonly ExplainRow[], color: boolean): string {
  const paint = color ? PAINT : PLAIN;
  const header = ['WHERE', 'WORKLOAD', 'INJECT', 'REVISION', 'RULE', 'REASON'];
  const cells = rows.map((r) => [
    `${r.file}:${r.line ?? '?'}`,
    `${r.kind} ${r.namespace}/${r.name}`,
    r.inject ? 'yes' : 'no',
    r.revision ?? '-',
    r.rule,
    r.reason,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[], paintInject = (s: string) => s): string =>
    c
      .map((text, i) => {
        const padded = i === c.length - 1 ? text : text.padEnd(widths[i] ?? 0);
        return i === 2 ? paintInject(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  const out = [line(header, paint.dim)];
  rows.forEach((r, i) => {
    out.push(line(cells[i] ?? [], r.inject ? paint.yes : paint.no));
    for (const w of r.warnings) out.push(`  ${paint.warn('warning:')} ${w}`);
    if (r.rollout !== null) out.push(`  ${paint.dim('running pods:')} ${r.rollout.text}`);
  });
  return `${out.join('\n')}\n`;
}
