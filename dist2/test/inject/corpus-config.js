/**
 * The conformance corpus as injector configurations: base files deep-merged with a case's
 * overrides (the corpus README's rules), loaded with lib/config. Shared by the inject tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { applyMeshConfig, deepMerge, parseInjectorConfig, parseMeshConfig, parseValues, } from '../../lib/config/index.js';
import { PARSE_OPTIONS } from '../../lib/yaml/schema.js';
/** The corpus folder (tests run from dist/test/inject). */
export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/conformance/istio');
/** A corpus file's text. */
export function corpusText(rel) {
    return readFileSync(path.join(CORPUS, rel), 'utf8');
}
const text = (rel) => ({
    text: corpusText(rel),
    file: rel,
});
/** The configuration a case runs with (a compliance policy is Istio's COMPLIANCE_POLICY process env). */
export function caseConfig(s) {
    const injectorRaw = deepMerge(parseYaml(corpusText('base/inject-config.yaml')), s.injectConfigOverrides);
    const { injector } = parseInjectorConfig({
        text: JSON.stringify(injectorRaw),
        file: 'inject-config',
    });
    const values = deepMerge(parseValues(text('base/values.json')), s.valuesOverrides);
    const mesh = applyMeshConfig(deepMerge(parseMeshConfig(text('base/mesh.yaml')), s.meshOverrides), parseMeshConfig(text('base/mesh-defaults.yaml')));
    return {
        injector,
        values,
        mesh,
        revision: '',
        nativeSidecars: s.nativeSidecars,
        proxyUID: 1337,
        proxyGID: 1337,
        env: s.compliancePolicy ? { COMPLIANCE_POLICY: s.compliancePolicy } : {},
    };
}
/** The base configuration with default settings. */
export function baseConfig(nativeSidecars = true) {
    return caseConfig({
        valuesOverrides: {},
        meshOverrides: {},
        injectConfigOverrides: {},
        nativeSidecars,
    });
}
/** The non-empty documents of a YAML text, as Kubernetes reads them. */
export function yamlDocs(src) {
    return parseAllDocuments(src, PARSE_OPTIONS)
        .map((d) => d.toJS())
        .filter((d) => typeof d === 'object' && d !== null);
}
//# sourceMappingURL=corpus-config.js.map