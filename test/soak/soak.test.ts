/**
 * Soak: 100 runs over the conformance corpus's inputs with faults injected, after each of
 * which the `-o` target is either the old file or the whole new one, never a part:
 * - 88 in-process runs on inputs cut at a random byte or with a random byte changed (each
 *   either fails with exit 2 and leaves the target as it was, or writes a complete output);
 * - 12 real processes killed with SIGKILL while they write the target (when the temporary
 *   file appears, or after a random delay).
 * Skips when ../shared/conformance/istio is absent.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { kinject } from '../cli/support.js';
import { createRandom } from '../support/random.js';

const CORPUS = fileURLToPath(
  new URL('../../../../shared/conformance/istio/cases/', import.meta.url),
);
const BIN = fileURLToPath(new URL('../../cli/bin.js', import.meta.url));

if (!existsSync(CORPUS)) {
  t.plan(0, `conformance corpus not found at ${CORPUS}`);
} else {
  const inputs = readdirSync(CORPUS)
    .map((c) => path.join(CORPUS, c, 'input.yaml'))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
  const { next: rand, pick } = createRandom(0x50a1);
  const dir = mkdtempSync(path.join(tmpdir(), 'kinject-soak-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const OLD = '# the previous output\n';

  t.test(
    '88 runs on damaged inputs: exit 2 and the target unchanged, or a whole output',
    async (t) => {
      let failed = 0;
      for (let run = 0; run < 88; run++) {
        const text = pick(inputs);
        const at = Math.floor(rand() * text.length);
        const damaged =
          run % 2 === 0
            ? text.slice(0, at)
            : text.slice(0, at) +
              pick(['\t', '"', ':', '{', '- ', '\u0000', '&x ', '*x']) +
              text.slice(at + 1);
        writeFileSync(path.join(dir, 'in.yaml'), damaged);
        writeFileSync(path.join(dir, 'out.yaml'), OLD);
        const result = await kinject(['-f', 'in.yaml', '-o', 'out.yaml'], { cwd: dir });
        const written = readFileSync(path.join(dir, 'out.yaml'), 'utf8');
        if (result.status === 2) {
          failed++;
          if (written !== OLD) t.fail(`run ${run}: a failed run changed the target`);
          if (!/^kinject: in\.yaml(:\d+:\d+)?: /m.test(result.stderr))
            t.fail(`run ${run}: unlocated error: ${result.stderr}`);
        } else {
          // A whole output: what a run on stdout prints.
          const stdout = await kinject(['-f', 'in.yaml'], { cwd: dir });
          if (result.status !== 0 || written !== stdout.stdout)
            t.fail(`run ${run}: partial or different output`);
        }
      }
      t.ok(failed > 0 && failed < 88, `both outcomes were exercised (${failed} of 88 refused)`);
    },
  );

  t.test(
    '12 processes killed while writing -o: the target is old or new, never a part',
    async (t) => {
      // The largest input, so that the write takes long enough to be interrupted.
      const text = inputs.reduce((a, b) => (b.length > a.length ? b : a));
      writeFileSync(path.join(dir, 'big.yaml'), text);
      const expected = (await kinject(['-f', 'big.yaml'], { cwd: dir })).stdout;
      t.not(expected, '', 'the input injects');
      const outcomes = { old: 0, new: 0 };
      for (let run = 0; run < 12; run++) {
        writeFileSync(path.join(dir, 'target.yaml'), OLD);
        const child = spawn(process.execPath, [BIN, '-f', 'big.yaml', '-o', 'target.yaml'], {
          cwd: dir,
          stdio: 'ignore',
        });
        // Half the kills land as soon as the temporary file appears, half after a random delay.
        const watcher = watch(dir, (_event, name) => {
          if (run % 2 === 0 && name?.endsWith('.tmp')) child.kill('SIGKILL');
        });
        const timer = setTimeout(
          () => child.kill('SIGKILL'),
          run % 2 === 0 ? 5000 : 50 + rand() * 600,
        );
        await new Promise((resolve) => child.on('exit', resolve));
        clearTimeout(timer);
        watcher.close();
        const after = readFileSync(path.join(dir, 'target.yaml'), 'utf8');
        if (after === OLD) outcomes.old++;
        else if (after === expected) outcomes.new++;
        else t.fail(`run ${run}: the target is damaged (${after.length} bytes)`);
      }
      t.equal(outcomes.old + outcomes.new, 12, `old ${outcomes.old}, new ${outcomes.new}`);
    },
  );
}
