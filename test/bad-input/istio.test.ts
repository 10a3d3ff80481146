/** Istio faults: invalid Istio annotations and a broken injector configuration. */
import t from 'tap';
import { assertRefused, deployment } from './harness.js';

const app = (annotations: string): string =>
  deployment(
    `metadata:\n  annotations:\n${annotations}\nspec:\n  containers: [{name: app, image: nginx}]`,
  );

t.test('an invalid Istio annotation, at the annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    sidecar.istio.io/interceptionMode: BOGUS') },
    ['-f', 'app.yaml'],
    {
      file: 'app.yaml',
      line: 11,
      col: 44,
      message: /interceptionMode invalid, use REDIRECT,TPROXY,NONE: BOGUS/,
    },
  );
});

t.test('an invalid port list annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    traffic.sidecar.istio.io/includeInboundPorts: "80,http"') },
    ['-f', 'app.yaml'],
    { file: 'app.yaml', line: 11, col: 55, message: /failed parsing port 'http'/ },
  );
});

t.test('a template that fails to parse names the template and its line', async (t) => {
  const config = 'templates:\n  sidecar: |\n    spec:\n      containers: {{ .Spec.Containers\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    {
      file: 'injector.yaml',
      line: null,
      col: null,
      message: /template "sidecar": template: inject:3: unclosed action started at inject:2/,
    },
  );
});

t.test('an unknown template requested by the pod', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    inject.istio.io/templates: sidecar,nope') },
    ['-f', 'app.yaml'],
    { file: 'app.yaml', line: 1, col: 1, message: /requested template "nope" not found; have/ },
  );
});

t.test('an unknown default template in the injector config', async (t) => {
  const config = 'defaultTemplates: [missing]\ntemplates:\n  sidecar: "spec: {}"\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    { file: 'app.yaml', line: 1, col: 1, message: /requested template "missing" not found/ },
  );
});

t.test('values that are not JSON (nor YAML)', async (t) => {
  await assertRefused(
    t,
    { 'values.json': '{"global": {"hub": }\n', 'app.yaml': app('    a: b') },
    ['--values', 'values.json', '-f', 'app.yaml'],
    { file: 'values.json', line: 2, col: 1, message: /Flow map must end with a \}/ },
  );
});

t.test('values that are not a mapping', async (t) => {
  await assertRefused(
    t,
    { 'values.yaml': '- a\n- b\n', 'app.yaml': app('    a: b') },
    ['--values', 'values.yaml', '-f', 'app.yaml'],
    { file: 'values.yaml', line: 1, col: 1, message: /values must be a mapping/ },
  );
});

t.test('a template that renders something that is not YAML', async (t) => {
  const config = 'templates:\n  sidecar: |\n    spec: [\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    { file: 'app.yaml', line: 1, col: 1, message: /./ },
  );
});
