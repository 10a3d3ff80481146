/**
 * Parsing the injector's templates (lib/inject/render.ts): each at most once; all up front by
 * default, as Istio does, or each on first use when asked (the CLI does that for the
 * embedded templates, which must therefore all parse: checked here).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { loadEmbeddedDefaults } from '../../lib/config/index.js';
import { KinjectError } from '../../lib/errors.js';
import { parseTemplates, renderTemplate } from '../../lib/inject/render.js';

const embedded = loadEmbeddedDefaults((name) => ({
  text: readFileSync(path.join(PACKAGE_TEMPLATES_DIR, name), 'utf8'),
  file: name,
}));

t.test('every embedded template parses', async (t) => {
  const templates = parseTemplates(embedded.injector.templates, {});
  t.strictSame([...templates.keys()].sort(), ['gateway', 'grpc-agent', 'grpc-simple', 'sidecar']);
  for (const name of templates.keys()) t.ok(templates.get(name), name);
});

const texts = { good: 'a: {{ .x }}', broken: '{{ if }' };

t.test('by default a broken template fails up front, used or not', async (t) => {
  t.throws(() => parseTemplates(texts, {}), { code: 'TEMPLATE_PARSE', message: /"broken"/ });
});

t.test('a template known to parse is parsed on first use, once; the others up front', async (t) => {
  t.throws(() => parseTemplates(texts, {}, { good: texts.good }), { code: 'TEMPLATE_PARSE' });
  t.throws(() => parseTemplates(texts, {}, { broken: 'other text' }), { code: 'TEMPLATE_PARSE' });
  const templates = parseTemplates(texts, {}, texts);
  t.equal(renderTemplate(templates, 'good', { x: 1 }), 'a: 1');
  t.equal(templates.get('good'), templates.get('good'), 'parsed once');
  t.equal(templates.get('missing'), undefined);
  const e = t.throws(() => templates.get('broken')) as KinjectError;
  t.equal(e.code, 'TEMPLATE_PARSE');
  t.throws(() => renderTemplate(templates, 'missing', {}), {
    message: /requested template "missing" not found; have broken, good/,
  });
});
