/**
 * The pre-parsed embedded defaults (cli/embedded-cache.ts): the build's cache holds exactly
 * what parsing templates/ gives (the defaults, and the templates' parse trees), and a cache
 * that does not match the files is never used.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { EMBEDDED_CACHE_FILE, cacheOf, cachedEmbedded } from '../../cli/embedded-cache.js';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { loadEmbeddedDefaults, type EmbeddedDefaults } from '../../lib/config/index.js';
import { storeTemplate } from '../../lib/inject/render.js';
import { storedAgainst } from '../support/stored-trees.js';
import { kinject } from './support.js';

const files = new Map(
  readdirSync(PACKAGE_TEMPLATES_DIR).map((n) => [
    n,
    readFileSync(path.join(PACKAGE_TEMPLATES_DIR, n), 'utf8'),
  ]),
);
const parsed = loadEmbeddedDefaults((name) => ({ text: files.get(name) ?? '', file: name }));
const trees = Object.fromEntries(
  Object.entries(parsed.injector.templates).map(([name, text]) => [name, storeTemplate(text)]),
);

t.test("the build's cache is what parsing the templates folder gives", async (t) => {
  const cached = cachedEmbedded(readFileSync(EMBEDDED_CACHE_FILE, 'utf8'), files);
  t.strictSame(cached?.defaults, parsed);
  t.strictSame(cached?.trees, trees);
  t.strictSame(Object.keys(trees), ['sidecar', 'gateway', 'grpc-simple', 'grpc-agent']);
});

t.test('a cache of other files, or no cache, or junk, is not used', async (t) => {
  const cache = cacheOf(files, { defaults: parsed, trees });
  t.strictSame(cachedEmbedded(cache, files), { defaults: parsed, trees }, 'a cache of these files');
  t.match([...files.values()].join(''), /[^\x00-\x7f]/, 'the files are not all ASCII');
  t.notMatch(cache, /[^\x00-\x7f]/, 'the cache is');
  const edited = new Map(files).set('values.yaml', `${files.get('values.yaml')}\n# edited\n`);
  t.equal(cachedEmbedded(cache, edited), undefined, 'an edited file');
  t.equal(cachedEmbedded(cache, new Map([...files].slice(1))), undefined, 'a file less');
  t.equal(cachedEmbedded(cache, new Map(files).set('extra.yaml', '')), undefined, 'a file more');
  t.equal(cachedEmbedded(undefined, files), undefined);
  t.equal(cachedEmbedded('{not json', files), undefined);
  t.equal(
    cachedEmbedded(JSON.stringify({ defaults: parsed, trees }), files),
    undefined,
    'no texts',
  );
  const noTrees = JSON.stringify({ files: Object.fromEntries(files), defaults: parsed });
  t.equal(cachedEmbedded(noTrees, files), undefined, 'no trees (an older build)');
});

t.test('the CLI ignores a stale cache and reads the files', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinject-cache-'));
  const stale = path.join(dir, 'embedded-defaults.json');
  // A cache of other texts, holding defaults that mark every injected pod.
  // (The injector config comes from the chart values, as the istiod chart renders it.)
  const webhook = parsed.values['sidecarInjectorWebhook'] as Record<string, unknown>;
  const marked: EmbeddedDefaults = {
    ...parsed,
    values: {
      ...parsed.values,
      sidecarInjectorWebhook: {
        ...webhook,
        injectedAnnotations: { 'test.kinject/from-cache': 'yes' },
      },
    },
  };
  const stale_ = new Map(files).set('values.yaml', 'stale: true\n');
  writeFileSync(stale, cacheOf(stale_, { defaults: marked, trees }));
  const run = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: stale } });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, 'istio-proxy');
  t.notMatch(run.stdout, 'from-cache');
  // A cache of these texts is what runs: proof that it is read at all.
  writeFileSync(stale, cacheOf(files, { defaults: marked, trees }));
  const cachedRun = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: stale } });
  t.equal(cachedRun.status, 0, cachedRun.stderr);
  t.match(cachedRun.stdout, 'test.kinject/from-cache');
});

t.test(
  "the CLI runs the cache's trees, and parses a template whose trees are damaged",
  async (t) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kinject-cache-'));
    const cacheFile = path.join(dir, 'embedded-defaults.json');
    const sidecar = parsed.injector.templates['sidecar'] ?? '';
    // Trees the build could not have made (of a text with one name changed in place) show
    // whether trees are run at all.
    const marker = 'istio-PROXY';
    t.match(sidecar, '  - name: istio-proxy\n');
    const other = sidecar.replace('  - name: istio-proxy\n', `  - name: ${marker}\n`);
    const marked = { ...trees, sidecar: storedAgainst(other, sidecar) };
    writeFileSync(cacheFile, cacheOf(files, { defaults: parsed, trees: marked }));
    const fromTrees = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: cacheFile } });
    t.equal(fromTrees.status, 0, fromTrees.stderr);
    t.match(fromTrees.stdout, `- name: ${marker}\n`);

    const plain = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: undefined } });
    t.equal(plain.status, 0, plain.stderr);
    const damaged = { ...trees, sidecar: [...(trees['sidecar'] ?? []).slice(0, -3)] };
    writeFileSync(cacheFile, cacheOf(files, { defaults: parsed, trees: damaged }));
    const parsedAgain = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: cacheFile } });
    t.equal(parsedAgain.status, 0, parsedAgain.stderr);
    t.equal(parsedAgain.stdout, plain.stdout, 'as without a cache');
    t.match(plain.stdout, '- name: istio-proxy\n');
    t.notMatch(parsedAgain.stdout, marker);
  },
);
