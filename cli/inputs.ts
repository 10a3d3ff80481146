/**
 * Turning `-f` arguments into inputs: files, folders (their *.yaml, *.yml and *.json,
 * not recursive, in name order), globs, and `-` for stdin.
 */
import path from 'node:path';
import { KinjectError } from '../lib/errors.js';
import type { CliIO } from './io.js';

/** One input, named as the user will recognise it in reports and errors. */
export interface InputSource {
  name: string;
  /** Its text as chunks, read as they are asked for (a read error is an INPUT_READ). */
  chunks(): AsyncIterable<string>;
}

/** The name stdin goes by in reports and errors. */
export const STDIN_NAME = '<stdin>';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_MAGIC = /[*?[\]{}]/;

/**
 * Every input named by the `-f` arguments (stdin when there are none). Names are resolved
 * here, so a missing file fails the run before anything is read; texts are read later.
 */
export async function listInputs(specs: readonly string[], io: CliIO): Promise<InputSource[]> {
  const inputs: InputSource[] = [];
  for (const spec of specs.length > 0 ? specs : ['-']) {
    if (spec === '-') {
      inputs.push({ name: STDIN_NAME, chunks: () => placed(io.readStdin(), STDIN_NAME) });
      continue;
    }
    for (const name of await expand(spec, io))
      inputs.push({ name, chunks: () => readInput(name, io) });
  }
  return inputs;
}

/** One input read whole. */
export interface InputText {
  name: string;
  text: string;
}

/** Every input read whole, in order (for what needs all texts at once: a diff, cluster mode). */
export async function readAll(inputs: readonly InputSource[]): Promise<InputText[]> {
  const texts: InputText[] = [];
  for (const input of inputs) texts.push({ name: input.name, text: await readWhole(input) });
  return texts;
}

/** An input's whole text (for what needs all of it at once, e.g. a diff). */
export async function readWhole(input: InputSource): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of input.chunks()) parts.push(chunk);
  return parts.join('');
}

/** The files one `-f` argument stands for. */
async function expand(spec: string, io: CliIO): Promise<string[]> {
  const kind = await io.kindOf(path.resolve(io.cwd, spec));
  if (kind === 'file') return [spec];
  if (kind === 'dir') {
    const entries = await io.readDir(path.resolve(io.cwd, spec));
    const manifests: string[] = [];
    // Not recursive: a folder inside, even one named `x.yaml`, is not read (as kubectl skips it).
    for (const e of entries.filter((e) => MANIFEST_FILE.test(e)).sort())
      if ((await io.kindOf(path.resolve(io.cwd, spec, e))) !== 'dir') manifests.push(e);
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

/** Chunks whose KinjectError (bad UTF-8 at a line:column) is placed in the input they came from. */
async function* placed(chunks: AsyncIterable<string>, name: string): AsyncIterable<string> {
  try {
    yield* chunks;
  } catch (e) {
    throw e instanceof KinjectError ? e.at({ file: name }) : e;
  }
}

/** A file's chunks; a failure to read it is the user's INPUT_READ, wherever it happens. */
async function* readInput(name: string, io: CliIO): AsyncIterable<string> {
  try {
    yield* io.streamFile(path.resolve(io.cwd, name));
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
