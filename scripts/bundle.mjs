// `npm run build`'s last step, after tsc:
// - the CLI as one script, dist/cli/kinject-bundle.cjs, which dist/cli/kinject.js (package.json's
//   bin, cli/kinject.ts) runs. Loading ~200 separate modules cost about 200 ms on every start.
//   A script, not an ES module, because only a script can take a V8 code cache in Node 20
//   (vm.Script; there is no module compile cache before Node 22); a script run that way cannot
//   import(), so everything is bundled. The file is the script the launcher compiles as it
//   is: one function expression taking what CommonJS gives a module, so the launcher passes
//   the text straight to V8 (wrapping it there cost two more copies of ~0.75 MB per start).
//   dist/lib stays as tsc wrote it, for library users.
// - globby (~150 KB bundled, loaded only for a glob) as a second CommonJS file beside it,
//   dist/cli/kinject-globby.cjs, which the bundle require()s when a glob is given: every start
//   no longer reads, decodes and deserializes it. diff stays in (~12 KB).
// - the embedded defaults pre-parsed, dist/cli/embedded-defaults.cache (cli/embedded-cache.ts):
//   JSON.parse instead of parsing templates/*.yaml on every start, with the parse trees of the
//   injection templates (revived instead of parsing ~27 KB of template text per start).
// - the bundle's V8 code cache, made by running kinject once on the bookstore example: it
//   holds the compiled code of what a usual run executes.
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/**
 * esbuild plugin: `createRequire` from node:module becomes a stand-in that returns the
 * CommonJS `require` in scope (the launcher module's own; in the bundle, the one the launcher
 * passes in, which resolves from the same folder). Both only ever create a require for their
 * own URL, and loading node:module (with the ES module loader's modules it loads) cost about
 * 0.7 ms of every start.
 */
const moduleAsRequire = {
  name: 'module-as-require',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, () => ({ path: 'module', namespace: 'as-require' }));
    b.onLoad({ filter: /.*/, namespace: 'as-require' }, () => ({
      contents: 'export const createRequire = () => require;',
      loader: 'js',
    }));
  },
};

/** What both bundles share. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Bundles are the code that dist/cli, dist/lib and node_modules already cover; tests that
  // run them would count it twice: coverage skips them.
  banner: { js: '/* c8 ignore start */' },
  // Less to read, decode and keep on every start: local names shortened too took the CLI's
  // bundle from 622 to 465 KB, ~80 fresh memory pages fewer for its bytes and its text (on
  // the virtual machine the benchmark ran on, a page's first touch costs ~15 µs). An internal
  // error's stack then names short functions: the source map beside the bundle (not loaded by
  // it) turns its positions back into kinject's files and lines.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  sourcemap: 'external',
  sourcesContent: false,
  // ASCII only (checked below), so the launcher can decode it the cheapest way.
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
};

/** CommonJS modules the CLI imports ES-style (see the plugin below). */
const AS_IT_IS = /^(node:path|node:os|yaml)$/;
const requireHere = createRequire(import.meta.url);

/**
 * The yaml library's exports the CLI uses at run time, from the files of the library that
 * define them. Its index loads everything (parser, composer, Document, every schema: ~1 ms
 * and ~100 KB of every start), while the usual run only makes and reads nodes
 * (lib/yaml/simple-read.ts); the rest loads on the first parse. An export the CLI takes that
 * is in neither table fails the build (esbuild: no matching export).
 */
const YAML_PARTS = {
  'nodes/identity.js': [
    'isAlias',
    'isCollection',
    'isDocument',
    'isMap',
    'isNode',
    'isPair',
    'isScalar',
    'isSeq',
  ],
  'nodes/Pair.js': ['Pair'],
  'nodes/Scalar.js': ['Scalar'],
  'nodes/YAMLMap.js': ['YAMLMap'],
  'nodes/YAMLSeq.js': ['YAMLSeq'],
  'nodes/Alias.js': ['Alias'],
  'parse/line-counter.js': ['LineCounter'],
  'visit.js': ['visit'],
};
/** yaml's functions that need the whole library: they load it on their first call. */
const YAML_LAZY = ['parse', 'parseDocument', 'parseAllDocuments', 'stringify'];

/** The ES module the CLI's `import … from 'yaml'` gets in the bundle (see {@link YAML_PARTS}). */
function yamlFacade() {
  const dir = path.dirname(requireHere.resolve('yaml'));
  const whole = requireHere('yaml');
  const lines = Object.entries(YAML_PARTS).map(([file, names], i) => {
    const full = path.join(dir, file);
    for (const name of names)
      if (requireHere(full)[name] !== whole[name])
        throw new Error(`yaml: ${file} does not define the library's ${name}`);
    return `const m${i} = require(${JSON.stringify(full)});\nexport const { ${names.join(', ')} } = m${i};`;
  });
  return [
    ...lines,
    'let whole;',
    'const library = () => (whole ??= require("yaml"));',
    ...YAML_LAZY.map((name) => {
      if (typeof whole[name] !== 'function') throw new Error(`yaml: ${name} is not a function`);
      return `export function ${name}(...args) { return library().${name}(...args); }`;
    }),
  ].join('\n');
}

// The old code cache goes first: V8 checks a cache against its script's length only, so a new
// bundle of the same length beside an old cache (a build that failed half-way) would run that
// cache's code.
const cache = at('dist/cli/kinject-bundle.cjs.v8-cache');
rmSync(cache, { force: true });

// `import('globby')` in the bundle requires this file, resolved beside the bundle.
const GLOBBY_BUNDLE = './kinject-globby.cjs';
await build({
  ...common,
  stdin: { contents: "export { globby } from 'globby';", resolveDir: at('cli') },
  outfile: at(`dist/cli/${GLOBBY_BUNDLE}`),
});
await build({
  ...common,
  entryPoints: [at('cli/bin.ts')],
  outfile: at('dist/cli/kinject-bundle.cjs'),
  // The launcher passes the bundle's own URL in (modules find templates/ from it).
  define: { 'import.meta.url': '__kinjectUrl' },
  // The parameters are cli/kinject.ts's BundleFunction; the file's `#!` line stays first,
  // where a script may have one.
  banner: {
    js: `(function (exports, require, module, __filename, __dirname, __kinjectUrl) {${common.banner.js}`,
  },
  footer: { js: '})' },
  plugins: [
    lazyBuiltins,
    moduleAsRequire,
    {
      // A CommonJS module imported ES-style (`import path from 'node:path'`, `import { parse }
      // from 'yaml'`) made esbuild copy its every export into a new object, a getter each, per
      // importing module (__toESM: 30 copies of yaml's exports on every start), and read each
      // use through a getter. These come instead from one ES module that re-exports them as
      // they are: bindings of the module's own values, read once.
      name: 'commonjs-as-it-is',
      setup: (b) => {
        b.onResolve({ filter: AS_IT_IS }, (args) =>
          args.namespace === 'as-it-is' ? undefined : { path: args.path, namespace: 'as-it-is' },
        );
        b.onLoad({ filter: /.*/, namespace: 'as-it-is' }, ({ path: name }) => ({
          contents:
            name === 'yaml'
              ? yamlFacade()
              : [
                  `const m = require(${JSON.stringify(name)});`,
                  'export default m;',
                  `export const { ${Object.keys(requireHere(name)).join(', ')} } = m;`,
                ].join('\n'),
          resolveDir: at('cli'),
        }));
      },
    },
    {
      name: 'globby-beside',
      setup: (b) => {
        // A CommonJS stand-in, so that import() becomes a require() (a vm script has no import()).
        b.onResolve({ filter: /^globby$/ }, () => ({ path: 'globby', namespace: 'globby-beside' }));
        b.onLoad({ filter: /.*/, namespace: 'globby-beside' }, () => ({
          contents: `module.exports = require(${JSON.stringify(GLOBBY_BUNDLE)});`,
        }));
        b.onResolve({ filter: /kinject-globby\.cjs$/ }, (args) => ({
          path: args.path,
          external: true,
        }));
      },
    },
  ],
});
if (/[^\x00-\x7f]/.test(readFileSync(at('dist/cli/kinject-bundle.cjs'), 'latin1')))
  throw new Error('the bundle is not ASCII only: the launcher decodes it as Latin-1');

// The launcher (cli/kinject.ts) as CommonJS too, package.json's bin: an ES module entry point
// starts Node's ES module loader first, about 10 ms of every start. dist/cli/kinject.js, tsc's
// ES module of the same source, stays (the README runs it).
await build({
  ...common,
  entryPoints: [at('dist/cli/kinject.js')],
  outfile: at('dist/cli/kinject.cjs'),
  // Bundled only for the stand-in: the CLI it falls back to stays where it is.
  external: ['./bin.js'],
  plugins: [moduleAsRequire],
  define: { 'import.meta.url': '__launcherUrl' },
  banner: {
    js: `${common.banner.js}\nconst __launcherUrl = require('node:url').pathToFileURL(__filename).href;`,
  },
});

// The same files the CLI reads: every plain file in templates/.
const dir = new URL('../templates/', import.meta.url);
const files = new Map(
  readdirSync(dir)
    .filter((name) => statSync(new URL(name, dir)).isFile())
    .map((name) => [name, readFileSync(new URL(name, dir))]),
);
const defaults = loadEmbeddedDefaults((name) => ({
  text: files.get(name)?.toString('utf8') ?? '',
  file: name,
}));
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
const run = spawnSync(
  process.execPath,
  [at('dist/cli/kinject.cjs'), '-q', '-f', at('examples/bookstore.yaml')],
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
