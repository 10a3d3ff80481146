/**
 * Everything the CLI needs from the outside world, as one injectable object, so tests can
 * run `main` with captured streams and a fake file system.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KinjectError } from '../lib/errors.js';
import { decodeUtf8 } from '../lib/yaml/index.js';
/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export const PACKAGE_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
/** The real world: the process's streams and file system. */
export function nodeIO() {
    return {
        cwd: process.cwd(),
        templatesDir: PACKAGE_TEMPLATES_DIR,
        colour: process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '',
        readStdin: async () => {
            // Waiting on a terminal for manifests nobody is going to type helps no one.
            if (process.stdin.isTTY)
                throw new KinjectError('USAGE', 'no input: pipe manifests in, or give -f FILE');
            const chunks = [];
            for await (const chunk of process.stdin)
                chunks.push(chunk);
            return decodeUtf8(Buffer.concat(chunks));
        },
        writeStdout: (text) => void process.stdout.write(text),
        writeStderr: (text) => void process.stderr.write(text),
        readFile: async (file) => decodeUtf8(await readFile(file)),
        writeFile: (file, text) => writeFile(file, text, 'utf8'),
        rename,
        unlink,
        kindOf: async (file) => {
            const s = await stat(file).catch(() => undefined);
            return s?.isDirectory() ? 'dir' : s ? 'file' : undefined;
        },
        readDir: (dir) => readdir(dir),
    };
}
/**
 * Write `text` to `file` so that readers see the old file or the whole new one, never a
 * part: write a temporary file beside it, then rename it over the target.
 */
export async function writeAtomically(io, file, text) {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await io.writeFile(temp, text);
        await io.rename(temp, file);
    }
    catch (e) {
        await io.unlink(temp).catch(() => undefined);
        throw e;
    }
}
//# sourceMappingURL=io.js.map