/**
 * The package's main entry (`import { inject } from 'kinject'`): the pure library of `lib/`,
 * plus injection with the embedded defaults and files wired in, the way the command does it.
 * Options have the long flags' names (camelCase works too): `{ revision: 'canary',
 * nativeSidecars: true, set: ['global.hub=my.registry/istio'], injectorConfig: 'injector.yaml' }`.
 */
import { parseCliArgs } from './args.js';
import { settingsToArgs } from './config-file.js';
import { nodeIO } from './io.js';
import { loadConfig } from './load-config.js';
import { injectStream, prepareInjector, type Injector, type StreamOutcome } from '../lib/index.js';

export * from '../lib/index.js';

/** Injection options: the long flags' names as keys (or camelCase), their values as in `.kinject.yaml`. */
export type InjectOptions = Record<string, unknown> & {
  /** The input's name in reports and errors (default `<input>`). */
  file?: string;
  /** The folder relative paths in options resolve against (default: the process's). */
  cwd?: string;
};

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An injector for `options` (config files read, templates parsed): reuse it for many inputs. */
export async function createInjector(options: InjectOptions = {}): Promise<Injector> {
  const { file: _file, cwd, ...rest } = options;
  const settings = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key: kebab(key), value }));
  const io = { ...nodeIO(), ...(cwd === undefined ? {} : { cwd }) };
  const opts = parseCliArgs(settingsToArgs(settings, { file: '<options>', baseDir: '.' }));
  return prepareInjector(await loadConfig(opts, io));
}

/**
 * Inject a manifest text (YAML stream or JSON), or everything a stream yields (a Node
 * Readable, or any async iterable of strings and buffers). Bad options or config files throw a
 * KinjectError; bad manifests do not: the outcome's `errors` say what is wrong (with line and
 * column), and `output` is then ''.
 */
export async function inject(
  input: string | AsyncIterable<string | Uint8Array>,
  options: InjectOptions = {},
): Promise<StreamOutcome> {
  const text = typeof input === 'string' ? input : await readAll(input);
  return injectStream(text, options.file ?? '<input>', await createInjector(options));
}

async function readAll(input: AsyncIterable<string | Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
