/** Reading the configuration files a run needs and building its {@link InjectionConfig}. */
import path from 'node:path';
import { buildInjectionConfig, loadEmbeddedDefaults, } from '../lib/config/index.js';
import { KinjectError } from '../lib/errors.js';
/** The configuration the options ask for, over kinject's embedded defaults. */
export async function loadConfig(opts, io) {
    const readUserFile = (file) => readConfigText(io, file);
    return buildInjectionConfig({
        injector: opts.injectorConfig === undefined ? undefined : await readUserFile(opts.injectorConfig),
        values: await Promise.all(opts.values.map(readUserFile)),
        mesh: opts.meshConfig === undefined ? undefined : await readUserFile(opts.meshConfig),
        set: opts.set,
        revision: opts.revision,
        nativeSidecars: opts.nativeSidecars,
        env: opts.env,
    }, await readEmbeddedDefaults(io));
}
/**
 * The embedded defaults from the templates folder. Every file there is read up front (they
 * are few and small), because injector.yaml names the template files to use.
 */
async function readEmbeddedDefaults(io) {
    const names = await io.readDir(io.templatesDir).catch((e) => {
        throw new KinjectError('CONFIG', `cannot read kinject's embedded defaults: ${e.message}`, { file: io.templatesDir });
    });
    const files = new Map();
    for (const name of names) {
        const file = path.join(io.templatesDir, name);
        if ((await io.kindOf(file)) === 'file')
            files.set(name, await readConfigText(io, file));
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
async function readConfigText(io, file) {
    try {
        return { text: await io.readFile(path.resolve(io.cwd, file)), file };
    }
    catch (e) {
        if (e instanceof KinjectError)
            throw e.at({ file });
        throw new KinjectError('INPUT_READ', `cannot read: ${e.message}`, { file }, { cause: e });
    }
}
//# sourceMappingURL=load-config.js.map