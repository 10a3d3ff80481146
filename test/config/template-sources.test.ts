/** Placing a template's line in the file it came from (lib/config/template-sources.ts). */
import t from 'tap';
import { joinedFiles, locateTemplateLine, wholeText } from '../../lib/config/template-sources.js';
import { embeddedConfig } from '../support/embedded.js';

t.test('a block scalar: the template’s lines are the file’s, indented', async (t) => {
  const pieces = wholeText({ file: 'injector.yaml', offset: { line: 9, col: 6 } });
  t.same(locateTemplateLine(pieces, 1), { file: 'injector.yaml', pos: { line: 10, col: 7 } });
  t.same(locateTemplateLine(pieces, 4), { file: 'injector.yaml', pos: { line: 13, col: 7 } });
});

t.test('files joined in order: each line in its own file', async (t) => {
  const pieces = joinedFiles([
    { file: '_helpers.tmpl', text: 'a\nb\nc\n' },
    { file: 'sidecar.tmpl', text: 'd\ne\n' },
    { file: 'last.tmpl', text: 'f' },
  ]);
  t.same(locateTemplateLine(pieces, 3), { file: '_helpers.tmpl', pos: { line: 3, col: 1 } });
  t.same(locateTemplateLine(pieces, 4), { file: 'sidecar.tmpl', pos: { line: 1, col: 1 } });
  t.same(locateTemplateLine(pieces, 5), { file: 'sidecar.tmpl', pos: { line: 2, col: 1 } });
  t.same(locateTemplateLine(pieces, 6), { file: 'last.tmpl', pos: { line: 1, col: 1 } });
});

t.test('no pieces, or a template whose lines are mapped (a quoted scalar)', async (t) => {
  t.equal(locateTemplateLine(undefined, 3), undefined);
  const quoted = wholeText({
    file: 'injector.yaml',
    place: (p) => ({ line: 2, col: 10 * p.line + p.col }),
  });
  t.same(locateTemplateLine(quoted, 5), { file: 'injector.yaml', pos: { line: 2, col: 51 } });
});

t.test('the embedded templates know their files', async (t) => {
  const sources = embeddedConfig().injector.templateSources ?? {};
  const sidecar = sources['sidecar'] ?? [];
  t.same(
    sidecar.map((p) => p.file),
    ['_helpers.tmpl', 'sidecar.tmpl'],
    'the sidecar template is _helpers.tmpl, then sidecar.tmpl',
  );
  t.ok((sidecar[1]?.fromLine ?? 0) > 1, 'sidecar.tmpl starts after the helpers');
});
