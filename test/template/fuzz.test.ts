/**
 * Differential fuzzing of the template engine against Go: random templates and data from a
 * fixed seed, rendered by the Go oracle (text/template + sprig) and by kinject; outputs must
 * be identical, error texts too (save for the named allow-list, support/compare.ts's
 * KNOWN_DIFFERENCES), and parse trees must print back alike. Generated templates avoid what differs between Go versions or machines (integer
 * ranges, int64 overflow, random map order), so every divergence is kinject's.
 *
 * Needs Go and sprig (CI installs them); skipped with a message otherwise.
 * - `KINJECT_FUZZ_SEED=n`: first seed (case i uses seed n+i), default 20261122.
 * - `KINJECT_FUZZ_COUNT=n`: number of cases, default 300.
 */
import t from 'tap';
import type { CaseInput } from './support/case-files.js';
import { compareOutcomes, type Divergence } from './support/compare.js';
import { buildOracle, explainMissingGo } from './support/go-oracle.js';
import { IsolatedRenderer } from './support/isolated-renderer.js';
import { generateFuzzCase } from './fuzz/cases.js';

const FIRST_SEED = Number(process.env.KINJECT_FUZZ_SEED ?? 20261122);
const COUNT = Number(process.env.KINJECT_FUZZ_COUNT ?? 300);

/** A case on which the engines disagree. */
interface Finding {
  seed: number;
  c: CaseInput;
  divergence: Divergence;
}

/** Everything needed to see the case again, in Go and in kinject (printed as YAML by tap). */
function describeFinding({ seed, c, divergence }: Finding): Record<string, unknown> {
  return {
    rerun: `KINJECT_FUZZ_SEED=${seed} KINJECT_FUZZ_COUNT=1`,
    kind: divergence.kind,
    template: c.template,
    data: JSON.stringify(c.data),
    funcs: c.funcs,
    ...(c.option ? { option: c.option } : {}),
    detail: divergence.detail,
    oracleInput: JSON.stringify(c),
  };
}

/** Render every case with both engines and keep the disagreements. */
async function findDivergences(
  seeds: readonly number[],
): Promise<{ findings: Finding[]; compared: number }> {
  const cases = seeds.map(generateFuzzCase);
  const oracle = buildOracle();
  const renderer = new IsolatedRenderer();
  try {
    const results = oracle.run(cases);
    const findings: Finding[] = [];
    let compared = 0;
    for (const [i, c] of cases.entries()) {
      // JSON cannot carry invalid UTF-8 from Go faithfully, so such outputs are not comparable.
      if (results[i].invalidUTF8) continue;
      compared++;
      const divergence = compareOutcomes(results[i], await renderer.render(c));
      if (divergence) findings.push({ seed: seeds[i], c, divergence });
    }
    return { findings, compared };
  } finally {
    oracle.dispose();
    await renderer.close();
  }
}

const missing = explainMissingGo();
t.test(
  'kinject renders random templates as Go does',
  { skip: missing ? `Go oracle unavailable: ${missing}` : false },
  async (t) => {
    const seeds = Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i);
    const { findings, compared } = await findDivergences(seeds);
    const kinds = new Map<string, number>();
    for (const f of findings) kinds.set(f.divergence.kind, (kinds.get(f.divergence.kind) ?? 0) + 1);
    t.comment(
      `${compared} of ${COUNT} cases compared, ${findings.length} diverge${[...kinds].map(([k, n]) => `; ${k}: ${n}`).join('')}`,
    );
    // The shortest failing template is the easiest to reproduce and usually the root cause.
    const shortest = [...findings].sort((a, b) => a.c.template.length - b.c.template.length)[0];
    if (shortest) {
      const more = findings
        .filter((f) => f !== shortest)
        .slice(0, 10)
        .map((f) => `seed ${f.seed}: ${f.divergence.kind}`);
      t.fail(`${findings.length} of ${compared} fuzz cases diverge from Go`, {
        diagnostic: true,
        shortest: describeFinding(shortest),
        more,
      });
    } else t.pass(`${compared} random templates render as in Go`);
  },
);
