/**
 * Known templates with the build's parse trees (parseTemplates' `stored`): a known template
 * is revived from its trees instead of parsed, and only then; damaged trees fall back to
 * parsing the text.
 */
import t from 'tap';
import type { KinjectError } from '../../lib/errors.js';
import { parseTemplates, renderTemplate } from '../../lib/inject/render.js';
import { storedAgainst } from '../support/stored-trees.js';

const texts = { a: 'a: {{ .x }}', b: 'b: {{ .x }}', broken: '{{ if }' };
// Trees of another text than a's, so the output shows whether they ran.
const trees = { a: storedAgainst('A: {{ .x }}', texts.a) };

t.test('a known template is revived from its trees', async (t) => {
  const known = { a: texts.a, b: texts.b };
  const templates = parseTemplates(known, {}, known, {}, trees);
  t.equal(renderTemplate(templates, 'a', { x: 1 }), 'A: 1');
  t.equal(renderTemplate(templates, 'b', { x: 1 }), 'b: 1', 'no trees: parsed');
  t.equal(templates.get('a'), templates.get('a'), 'revived once');
});

t.test('trees are not used for a text other than the known one', async (t) => {
  const templates = parseTemplates({ a: texts.a }, {}, { a: 'other text' }, {}, trees);
  t.equal(renderTemplate(templates, 'a', { x: 1 }), 'a: 1');
  t.throws(() => parseTemplates({ a: texts.broken }, {}, { a: 'x' }, {}, trees), {
    code: 'TEMPLATE_PARSE',
  });
});

t.test('damaged trees: the text is parsed, on first use', async (t) => {
  const damaged = { a: ['inject', 1, 'inject'], broken: ['junk'] };
  const known = { a: texts.a, broken: texts.broken };
  const templates = parseTemplates(known, {}, known, {}, damaged);
  t.equal(renderTemplate(templates, 'a', { x: 1 }), 'a: 1');
  const e = t.throws(() => templates.get('broken')) as KinjectError;
  t.equal(e.code, 'TEMPLATE_PARSE');
});
