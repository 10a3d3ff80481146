// `npm run build`'s last step, after tsc:
// - the CLI as one script, dist/cli/kinject-bundle.cjs, which dist/cli/kinject.js (package.json's
//   bin, cli/kinject.ts) runs. Loading ~200 separate modules cost about 200 ms on every start.
//   CommonJS, not an ES module, because only a script can take a V8 code cache in Node 20
//   (vm.Script; there is no module compile cache before Node 22). Everything is bundled,
//   globby and diff too (loaded lazily, only by globs and --diff): a script run that way
//   cannot import() at all. dist/lib stays as tsc wrote it, for library users.
// - the embedded defaults pre-parsed, dist/cli/embedded-defaults.json (cli/embedded-cache.ts):
//   JSON.parse instead of parsing templates/*.yaml on every start, with the parse trees of the
//   injection templates (revived instead of parsing ~27 KB of template text per start).
// - the bundle's V8 code cache, made by running kinject once on the bookstore example: it
//   holds the compiled code of what a usual run executes.
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { build } from 'esbuild';
import { loadEmbeddedDefaults } from '../dist/lib/config/index.js';
import { parseTemplates, storeTemplate } from '../dist/lib/inject/render.js';
import { reviveTrees } from '../dist/lib/template/parse/stored.js';
import { EMBEDDED_CACHE_FILE, cacheOf } from '../dist/cli/embedded-cache.js';

const at = (rel) => fileURLToPath(new URL(`../${rel}`, import.meta.url));

/**
 * Builtins the library imports at its top (it may not load modules itself: test/template/
 * sandbox.test.ts) but only a few template functions call: in the bundle each is a module of
 * stand-ins that load the builtin on their first call. node:crypto (with node:stream) cost
 * about 6 ms of every start for sha256sum, derivePassword and decryptAES.
 */
const LAZY_BUILTINS = ['node:crypto'];

/** The stand-in module for `name`: every function it exports, loading `name` on first call. */
async function lazyBuiltin(name) {
  const real = await import(name);
  const fns = Object.keys(real).filter((k) => k !== 'default' && typeof real[k] === 'function');
  return [
    `let loaded; const load = () => (loaded ??= require(${JSON.stringify(name)}));`,
    ...fns.map((k) => `export function ${k}(...args) { return load().${k}(...args); }`),
  ].join('\n');
}

/** esbuild plugin: the library's imports of {@link LAZY_BUILTINS} get their stand-ins. */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.importer.startsWith(at('lib/'))
        ? { path: args.path, namespace: 'lazy-builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => ({
      contents: await lazyBuiltin(args.path),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [at('cli/bin.ts')],
  outfile: at('dist/cli/kinject-bundle.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The launcher passes the bundle's own URL in (modules find templates/ from it).
  define: { 'import.meta.url': '__kinjectUrl' },
  // The bundle is the code that dist/cli and dist/lib already cover, tests that run it
  // would count it twice: coverage skips it.
  banner: { js: '/* c8 ignore start */' },
  // Less to read and decode on every start; names stay, for stack traces of kinject bugs.
  minifyWhitespace: true,
  minifySyntax: true,
  // ASCII only (checked below), so the launcher can decode it the cheapest way.
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyBuiltins],
});
if (/[^\x00-\x7f]/.test(readFileSync(at('dist/cli/kinject-bundle.cjs'), 'latin1')))
  throw new Error('the bundle is not ASCII only: the launcher decodes it as Latin-1');

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
const templates = Object.entries(defaults.injector.templates);
const trees = Object.fromEntries(templates.map(([name, text]) => [name, storeTemplate(text)]));
// Revived from JSON, the trees must be the parsed ones (node classes, fields, order).
for (const [name, text] of templates) {
  const parsed = parseTemplates({ [name]: text }, {}).get(name);
  const fresh = new Map(parsed.templates().map((t) => [t.name, t.parseTree]));
  const revived = reviveTrees(JSON.parse(JSON.stringify(trees[name])), parsed.name, text);
  if (!isDeepStrictEqual(revived, fresh))
    throw new Error(`template ${name}: its parse trees do not survive storing; cannot cache them`);
}
writeFileSync(EMBEDDED_CACHE_FILE, cacheOf(files, { defaults, trees }));

// Last, once the defaults cache is there: the run is then the one users get.
const cache = at('dist/cli/kinject-bundle.cjs.v8-cache');
rmSync(cache, { force: true });
const run = spawnSync(
  process.execPath,
  [at('dist/cli/kinject.js'), '-q', '-f', at('examples/bookstore.yaml')],
  {
    env: { ...process.env, KINJECT_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  },
);
// Its report (a warning about the example's StatefulSet) is no news; a failure is.
if (run.status !== 0)
  throw new Error(`the code cache run failed (status ${run.status}): ${run.stderr}`);
statSync(cache);
