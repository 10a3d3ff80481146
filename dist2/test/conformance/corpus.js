/**
 * The conformance corpus (../shared/conformance/istio, see its README.md): cases, their
 * settings, and the kinject command line each case runs with, on two tracks:
 * - `cluster`: the corpus's base injector config, values and mesh config, deep-merged with
 *   the case's overrides into temporary files, passed with --injector-config/--values/--mesh-config;
 * - `embedded`: kinject's own templates and defaults (only cases whose settings equal the
 *   base apart from `nativeSidecars`), with just the test registry's hub and tag set.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deepMerge } from '../../lib/config/deep-merge.js';
/** Both tracks, in report order. */
export const TRACKS = ['cluster', 'embedded'];
/** Read the corpus index and every case's files. */
export async function loadCorpus(corpus) {
    const index = JSON.parse(await readFile(path.join(corpus, 'cases.json'), 'utf8'));
    return Promise.all(index.map(async (entry) => {
        const dir = path.join(corpus, entry.dir);
        const settings = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'));
        const error = await readFile(path.join(dir, 'expected-error.txt'), 'utf8').catch(() => undefined);
        const expected = error !== undefined
            ? { error: error.trim() }
            : { yaml: await readFile(path.join(dir, 'expected.yaml'), 'utf8') };
        // The corpus skips the FIPS case only because it needs Istio's COMPLIANCE_POLICY process
        // env; kinject takes it as `--env COMPLIANCE_POLICY=…` (see caseArgs), so it runs.
        const skip = settings.compliancePolicy ? undefined : (entry.skip ?? settings.skip);
        return { name: entry.name, dir, settings, expected, skip };
    }));
}
const isEmpty = (o) => Object.keys(o).length === 0;
/** Why a case does not run on a track, or undefined if it does (process env such as a compliance policy is not "settings"). */
export function skipReason(c, track) {
    if (c.skip)
        return c.skip;
    const s = c.settings;
    const onlyNative = isEmpty(s.valuesOverrides) && isEmpty(s.meshOverrides) && isEmpty(s.injectConfigOverrides);
    return track === 'embedded' && !onlyNative
        ? 'settings differ from the base beyond nativeSidecars'
        : undefined;
}
/** The test registry the corpus's golden files were rendered with. */
const EMBEDDED_SETS = [
    '--set',
    'global.hub=registry.istio.io/testing',
    '--set',
    'global.tag=latest',
];
/**
 * kinject's arguments for a case on a track (input excluded). For the cluster track,
 * merged configuration files are written under `workDir` when the case overrides the base.
 */
export async function caseArgs(corpus, c, track, workDir) {
    const native = c.settings.nativeSidecars ? '--native-sidecars' : '--no-native-sidecars';
    const process = c.settings.compliancePolicy
        ? [native, '--env', `COMPLIANCE_POLICY=${c.settings.compliancePolicy}`]
        : [native];
    if (track === 'embedded')
        return [...EMBEDDED_SETS, ...process];
    const base = path.join(corpus, 'base');
    const files = {
        injector: await mergedFile(path.join(base, 'inject-config.yaml'), c.settings.injectConfigOverrides, workDir, 'inject-config.json'),
        values: await mergedFile(path.join(base, 'values.json'), c.settings.valuesOverrides, workDir, 'values.json'),
        mesh: await mergedFile(path.join(base, 'mesh.yaml'), c.settings.meshOverrides, workDir, 'mesh.json'),
    };
    return [
        '--injector-config',
        files.injector,
        '--values',
        files.values,
        '--mesh-config',
        files.mesh,
        ...process,
    ];
}
/** The base file itself, or the base deep-merged with the overrides (written as JSON, which is YAML). */
async function mergedFile(baseFile, overrides, workDir, name) {
    if (isEmpty(overrides))
        return baseFile;
    const base = parseYaml(await readFile(baseFile, 'utf8'));
    await mkdir(workDir, { recursive: true });
    const out = path.join(workDir, name);
    await writeFile(out, JSON.stringify(deepMerge(base, overrides), null, 2));
    return out;
}
//# sourceMappingURL=corpus.js.map