/**
 * The conformance corpus's cases as injector configurations: base files deep-merged with a
 * case's overrides (the corpus README's rules), loaded with lib/config. Only for tests that
 * run when the corpus is there (test/support/corpus.ts).
 */
import { parse as parseYaml } from 'yaml';
import {
  applyMeshConfig,
  deepMerge,
  parseInjectorConfig,
  parseMeshConfig,
  parseValues,
} from '../../lib/config/index.js';
import type { InjectionConfig } from '../../lib/config/types.js';
import type { Settings } from '../conformance/corpus.js';
import { corpusText } from '../support/corpus.js';

const text = (rel: string): { text: string; file: string } => ({
  text: corpusText(rel),
  file: rel,
});

/** The configuration a case runs with (a compliance policy is Istio's COMPLIANCE_POLICY process env). */
export function caseConfig(
  s: Pick<
    Settings,
    | 'valuesOverrides'
    | 'meshOverrides'
    | 'injectConfigOverrides'
    | 'nativeSidecars'
    | 'compliancePolicy'
  >,
): InjectionConfig {
  const injectorRaw = deepMerge(
    parseYaml(corpusText('base/inject-config.yaml')),
    s.injectConfigOverrides,
  );
  const { injector } = parseInjectorConfig({
    text: JSON.stringify(injectorRaw),
    file: 'inject-config',
  });
  const values = deepMerge(parseValues(text('base/values.json')), s.valuesOverrides) as Record<
    string,
    unknown
  >;
  const mesh = applyMeshConfig(
    deepMerge(parseMeshConfig(text('base/mesh.yaml')), s.meshOverrides) as Record<string, unknown>,
    parseMeshConfig(text('base/mesh-defaults.yaml')),
  );
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
