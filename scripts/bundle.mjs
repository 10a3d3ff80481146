// `npm run build`'s last step, after tsc:
// - the CLI as one ES module, dist/cli/kinject.js (package.json's bin). Loading ~200 separate
//   modules cost about 200 ms on every start; one file costs a fraction. dist/lib stays as tsc
//   wrote it, for library users. globby and diff stay external: only globs and --diff load
//   them, at run time, from node_modules.
// - the embedded defaults pre-parsed, dist/cli/embedded-defaults.json (cli/embedded-cache.ts):
//   JSON.parse instead of parsing templates/*.yaml on every start.
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { build } from 'esbuild';
import { loadEmbeddedDefaults } from '../dist/lib/config/index.js';
import { EMBEDDED_CACHE_FILE, digestOf } from '../dist/cli/embedded-cache.js';

await build({
  entryPoints: ['cli/bin.ts'],
  outfile: 'dist/cli/kinject.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['globby', 'diff'],
  // `yaml` is CommonJS; its require() calls of Node built-ins need a real require in an ES module.
  banner: {
    js: "import { createRequire as __kinjectRequire } from 'node:module';\nconst require = __kinjectRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});

// The same files the CLI reads: every plain file in templates/.
const dir = new URL('../templates/', import.meta.url);
const files = new Map(
  readdirSync(dir)
    .filter((name) => statSync(new URL(name, dir)).isFile())
    .map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]),
);
const defaults = loadEmbeddedDefaults((name) => ({ text: files.get(name) ?? '', file: name }));
// Only data that survives JSON unchanged may be cached.
if (!isDeepStrictEqual(JSON.parse(JSON.stringify(defaults)), defaults))
  throw new Error('embedded defaults do not survive a JSON round trip; cannot cache them');
writeFileSync(EMBEDDED_CACHE_FILE, JSON.stringify({ digest: digestOf(files), defaults }));
