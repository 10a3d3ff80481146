/**
 * The command as a KRM function (`kpt fn eval --exec kinject`, a Kptfile pipeline, kustomize's
 * exec functions): when stdin is a `ResourceList`, options also come from its `functionConfig`
 * and the answer is the list, injected, with `results`. Errors are results too, and fail the run.
 */
import { KinjectError, formatError } from '../lib/errors.js';
import type { Injector } from '../lib/inject/index.js';
import { failResourceList, isResourceList, runResourceList } from '../lib/krm/index.js';
import { readStream, type ParsedStream, type SourceDocument } from '../lib/yaml/index.js';
import { ExitCode } from './args.js';
import { isKinjectResource, settingsToArgs, type Setting } from './config-file.js';
import { DocumentSplitter } from '../lib/yaml/split.js';
import { STDIN_NAME, type InputSource, type InputText } from './inputs.js';
import type { CliIO } from './io.js';

/** The stream when the only input is stdin holding one ResourceList; else undefined. */
export function asResourceList(inputs: readonly InputText[]): ParsedStream | undefined {
  const [only] = inputs;
  if (inputs.length !== 1 || only?.name !== STDIN_NAME) return undefined;
  // Cheap test first: most runs are plain manifests and need not be parsed twice.
  if (!/^kind:\s*ResourceList\b/m.test(only.text) && !only.text.includes('"ResourceList"'))
    return undefined;
  const stream = readStream(only.text, STDIN_NAME);
  return stream.docs.length === 1 && isResourceList(stream.docs[0]?.value) ? stream : undefined;
}

/**
 * {@link asResourceList} for inputs that have not been read: a lone stdin that may be a
 * ResourceList is read until it is known not to be one (a second document: a list is alone
 * in its stream) or to its end. `inputs` are then the inputs to read, what was read already
 * coming first, as if nothing had been read.
 */
export async function peekResourceList(
  inputs: readonly InputSource[],
): Promise<{ list?: ParsedStream; inputs: readonly InputSource[] }> {
  const [only] = inputs;
  if (inputs.length !== 1 || only?.name !== STDIN_NAME) return { inputs };
  const read: string[] = [];
  const splitter = new DocumentSplitter();
  let documents = 0;
  const chunks = only.chunks()[Symbol.asyncIterator]();
  for (;;) {
    const next = await chunks.next();
    if (next.done === true) break;
    read.push(next.value);
    documents += splitter.push(next.value).filter((p) => p.hasDocument).length;
    if (documents >= 2) {
      const rest = { [Symbol.asyncIterator]: () => chunks };
      return { inputs: [{ name: only.name, chunks: () => replay(read, rest) }] };
    }
  }
  const text = read.join('');
  const list = asResourceList([{ name: only.name, text }]);
  return list
    ? { list, inputs: [] }
    : { inputs: [{ name: only.name, chunks: () => replay([text]) }] };
}

async function* replay(
  read: readonly string[],
  rest: AsyncIterable<string> | Iterable<string> = [],
): AsyncIterable<string> {
  yield* read;
  yield* rest;
}

/**
 * The arguments a list's `functionConfig` stands for: a ConfigMap's `data` (kpt's `-- key=value`,
 * every value a string) or a `kinject.dev/v1alpha1` `Kinject`'s `spec`, keyed like the long flags.
 */
export function functionConfigArgs(doc: SourceDocument): string[] {
  const config = (doc.value as Record<string, unknown>)['functionConfig'];
  if (config === undefined || config === null) return [];
  const source = { file: STDIN_NAME, baseDir: '.' };
  const settingsAt = (field: string, stringsOnly: boolean): string[] => {
    const holder = (config as Record<string, unknown>)[field];
    if (holder === undefined || holder === null) return [];
    if (typeof holder !== 'object' || Array.isArray(holder))
      throw new KinjectError('CONFIG', `functionConfig.${field}: expected a mapping of options`, {
        file: STDIN_NAME,
        pos: doc.posOf(['functionConfig', field]),
      });
    const settings: Setting[] = Object.entries(holder as Record<string, unknown>).map(
      ([key, value]) => ({
        key,
        value,
        keyPos: doc.posOf(['functionConfig', field, key]),
      }),
    );
    return settingsToArgs(settings, { ...source, stringsOnly });
  };
  const o = config as Record<string, unknown>;
  if (o['apiVersion'] === 'v1' && o['kind'] === 'ConfigMap') return settingsAt('data', true);
  if (isKinjectResource(config)) return settingsAt('spec', false);
  throw new KinjectError(
    'CONFIG',
    'functionConfig: expected a ConfigMap or a kinject.dev/v1alpha1 Kinject',
    { file: STDIN_NAME, pos: doc.posOf(['functionConfig']) },
  );
}

/** The injector for a function config's arguments (and whether info results are left out). */
export type PrepareFunction = (
  functionArgs: readonly string[],
) => Promise<{ injector: Injector; quiet: boolean }>;

/** Run as a KRM function: the list on stdout (with `results`), the report on stderr. */
export async function runFunction(
  stream: ParsedStream,
  io: CliIO,
  prepare: PrepareFunction,
): Promise<ExitCode> {
  const doc = stream.docs[0] as SourceDocument;
  let outcome: ReturnType<typeof runResourceList>;
  try {
    const { injector, quiet } = await prepare(functionConfigArgs(doc));
    outcome = runResourceList(stream, injector, { quiet });
  } catch (e) {
    if (!(e instanceof KinjectError)) throw e;
    // The orchestrator shows the list's results: the error goes there, and to stderr.
    await io.writeStdout(failResourceList(stream, e));
    io.writeStderr(`kinject: ${formatError(e)}\n`);
    return ExitCode.Error;
  }
  await io.writeStdout(outcome.output);
  // The orchestrator prints the results; stderr (shown on failure) says what went wrong.
  io.writeStderr(outcome.errors.map((e) => `kinject: ${formatError(e)}\n`).join(''));
  return outcome.errors.length > 0 ? ExitCode.Error : ExitCode.Ok;
}
