/**
 * The bench's profile summary (bench/profile.ts): self time per function, with frames of a
 * minified script named through the source map beside it, by the source they came from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import t from 'tap';
import { summarizeProfile } from '../../bench/profile.js';
import { scratch } from '../support/scratch.js';

const SOURCE = [
  'export function parseThing(x: number): number {',
  '  return x + 1;',
  '}',
  'export const table = {',
  '  methodName(y: number): number {',
  '    return parseThing(y) * 2;',
  '  },',
  '};',
  '',
].join('\n');

t.test('minified frames are named by their source; others as V8 gives them', async (t) => {
  const dir = scratch('profile');
  const script = path.join(dir, 'bundle.cjs');
  writeFileSync(path.join(dir, 'thing.ts'), SOURCE);
  await build({
    entryPoints: [path.join(dir, 'thing.ts')],
    outfile: script,
    bundle: true,
    format: 'iife',
    globalName: 'thing',
    minify: true,
    sourcemap: 'external',
    logLevel: 'silent',
  });
  const code = readFileSync(script, 'utf8');
  // Where V8 would place each function's frame: the minified declaration's name, the method's.
  const minified = /function ([\w$]{1,3})\(/.exec(code);
  const method = code.indexOf('methodName(');
  t.ok(minified && method >= 0, 'the bundle has both functions');
  const at = (index: number) => {
    const before = code.slice(0, index).split('\n');
    return { lineNumber: before.length - 1, columnNumber: before.at(-1)?.length ?? 0 };
  };
  const url = pathToFileURL(script).href;
  const frame = (
    id: number,
    functionName: string,
    where: { lineNumber: number; columnNumber: number },
  ) => ({
    id,
    callFrame: { functionName, url, ...where },
  });
  const profile = {
    nodes: [
      frame(1, minified?.[1] ?? '', at((minified?.index ?? 0) + 'function '.length)),
      frame(2, 'methodName', at(method)),
      {
        id: 3,
        callFrame: {
          functionName: '(garbage collector)',
          url: '',
          lineNumber: -1,
          columnNumber: -1,
        },
      },
    ],
    samples: [1, 1, 2, 3],
    timeDeltas: [3000, 3000, 2000, 2000],
  };
  writeFileSync(path.join(dir, 'run.cpuprofile'), JSON.stringify(profile));
  const rows = summarizeProfile(dir, 10);
  t.equal(rows.length, 5, 'a header, a rule and three functions');
  t.match(
    rows[2],
    /^\| 6 \| 60\.0% \| `parseThing .*thing\.ts:1` \|$/,
    'the minified function, by its source name',
  );
  t.match(rows[3], /^\| 2 \| 20\.0% \| `methodName .*thing\.ts:5` \|$/, 'a kept name stays');
  t.equal(rows[4], '| 2 | 20.0% | `(garbage collector)` |', 'a frame without a script');
});
