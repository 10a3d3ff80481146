/**
 * The pre-parsed embedded defaults (cli/embedded-cache.ts): the build's cache holds exactly
 * what parsing templates/ gives (the defaults, and the templates' parse trees), and a cache
 * that does not match the files is never used.
 */
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { EMBEDDED_CACHE_FILE, cacheOf, cachedEmbedded } from '../../cli/embedded-cache.js';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { loadEmbeddedDefaults, type EmbeddedDefaults } from '../../lib/config/index.js';
import { storeTemplate } from '../../lib/inject/render.js';
import { storedAgainst } from '../support/stored-trees.js';
import { kinject } from './support.js';
import { scratch } from '../support/scratch.js';

const files = new Map(
  readdirSync(PACKAGE_TEMPLATES_DIR).map((n) => [
    n,
    readFileSync(path.join(PACKAGE_TEMPLATES_DIR, n)),
  ]),
);
const parsed = loadEmbeddedDefaults((name) => ({
  text: files.get(name)?.toString('utf8') ?? '',
  file: name,
}));
const trees = Object.fromEntries(
  Object.entries(parsed.injector.templates).map(([name, text]) => [name, storeTemplate(text)]),
);

t.test("the build's cache is what parsing the templates folder gives", async (t) => {
  const cached = cachedEmbedded(readFileSync(EMBEDDED_CACHE_FILE), files);
  t.strictSame(cached?.defaults, parsed);
  t.strictSame(cached?.trees, trees);
  t.strictSame(Object.keys(trees), ['sidecar', 'gateway', 'grpc-simple', 'grpc-agent']);
});

t.test('a cache of other files, or no cache, or junk, is not used', async (t) => {
  const cache = cacheOf(files, { defaults: parsed, trees });
  t.strictSame(cachedEmbedded(cache, files), { defaults: parsed, trees }, 'a cache of these files');
  const json = cache.subarray(0, cache.indexOf(0x0a)).toString('latin1');
  t.match([...files.values()].join(''), /[^\x00-\x7f]/, 'the files are not all ASCII');
  t.notMatch(json, /[^\x00-\x7f]/, 'the JSON is');
  t.ok(JSON.parse(json), 'and one line');
  const values = files.get('values.yaml') ?? Buffer.alloc(0);
  const flipped = Buffer.from(values);
  flipped[flipped.length >> 1] ^= 0x20; // same length, one letter's case changed
  for (const [why, edited] of [
    [
      'an edited file',
      new Map(files).set('values.yaml', Buffer.concat([values, Buffer.from('# edited\n')])),
    ],
    ['an edited file of the same length', new Map(files).set('values.yaml', flipped)],
    ['a file less', new Map([...files].slice(1))],
    ['a file more', new Map(files).set('extra.yaml', Buffer.alloc(0))],
    [
      'a file renamed',
      new Map([...files].map(([n, b]) => [n === 'values.yaml' ? 'values.yml' : n, b])),
    ],
  ] as const)
    t.equal(cachedEmbedded(cache, edited), undefined, why);
  for (const [why, junk] of [
    ['none', undefined],
    ['not JSON', Buffer.from('{not json\n')],
    ['no line break', cache.subarray(0, cache.indexOf(0x0a))],
    ['cut short', cache.subarray(0, cache.length - 1)],
    ['bytes after the files', Buffer.concat([cache, Buffer.from('x')])],
    ['no files', Buffer.from(`${JSON.stringify({ defaults: parsed, trees })}\n`)],
    [
      'no trees (an older build)',
      Buffer.concat([
        Buffer.from(
          `${JSON.stringify({ files: [...files].map(([n, b]) => [n, b.length]), defaults: parsed })}\n`,
        ),
        ...files.values(),
      ]),
    ],
  ] as const)
    t.equal(cachedEmbedded(junk, files), undefined, why);
});

t.test('the CLI ignores a stale cache and reads the files', async (t) => {
  const dir = scratch('cache');
  const stale = path.join(dir, 'embedded-defaults.cache');
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
  const stale_ = new Map(files).set('values.yaml', Buffer.from('stale: true\n'));
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
    const dir = scratch('cache');
    const cacheFile = path.join(dir, 'embedded-defaults.cache');
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
