/**
 * node:crypto, loaded on first use. Importing it at the top of the sprig modules loaded it on
 * every start (about 6 ms, with node:stream), though only a template that hashes, derives a
 * password or decrypts ever calls it. createRequire works both in dist/lib (ES modules) and
 * in the CLI's bundle, whose `import.meta.url` the launcher provides.
 */
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

let loaded: typeof Crypto | undefined;

/** The node:crypto module (loaded by the first call). */
export function nodeCrypto(): typeof Crypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return loaded;
}
