/**
 * Golden files: kinject's exact output for inputs of our own, compared byte for byte. Each
 * {@link Golden} runs the real CLI entry (`main`, in-process, with the embedded defaults) as
 * `kinject ARGS -f INPUT` in test/golden/ and compares what it printed with a committed file.
 * `UPDATE_GOLDEN=1 npm test` (re)writes the files instead; they are reviewed in the diff
 * like code. See test/golden/README.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Test } from 'tap';
import { kinject } from '../cli/support.js';
import { REPO_ROOT } from '../support/corpus.js';

/** The folder of inputs and goldens (the source tree, not dist/: goldens are committed). */
export const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden');

/** `UPDATE_GOLDEN=1`: write what kinject printed instead of comparing. */
export const UPDATING = process.env['UPDATE_GOLDEN'] === '1';

/** One golden file: which input, which arguments, where the expected text lives. */
export interface Golden {
  /** The input, a file in test/golden/ (it may itself be a golden, e.g. for uninject). */
  input: string;
  /** kinject's arguments, placed before `-f INPUT` (e.g. `['--diff']`, `['explain']`). */
  args: readonly string[];
  /** The golden's name is the input's name without its extension, then this: `.injected.yaml`. */
  suffix: string;
  /** The exit status the run must end with (default 0). */
  status?: number;
  /** The stream the golden holds (default stdout). */
  stream?: 'stdout' | 'stderr';
  /**
   * kinject's output is known to be wrong here: the golden holds the right text (the wrong
   * lines corrected by hand) and the comparison runs as a tap TODO, reported but not
   * failing; once the output matches, the row fails until this is removed. Say what is
   * wrong and who owns the fix. `UPDATE_GOLDEN=1` leaves such a golden alone.
   */
  todo?: string;
}

/** The golden file's name for a row: `deployment.yaml` + `.injected.yaml` → `deployment.injected.yaml`. */
export function goldenName(g: Golden): string {
  return path.basename(g.input, path.extname(g.input)) + g.suffix;
}

/** The command line a row runs, for messages. */
function commandOf(g: Golden): string {
  return ['kinject', ...g.args, '-f', g.input].join(' ');
}

/** Run one row and compare (or, when updating, write) its golden. */
async function checkGolden(t: Test, g: Golden): Promise<void> {
  const run = await kinject([...g.args, '-f', g.input], { cwd: GOLDEN_DIR });
  const actual = run[g.stream ?? 'stdout'];
  const file = path.join(GOLDEN_DIR, goldenName(g));
  t.equal(run.status, g.status ?? 0, 'exit status', { stderr: run.stderr });
  if (UPDATING && g.todo !== undefined) {
    t.pass(`kept ${goldenName(g)}: a TODO row's golden is corrected by hand`);
    return;
  }
  if (UPDATING) {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (before !== actual) writeFileSync(file, actual);
    t.pass(before === actual ? 'unchanged' : `wrote ${goldenName(g)}: review it in the diff`);
    return;
  }
  if (!existsSync(file)) {
    t.fail(`${goldenName(g)} is missing: UPDATE_GOLDEN=1 npm test writes it`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (g.todo === undefined)
    t.equal(actual, expected, 'byte for byte (UPDATE_GOLDEN=1 npm test updates)');
  else if (actual === expected) t.fail(`now matches its golden: remove the row's todo`);
  else t.equal(actual, expected, 'byte for byte', { todo: g.todo });
}

/**
 * Every row as a subtest named by its command line, then the folder check: each file in
 * test/golden/ is an input or a golden of some row (besides README.md, the test sources and
 * dotfiles), so a renamed input or a dropped row cannot leave a stale golden behind.
 */
export async function checkGoldens(t: Test, goldens: readonly Golden[]): Promise<void> {
  for (const g of goldens)
    await t.test(`${commandOf(g)} → ${goldenName(g)}`, (t) => checkGolden(t, g));
  const claimed = new Set(goldens.flatMap((g) => [g.input, goldenName(g)]));
  const stray = readdirSync(GOLDEN_DIR).filter(
    (f) => !f.startsWith('.') && f !== 'README.md' && !f.endsWith('.ts') && !claimed.has(f),
  );
  t.same(stray, [], 'every file in test/golden/ is an input or a golden of the table');
}
