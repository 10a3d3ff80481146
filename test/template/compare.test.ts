/**
 * The comparison the corpus and fuzz tests rely on: if it wrongly said "equal", every
 * differential test would pass vacuously.
 */
import t from 'tap';
import {
  compareOutcomes,
  extractErrorPrefix,
  JS_EXCEPTION_TAG,
  KNOWN_DIFFERENCES,
  knownDifference,
} from './support/compare.js';

const execError = 'template: x:3:7: executing "x" at <.a.b>: nil pointer evaluating interface {}.b';

t.test('error prefix is the template name and line', async (t) => {
  t.equal(extractErrorPrefix(execError), 'template: x:3:');
  t.equal(extractErrorPrefix('template: x:12: unexpected "}" in operand'), 'template: x:12:');
  t.equal(
    extractErrorPrefix('template: x: "x" is an incomplete or empty template'),
    'template: x: "x" is an incomplete or empty template',
  );
});

t.test('equal outcomes agree', async (t) => {
  t.equal(compareOutcomes({ output: 'a\n' }, { output: 'a\n' }), undefined);
  t.equal(compareOutcomes({ error: execError }, { error: execError }), undefined);
});

t.test('errors compare exactly: the same location is not enough', async (t) => {
  t.equal(
    compareOutcomes({ error: execError }, { error: 'template: x:3:9: something else' })?.kind,
    'error message differs',
  );
  t.equal(
    compareOutcomes({ error: execError }, { error: `${execError} ` })?.kind,
    'error message differs',
  );
});

t.test('the allow-list: named, with reasons, and only for what it names', async (t) => {
  t.ok(KNOWN_DIFFERENCES.length > 0);
  for (const d of KNOWN_DIFFERENCES) t.ok(d.name && d.reason.length > 40, `${d.name} says why`);
  const head = 'template: j:1:2: executing "j" at <mustFromJson .s>: error calling mustFromJson: ';
  const go = `${head}invalid character 'x' looking for beginning of object key string`;
  const js = `${head}Expected property name or '}' in JSON at position 1`;
  t.equal(compareOutcomes({ error: go }, { error: js }), undefined, 'the decoder wording');
  t.equal(knownDifference(go, js)?.name, 'json-decoder-wording');
  t.equal(knownDifference(go, go), undefined, 'equal texts need no entry');
  t.equal(
    compareOutcomes({ error: go }, { error: head })?.kind,
    'error message differs',
    'the decoder text must be there',
  );
  t.equal(
    compareOutcomes({ error: go }, { error: js.replace('mustFromJson: ', 'fromJson: ') })?.kind,
    'error message differs',
    'the text up to the decoder must match',
  );
  t.equal(
    compareOutcomes({ error: go }, { error: js.replace('j:1:', 'j:2:') })?.kind,
    'error location differs',
  );
  t.equal(
    compareOutcomes({ error: execError }, { error: 'template: x:3:7: other' })?.kind,
    'error message differs',
    'other functions are not covered',
  );
  const slice = 'template: f:1:3: executing "f" at <slice "x" (ne .a .b)>: error calling slice: ';
  const goSlice = `${slice}cannot index slice/array with type bool`;
  const jsSlice = `${slice}cannot index slice/array with type interface {}`;
  t.equal(knownDifference(goSlice, jsSlice)?.name, 'slice-index-from-call-on-interfaces');
  t.equal(knownDifference(jsSlice, goSlice), undefined, 'only in that direction');
  t.equal(knownDifference(goSlice, `${slice}cannot index slice/array with type int`), undefined);
});

t.test('every kind of disagreement is reported', async (t) => {
  t.equal(compareOutcomes({ output: 'a' }, { output: 'a ' })?.kind, 'output differs');
  t.equal(
    compareOutcomes({ output: '' }, {})?.kind,
    'output differs',
    'a missing output is not an empty one',
  );
  t.equal(
    compareOutcomes({ error: execError }, { output: '' })?.kind,
    'Go failed, kinject rendered',
  );
  t.equal(
    compareOutcomes({ output: '' }, { error: execError })?.kind,
    'kinject failed, Go rendered',
  );
  t.equal(
    compareOutcomes({ error: execError }, { error: 'template: x:4:7: same' })?.kind,
    'error location differs',
  );
  t.equal(
    compareOutcomes({ error: execError }, { error: `${JS_EXCEPTION_TAG} TypeError: x` })?.kind,
    'JS exception',
  );
});

t.test('parse trees must print back the same, where Go recorded one', async (t) => {
  t.equal(
    compareOutcomes({ output: 'x', tree: '{{.}}' }, { output: 'x', tree: '{{.}}' }),
    undefined,
  );
  t.equal(compareOutcomes({ output: 'x' }, { output: 'x', tree: 'anything' }), undefined);
  t.equal(
    compareOutcomes({ output: 'x', tree: '{{$x = 1}}' }, { output: 'x', tree: '{{$x := 1}}' })
      ?.kind,
    'parse tree prints differently',
  );
  const parseFailure = { error: 'template: x:1: function "f" not defined' };
  t.equal(
    compareOutcomes(
      { error: 'template: x:1:2: executing "x" at <f>: boom', tree: '{{f}}' },
      parseFailure,
    )?.kind,
    'kinject failed to parse, Go parsed',
  );
});

t.test('an output diff points at the first differing offset', async (t) => {
  const d = compareOutcomes({ output: 'abcdef' }, { output: 'abcXef' });
  t.match(d?.detail, /first difference at offset 3/);
});
