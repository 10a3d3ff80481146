/** Reading the configuration files a run needs and building its {@link InjectionConfig}. */
import path from 'node:path';
import {
  buildInjectionConfig,
  loadEmbeddedDefaults,
  type ConfigText,
  type EmbeddedDefaults,
} from '../lib/config/index.js';
import type { InjectionConfig } from '../lib/config/types.js';
import { KinjectError } from '../lib/errors.js';
import type { CliOptions } from './args.js';
import type { CliIO } from './io.js';

/** The configuration the options ask for, over kinject's embedded defaults. */
export async function loadConfig(opts: CliOptions, io: CliIO): Promise<InjectionConfig> {
  const readUserFile = (file: string): Promise<ConfigText> => readConfigText(io, file);
  return buildInjectionConfig(
    {
      injector:
        opts.injectorConfig === undefined ? undefined : await readUserFile(opts.injectorConfig),
      values: await Promise.all(opts.values.map(readUserFile)),
      mesh: opts.meshConfig === undefined ? undefined : await readUserFile(opts.meshConfig),
      set: opts.set,
      revision: opts.revision,
      nativeSidecars: opts.nativeSidecars,
      env: opts.env,
    },
    await readEmbeddedDefaults(io),
  );
}

/**
 * The embedded defaults from the templates folder. Every file there is read up front (they
 * are few and small), because injector.yaml names the template files to use.
 */
async function readEmbeddedDefaults(io: CliIO): Promise<EmbeddedDefaults> {
  const names = await io.readDir(io.templatesDir).catch((e: unknown) => {
    throw new KinjectError(
      'CONFIG',
      `cannot read kinject's embedded defaults: ${(e as Error).message}`,
      { file: io.templatesDir },
    );
  });
  const files = new Map<string, ConfigText>();
  for (const name of names) {
    const file = path.join(io.templatesDir, name);
    if ((await io.kindOf(file)) === 'file') files.set(name, await readConfigText(io, file));
  }
  return loadEmbeddedDefaults((name) => {
    const found = files.get(name);
    if (!found)
      throw new KinjectError('CONFIG', `embedded defaults: missing file ${name}`, {
        file: io.templatesDir,
      });
    return found;
  });
}

/** A file's text, named as the user gave it. */
async function readConfigText(io: CliIO, file: string): Promise<ConfigText> {
  try {
    return { text: await io.readFile(path.resolve(io.cwd, file)), file };
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file });
    throw new KinjectError(
      'INPUT_READ',
      `cannot read: ${(e as Error).message}`,
      { file },
      { cause: e },
    );
  }
}
