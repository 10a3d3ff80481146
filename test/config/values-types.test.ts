/**
 * Values of the wrong type: istiod reads `values` into its typed Values message and refuses
 * the whole config when a known field does not fit; unknown fields it ignores
 * (lib/config/values-types.ts, through parseValues and the CLI).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parseValues } from '../../lib/config/index.js';
import { valuesTypeProblem } from '../../lib/config/values-types.js';
import { fixture, kinject } from '../cli/support.js';
import { injectorConfigText } from '../control-plane/fixture.js';
import { scratch } from '../support/scratch.js';

/** Values, and the path of the field istiod refuses (undefined: it reads them). */
const CASES: [values: Record<string, unknown>, refused: (string | number)[] | undefined][] = [
  [{ global: 'x' }, ['global']],
  [{ global: { proxy: 'x' } }, ['global', 'proxy']],
  [{ sidecarInjectorWebhook: 3 }, ['sidecarInjectorWebhook']],
  [{ global: { hub: 5 } }, ['global', 'hub']],
  [{ global: { proxy: { statusPort: -1 } } }, ['global', 'proxy', 'statusPort']],
  [{ global: { proxy: { statusPort: 1.5 } } }, ['global', 'proxy', 'statusPort']],
  [{ global: { proxy: { tracer: 'jaeger' } } }, ['global', 'proxy', 'tracer']],
  [{ global: { imagePullSecrets: ['a', 3] } }, ['global', 'imagePullSecrets', 1]],
  [{ global: { imagePullSecrets: 'a' } }, ['global', 'imagePullSecrets']],
  [
    { sidecarInjectorWebhook: { rewriteAppHTTPProbe: 'true' } },
    ['sidecarInjectorWebhook', 'rewriteAppHTTPProbe'],
  ],
  [
    { sidecarInjectorWebhook: { neverInjectSelector: ['a=b'] } },
    ['sidecarInjectorWebhook', 'neverInjectSelector', 0],
  ],
  [{ global: { proxyInit: { image: 1 } } }, ['global', 'proxyInit', 'image']],
  [{ pilot: [] }, ['pilot']],
  [{ revisionTags: 'prod' }, ['revisionTags']],
  // What istiod reads.
  [{ global: { proxy: { statusPort: '15020', tracer: 5 } } }, undefined],
  [{ global: { tag: 1.2, meshNetworks: {}, imagePullSecrets: [null] } }, undefined],
  [{ global: null, sidecarInjectorWebhook: { templates: { a: 'x' } } }, undefined],
  [{ meshConfig: 3, ztunnel: 'x', notAField: [1], pilot: { anything: 1 } }, undefined],
  [{ global: { proxy: { unknownField: { a: 1 } } } }, undefined],
];

t.test('the first field istiod cannot read, by the Values tables', async (t) => {
  for (const [values, refused] of CASES) {
    t.same(valuesTypeProblem(values)?.path, refused, JSON.stringify(values));
  }
  t.match(
    valuesTypeProblem({ global: { proxy: 'x' } })?.message,
    '`global.proxy` must be a mapping (ProxyConfig)',
  );
  t.match(
    valuesTypeProblem({ global: { imagePullSecrets: ['a', 3] } })?.message,
    '`global.imagePullSecrets[1]` must be a string',
  );
});

t.test('parseValues refuses at the field, in the values file or data.values', async (t) => {
  const text = 'global:\n  hub: example.com\n  proxy: x\n';
  t.throws(() => parseValues({ text, file: 'v.yaml' }), {
    code: 'CONFIG',
    file: 'v.yaml',
    pos: { line: 3, col: 10 },
  });
  t.same(parseValues({ text: 'global: {hub: a}\nunknown: 1\n', file: 'v.yaml' }), {
    global: { hub: 'a' },
    unknown: 1,
  });
});

t.test('the CLI: an injector ConfigMap whose data.values does not fit is refused', async (t) => {
  const dir = scratch('values-types');
  const cm = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: istio-sidecar-injector, namespace: istio-system}',
    'data:',
    '  values: |',
    '    {"global": {"hub": "x", "proxy": {"statusPort": "port"}}}',
    '  config: |',
    ...injectorConfigText()
      .split('\n')
      .map((l) => `    ${l}`),
  ].join('\n');
  const file = path.join(dir, 'injector.yaml');
  writeFileSync(file, cm);
  const run = await kinject(['--injector-config', file, '-f', fixture('app.yaml')]);
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  const col = (cm.split('\n')[5] ?? '').indexOf('"port"') + 1;
  t.match(
    run.stderr,
    `kinject: ${file}:6:${col}: values: \`global.proxy.statusPort\` must be a whole number`,
  );
});

t.test('a --set value istiod cannot read is refused as --set', async (t) => {
  const run = await kinject(['--set', 'global.proxy.privileged=yes', '-f', fixture('app.yaml')]);
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  t.match(run.stderr, 'kinject: --set: values: `global.proxy.privileged` must be true or false');
  const typed = await kinject(['--set', 'global.proxy.privileged=true', '-f', fixture('app.yaml')]);
  t.equal(typed.status, 0, 'Helm types true as a boolean', { stderr: typed.stderr });
});
