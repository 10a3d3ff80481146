/**
 * Turning `-f` arguments into input texts: files, folders (their *.yaml, *.yml and *.json,
 * not recursive, in name order), globs, and `-` for stdin.
 */
import path from 'node:path';
import { KinjectError } from '../lib/errors.js';
import type { CliIO } from './io.js';

/** One input, named as the user will recognise it in reports and errors. */
export interface InputText {
  name: string;
  text: string;
}

/** The name stdin goes by in reports and errors. */
export const STDIN_NAME = '<stdin>';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_MAGIC = /[*?[\]{}]/;

/** Read every input named by the `-f` arguments (stdin when there are none). */
export async function readInputs(specs: readonly string[], io: CliIO): Promise<InputText[]> {
  const inputs: InputText[] = [];
  for (const spec of specs.length > 0 ? specs : ['-']) {
    if (spec === '-') {
      inputs.push({ name: STDIN_NAME, text: await placed(io.readStdin(), STDIN_NAME) });
      continue;
    }
    for (const name of await expand(spec, io))
      inputs.push({ name, text: await readInput(name, io) });
  }
  return inputs;
}

/** The files one `-f` argument stands for. */
async function expand(spec: string, io: CliIO): Promise<string[]> {
  const kind = await io.kindOf(path.resolve(io.cwd, spec));
  if (kind === 'file') return [spec];
  if (kind === 'dir') {
    const entries = await io.readDir(path.resolve(io.cwd, spec));
    const manifests = entries.filter((e) => MANIFEST_FILE.test(e)).sort();
    // An empty folder is a mistake (a wrong path, a render that made nothing), not empty input.
    if (manifests.length === 0)
      throw new KinjectError('INPUT_READ', 'no *.yaml, *.yml or *.json files in this folder', {
        file: spec,
      });
    return manifests.map((e) => path.join(spec, e));
  }
  if (!GLOB_MAGIC.test(spec))
    throw new KinjectError('INPUT_READ', 'no such file or directory', { file: spec });
  // globby costs ~180 ms to load: only pay for it when a glob is given.
  const { globby } = await import('globby');
  const matches = await globby(spec, { cwd: io.cwd });
  if (matches.length === 0)
    throw new KinjectError('INPUT_READ', 'no files match this pattern', { file: spec });
  return matches.sort();
}

/** A read whose KinjectError (bad UTF-8 at a line:column) is placed in the input it came from. */
async function placed(read: Promise<string>, name: string): Promise<string> {
  try {
    return await read;
  } catch (e) {
    throw e instanceof KinjectError ? e.at({ file: name }) : e;
  }
}

async function readInput(name: string, io: CliIO): Promise<string> {
  try {
    return await io.readFile(path.resolve(io.cwd, name));
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file: name });
    throw new KinjectError(
      'INPUT_READ',
      `cannot read: ${(e as Error).message}`,
      { file: name },
      { cause: e },
    );
  }
}
