/** The package's library entry: inject a text or a stream, options named like the flags. */
import { Readable } from 'node:stream';
import t from 'tap';
import { createInjector, inject, KinjectError } from '../../cli/api.js';
import { FIXTURES } from './support.js';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: b}]}\n';

t.test('a text, with options in camelCase or as the flags', async (t) => {
  const out = await inject(POD, {
    nativeSidecars: true,
    revision: 'canary',
    set: ['global.tag=9.9.9'],
  });
  t.strictSame(out.errors, []);
  t.ok(out.changed);
  t.match(out.output, /initContainers:[\s\S]*name: istio-proxy[\s\S]*restartPolicy: Always/);
  t.match(out.output, 'proxyv2:9.9.9');
  t.match(out.reports, [{ code: 'INJECTED', file: { path: '<input>' } }]);
});

t.test('a stream', async (t) => {
  const out = await inject(Readable.from([Buffer.from(POD.slice(0, 20)), POD.slice(20)]), {
    file: 'pod.yaml',
  });
  t.match(out.output, 'name: istio-proxy');
  t.match(out.reports, [{ file: { path: 'pod.yaml' } }]);
});

t.test('files resolve against cwd; bad manifests are errors, bad options throw', async (t) => {
  const injector = await createInjector({
    cwd: FIXTURES,
    injectorConfig: 'bad/bad-template.yaml',
  }).catch((e: unknown) => e);
  t.ok(injector instanceof KinjectError);
  const bad = await inject('a: [', {});
  t.equal(bad.output, '');
  t.match(bad.errors, [{ code: 'YAML_PARSE', file: '<input>' }]);
  await t.rejects(inject(POD, { bogus: 1 }), { code: 'CONFIG' });
});
