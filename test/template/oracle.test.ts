/**
 * The recorded corpus (`test/template/cases/*.json`) through kinject's template engine: every
 * case must render byte-for-byte what Go's text/template (+ sprig) rendered, or fail where Go
 * failed with Go's exact error text, save for the named allow-list (support/compare.ts's
 * KNOWN_DIFFERENCES, each with its reason).
 *
 * Go is not needed: the expected results were recorded by `scripts/record-template-cases.sh`.
 * Environment knobs for engine work:
 * - `KINJECT_CASE=regex`: only cases whose name matches.
 */
import t from 'tap';
import { basename } from 'node:path';
import {
  applyDefaults,
  listCaseFiles,
  readCaseFile,
  type RecordedCase,
} from './support/case-files.js';
import { compareOutcomes, knownDifference, type Divergence } from './support/compare.js';
import { IsolatedRenderer } from './support/isolated-renderer.js';

/** One case's verdict. */
interface Verdict {
  c: RecordedCase;
  /** Why it is not run, if it is not. */
  skip?: string;
  divergence?: Divergence;
  /** The allow-list entry that accepted different error texts, if one did. */
  allowed?: string;
}

const only = process.env.KINJECT_CASE ? new RegExp(process.env.KINJECT_CASE) : undefined;

/** Run one case (or say why it cannot run). */
async function judgeCase(renderer: IsolatedRenderer, c: RecordedCase): Promise<Verdict> {
  if (c.output === undefined && c.error === undefined) {
    // Go 1.19 cannot run it and nobody could justify a hand-recorded result.
    if (c.oracle === 'none') return { c, skip: c.note ?? 'no oracle' };
    return {
      c,
      divergence: {
        kind: 'output differs',
        detail: 'no recorded result: run scripts/record-template-cases.sh',
      },
    };
  }
  const got = await renderer.render(c);
  const divergence = compareOutcomes(c, got);
  const allowed =
    divergence || c.error === undefined || got.error === undefined
      ? undefined
      : knownDifference(c.error, got.error)?.name;
  return { c, divergence, allowed };
}

/** Every case of every file, judged up front so a summary can lead the report. */
async function judgeAll(): Promise<{ name: string; verdicts: Verdict[] }[]> {
  const renderer = new IsolatedRenderer();
  try {
    const out = [];
    for (const path of listCaseFiles()) {
      const file = readCaseFile(path);
      const verdicts: Verdict[] = [];
      for (const c of file.cases)
        if (!only || only.test(c.name))
          verdicts.push(await judgeCase(renderer, applyDefaults(file, c)));
      out.push({ name: basename(path, '.json'), verdicts });
    }
    return out;
  } finally {
    await renderer.close();
  }
}

const files = await judgeAll();

/** Failing cases counted by file and by kind of divergence: the shape of the remaining work. */
function summarize(): string {
  const byKind = new Map<string, number>();
  const lines = files.map(({ name, verdicts }) => {
    const failed = verdicts.filter((v) => v.divergence);
    for (const v of failed)
      byKind.set(v.divergence!.kind, (byKind.get(v.divergence!.kind) ?? 0) + 1);
    return `${name}: ${failed.length} of ${verdicts.length} diverge`;
  });
  const kinds = [...byKind].map(([kind, n]) => `${kind}: ${n}`);
  const allowed = new Map<string, number>();
  for (const v of files.flatMap((f) => f.verdicts))
    if (v.allowed) allowed.set(v.allowed, (allowed.get(v.allowed) ?? 0) + 1);
  const note = `error texts accepted by the allow-list: ${[...allowed].map(([n, k]) => `${n} ${k}`).join(', ') || 'none'}`;
  return [
    'template corpus vs Go',
    ...lines,
    ...(kinds.length ? ['by kind:', ...kinds] : []),
    note,
  ].join('\n');
}

t.comment(summarize());

for (const { name, verdicts } of files) {
  t.test(name, async (t) => {
    for (const { c, skip, divergence } of verdicts) {
      if (skip !== undefined) t.pass(c.name, { skip });
      else if (divergence)
        t.fail(`${c.name}: ${divergence.kind}`, {
          diagnostic: true,
          template: c.template,
          detail: divergence.detail,
        });
      else t.pass(c.name);
    }
  });
}
