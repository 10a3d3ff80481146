/**
 * The conformance corpus (../shared/conformance/istio, see its README.md): cases, their
 * settings, and the kinject command line each case runs with, on two tracks:
 * - `cluster`: the corpus's base injector config, values and mesh config, deep-merged with
 *   the case's overrides into temporary files, passed with --injector-config/--values/--mesh-config;
 * - `embedded`: kinject's own templates and defaults, given the case's settings as istiod
 *   chart values (`--values`), with just the test registry's hub and tag set.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deepMerge } from '../../lib/config/deep-merge.js';

/** The two ways a case runs (see the module comment). */
export type Track = 'cluster' | 'embedded';
/** Both tracks, in report order. */
export const TRACKS: readonly Track[] = ['cluster', 'embedded'];

/** A case's settings.json (the fields the runner uses). */
export interface Settings {
  valuesOverrides: Record<string, unknown>;
  meshOverrides: Record<string, unknown>;
  injectConfigOverrides: Record<string, unknown>;
  nativeSidecars: boolean;
  expectedLog?: string;
  compliancePolicy?: string;
  skip?: string;
}

/** One case of the corpus. */
export interface Case {
  name: string;
  dir: string;
  settings: Settings;
  /** The expected output, or (for error cases) the text the error must contain. */
  expected: { yaml: string } | { error: string };
  skip?: string;
}

/** Read the corpus index and every case's files. */
export async function loadCorpus(corpus: string): Promise<Case[]> {
  const index = JSON.parse(await readFile(path.join(corpus, 'cases.json'), 'utf8')) as {
    name: string;
    dir: string;
    skip?: string;
  }[];
  return Promise.all(
    index.map(async (entry) => {
      const dir = path.join(corpus, entry.dir);
      const settings = JSON.parse(
        await readFile(path.join(dir, 'settings.json'), 'utf8'),
      ) as Settings;
      const error = await readFile(path.join(dir, 'expected-error.txt'), 'utf8').catch(
        () => undefined,
      );
      const expected =
        error !== undefined
          ? { error: error.trim() }
          : { yaml: await readFile(path.join(dir, 'expected.yaml'), 'utf8') };
      // The corpus skips the FIPS case only because it needs Istio's COMPLIANCE_POLICY process
      // env; kinject takes it as `--env COMPLIANCE_POLICY=…` (see caseArgs), so it runs.
      const skip = settings.compliancePolicy ? undefined : (entry.skip ?? settings.skip);
      return { name: entry.name, dir, settings, expected, skip };
    }),
  );
}

const isEmpty = (o: Record<string, unknown>): boolean => Object.keys(o).length === 0;

/** Why a case does not run on a track, or undefined if it does. */
export function skipReason(c: Case): string | undefined {
  return c.skip;
}

/** The test registry the corpus's golden files were rendered with. */
const EMBEDDED_SETS = [
  '--set',
  'global.hub=registry.istio.io/testing',
  '--set',
  'global.tag=latest',
];

/**
 * The istiod chart values a case stands for on the embedded track: its `valuesOverrides`
 * as they are, its `meshOverrides` as `meshConfig`. (Its `injectConfigOverrides` are what
 * the chart renders from `sidecarInjectorWebhook.templates`, already in the values.)
 */
export function embeddedValues(settings: Settings): Record<string, unknown> {
  return isEmpty(settings.meshOverrides)
    ? settings.valuesOverrides
    : { ...settings.valuesOverrides, meshConfig: settings.meshOverrides };
}

/**
 * kinject's arguments for a case on a track (input excluded). For the cluster track,
 * merged configuration files are written under `workDir` when the case overrides the base.
 */
export async function caseArgs(
  corpus: string,
  c: Case,
  track: Track,
  workDir: string,
): Promise<string[]> {
  const native = c.settings.nativeSidecars ? '--native-sidecars' : '--no-native-sidecars';
  const process = c.settings.compliancePolicy
    ? [native, '--env', `COMPLIANCE_POLICY=${c.settings.compliancePolicy}`]
    : [native];
  if (track === 'embedded') {
    const values = embeddedValues(c.settings);
    if (isEmpty(values)) return [...EMBEDDED_SETS, ...process];
    await mkdir(workDir, { recursive: true });
    const file = path.join(workDir, 'chart-values.json');
    await writeFile(file, JSON.stringify(values, null, 2));
    return ['--values', file, ...EMBEDDED_SETS, ...process];
  }
  const base = path.join(corpus, 'base');
  const files = {
    injector: await mergedFile(
      path.join(base, 'inject-config.yaml'),
      c.settings.injectConfigOverrides,
      workDir,
      'inject-config.json',
    ),
    values: await mergedFile(
      path.join(base, 'values.json'),
      c.settings.valuesOverrides,
      workDir,
      'values.json',
    ),
    mesh: await mergedFile(
      path.join(base, 'mesh.yaml'),
      c.settings.meshOverrides,
      workDir,
      'mesh.json',
    ),
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
async function mergedFile(
  baseFile: string,
  overrides: Record<string, unknown>,
  workDir: string,
  name: string,
): Promise<string> {
  if (isEmpty(overrides)) return baseFile;
  const base: unknown = parseYaml(await readFile(baseFile, 'utf8'));
  await mkdir(workDir, { recursive: true });
  const out = path.join(workDir, name);
  await writeFile(out, JSON.stringify(deepMerge(base, overrides), null, 2));
  return out;
}
