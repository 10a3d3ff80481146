/**
 * kinject's own embedded defaults (the package's `templates/` folder), loaded the way the CLI
 * loads them: the configuration unit tests use when they need *an* injector configuration,
 * so they run on any clone (Istio's corpus is not needed for that).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildInjectionConfig,
  loadEmbeddedDefaults,
  type ConfigOptions,
  type EmbeddedDefaults,
} from '../../lib/config/index.js';
import type { InjectionConfig } from '../../lib/config/types.js';
import { REPO_ROOT } from './corpus.js';

/** The package's `templates/` folder. */
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

/** A file of `templates/`, as the CLI hands it to lib/config. */
export function templateFile(name: string): { text: string; file: string } {
  return { text: readFileSync(path.join(TEMPLATES_DIR, name), 'utf8'), file: name };
}

/** The embedded defaults, read from `templates/`. */
export function embeddedDefaults(): EmbeddedDefaults {
  return loadEmbeddedDefaults(templateFile);
}

/** The configuration of a run with the embedded defaults and `options` (as `kinject` with flags). */
export function embeddedConfig(options: ConfigOptions = {}): InjectionConfig {
  return buildInjectionConfig(options, embeddedDefaults());
}
