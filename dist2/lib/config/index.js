import { deepMerge } from './deep-merge.js';
import { injectorFromMapping, parseInjectorConfig, parseValues } from './injector.js';
import { applyMeshConfig, parseMeshConfig } from './mesh.js';
import { configError, isMapping, parseConfigText } from './parse-data.js';
import { parseSetValues } from './set-values.js';
export { deepMerge } from './deep-merge.js';
export { parseInjectorConfig, parseValues } from './injector.js';
export { applyMeshConfig, parseMeshConfig } from './mesh.js';
export { parseSetValues, typeSetValue } from './set-values.js';
/** Istio's default proxy UID and GID (kube-inject uses them unless told otherwise). */
export const DEFAULT_PROXY_ID = 1337;
/** File names in the `templates/` folder (see templates/README.md for their layout). */
export const EMBEDDED_FILES = {
    injector: 'injector.yaml',
    values: 'values.yaml',
    mesh: 'mesh.yaml',
    meshDefaults: 'mesh-defaults.yaml',
};
/**
 * Load the embedded defaults. `read(name)` returns the text of `templates/<name>`. Each
 * `templates` entry of injector.yaml names the file(s) holding that template; a list of
 * files is concatenated in order (shared `define`s first).
 */
export function loadEmbeddedDefaults(read) {
    const index = parseConfigText(read(EMBEDDED_FILES.injector));
    const raw = isMapping(index.value) ? index.value : {};
    const entries = isMapping(raw['templates']) ? Object.entries(raw['templates']) : [];
    if (entries.length === 0)
        throw configError(index, ['templates'], 'embedded injector.yaml lists no templates');
    const templates = Object.fromEntries(entries.map(([name, files]) => [
        name,
        (Array.isArray(files) ? files : [files]).map((f) => read(String(f)).text).join(''),
    ]));
    return {
        injector: injectorFromMapping(index, { ...raw, templates }),
        values: parseValues(read(EMBEDDED_FILES.values)),
        mesh: parseMeshConfig(read(EMBEDDED_FILES.mesh)),
        meshDefaults: parseMeshConfig(read(EMBEDDED_FILES.meshDefaults)),
    };
}
/** The configuration of one run (see the module comment for how the layers combine). */
export function buildInjectionConfig(options, embedded) {
    const userValues = options.values ?? [];
    const loaded = options.injector ? parseInjectorConfig(options.injector) : undefined;
    const baseValues = loaded
        ? (loaded.values ?? (userValues.length > 0 ? {} : embedded.values))
        : embedded.values;
    let values = userValues.reduce((acc, file) => deepMerge(acc, parseValues(file)), baseValues);
    const sets = {};
    for (const expr of options.set ?? [])
        parseSetValues(expr, sets);
    values = deepMerge(values, sets);
    const userMesh = options.mesh ? parseMeshConfig(options.mesh) : embedded.mesh;
    return {
        injector: loaded?.injector ?? embedded.injector,
        values: values,
        mesh: applyMeshConfig(userMesh, embedded.meshDefaults),
        revision: options.revision ?? '',
        nativeSidecars: options.nativeSidecars ?? false,
        proxyUID: DEFAULT_PROXY_ID,
        proxyGID: DEFAULT_PROXY_ID,
        env: { ...options.env },
    };
}
//# sourceMappingURL=index.js.map