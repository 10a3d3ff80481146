/**
 * The pre-parsed embedded defaults (cli/embedded-cache.ts): the build's cache holds exactly
 * what parsing templates/ gives, and a cache that does not match the files is never used.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { EMBEDDED_CACHE_FILE, cacheOf, cachedDefaults } from '../../cli/embedded-cache.js';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { loadEmbeddedDefaults, type EmbeddedDefaults } from '../../lib/config/index.js';
import { kinject } from './support.js';

const files = new Map(
  readdirSync(PACKAGE_TEMPLATES_DIR).map((n) => [
    n,
    readFileSync(path.join(PACKAGE_TEMPLATES_DIR, n), 'utf8'),
  ]),
);
const parsed = loadEmbeddedDefaults((name) => ({ text: files.get(name) ?? '', file: name }));

t.test("the build's cache is what parsing the templates folder gives", async (t) => {
  const cached = cachedDefaults(readFileSync(EMBEDDED_CACHE_FILE, 'utf8'), files);
  t.strictSame(cached, parsed);
});

t.test('a cache of other files, or no cache, or junk, is not used', async (t) => {
  const cache = cacheOf(files, parsed);
  t.strictSame(cachedDefaults(cache, files), parsed, 'a cache of these files');
  const edited = new Map(files).set('values.yaml', `${files.get('values.yaml')}\n# edited\n`);
  t.equal(cachedDefaults(cache, edited), undefined, 'an edited file');
  t.equal(cachedDefaults(cache, new Map([...files].slice(1))), undefined, 'a file less');
  t.equal(cachedDefaults(cache, new Map(files).set('extra.yaml', '')), undefined, 'a file more');
  t.equal(cachedDefaults(undefined, files), undefined);
  t.equal(cachedDefaults('{not json', files), undefined);
  t.equal(cachedDefaults(JSON.stringify({ defaults: parsed }), files), undefined, 'no texts');
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
  writeFileSync(stale, cacheOf(new Map(files).set('values.yaml', 'stale: true\n'), marked));
  const run = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: stale } });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, 'istio-proxy');
  t.notMatch(run.stdout, 'from-cache');
  // A cache of these texts is what runs: proof that it is read at all.
  writeFileSync(stale, cacheOf(files, marked));
  const cachedRun = await kinject(['-f', 'app.yaml'], { io: { embeddedCacheFile: stale } });
  t.equal(cachedRun.status, 0, cachedRun.stderr);
  t.match(cachedRun.stdout, 'test.kinject/from-cache');
});
