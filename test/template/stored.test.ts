/**
 * Stored parse trees (lib/template/parse/stored.ts): trees stored as JSON and revived are the
 * parsed trees (same node classes and fields, deep-equal), print the same String() and
 * execute to the same output or the same error, over the recorded template corpus, kinject's
 * embedded templates and Istio's (skipped without the conformance corpus). Damaged data is
 * refused, never half revived.
 */
import { isDeepStrictEqual } from 'node:util';
import t, { type Test } from 'tap';
import { parse as parseYaml } from 'yaml';
import { istioFuncs } from '../../lib/funcs/istio.js';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { EndNode, ListNode, TextNode } from '../../lib/template/parse/node.js';
import { parse, Tree } from '../../lib/template/parse/parse.js';
import { reviveTrees, storeTrees, type StoredTrees } from '../../lib/template/parse/stored.js';
import { Template } from '../../lib/template/template.js';
import { corpusTest, corpusText } from '../support/corpus.js';
import { embeddedDefaults } from '../support/embedded.js';
import {
  applyDefaults,
  listCaseFiles,
  readCaseFile,
  type CaseInput,
} from './support/case-files.js';

/** A template as the case (or Istio) sets it up, before any text. */
function emptyTemplate(c: CaseInput): Template {
  let tmpl = new Template(c.tname ?? c.name);
  if (c.funcs === 'sprig') tmpl = tmpl.funcs(sprigFuncs);
  for (const option of c.option?.split(',') ?? []) tmpl = tmpl.option(option);
  return tmpl;
}

/** The trees of a parsed template, by name. */
const treesOf = (tmpl: Template) => new Map(tmpl.templates().map((s) => [s.name, s.parseTree]));

/** The output, or the error text, of executing. */
function outcome(tmpl: Template, data: unknown): string {
  try {
    return `output: ${tmpl.execute(data)}`;
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/** `tmpl`'s trees through JSON and back, added to a template set up as it was. */
function throughJson(tmpl: Template, text: string, fresh: () => Template): Template {
  const stored = storeTrees(
    tmpl.name,
    tmpl.templates().flatMap((s) => s.parseTree ?? []),
  );
  const revived = fresh();
  const json = JSON.parse(JSON.stringify(stored)) as unknown;
  for (const [name, tree] of reviveTrees(json, tmpl.name, text)) revived.addParseTree(name, tree);
  return revived;
}

t.test('the recorded template corpus: revived trees are the parsed ones', async (t) => {
  let checked = 0;
  for (const file of listCaseFiles()) {
    const cases = readCaseFile(file);
    for (const raw of cases.cases) {
      const c = applyDefaults(cases, raw);
      let parsed: Template;
      try {
        parsed = emptyTemplate(c).parse(c.template);
      } catch {
        continue; // Cases of parse errors have no trees.
      }
      const revived = throughJson(parsed, c.template, () => emptyTemplate(c));
      const data = c.data ?? undefined;
      // Where JavaScript's stack runs out first (a template recursing without end) decides
      // which node that error names: it differs from run to run, revived or not.
      const deep = c.error?.includes('exceeded maximum template depth') === true;
      const same =
        isDeepStrictEqual(treesOf(revived), treesOf(parsed)) &&
        revived.toString() === parsed.toString() &&
        (deep || outcome(revived, data) === outcome(parsed, data));
      if (!same) t.fail(`${c.name}: revived differs`, { template: c.template });
      checked++;
    }
  }
  t.ok(checked > 500, `${checked} cases`);
});

t.test('numbers keep every reading, -0 included', async (t) => {
  const text = "{{-0.0}} {{0}} {{-7}} {{1e3}} {{0x1F}} {{'a'}} {{1+2i}} {{-0i}}";
  const parsed = new Template('n').parse(text);
  const revived = throughJson(parsed, text, () => new Template('n'));
  t.ok(isDeepStrictEqual(treesOf(revived), treesOf(parsed)));
  t.equal(revived.execute(undefined), parsed.execute(undefined));
  t.match(revived.execute(undefined), /^-0 /);
});

/** An injection template set's every template, through JSON and back, against the parsed. */
function checkInjectionTemplates(t: Test, templates: Record<string, string>): void {
  const fresh = () => new Template('inject').funcs(sprigFuncs).funcs(istioFuncs);
  for (const [name, text] of Object.entries(templates)) {
    const parsed = fresh().parse(text);
    const revived = throughJson(parsed, text, fresh);
    t.ok(isDeepStrictEqual(treesOf(revived), treesOf(parsed)), `${name}: same trees`);
    t.equal(revived.toString(), parsed.toString(), `${name}: same String()`);
    t.strictSame([...treesOf(revived).keys()], [...treesOf(parsed).keys()], `${name}: same order`);
  }
}

t.test("kinject's embedded templates", async (t) => {
  checkInjectionTemplates(t, embeddedDefaults().injector.templates);
});

corpusTest(t, "Istio's templates (the corpus's injector ConfigMap)", async (t) => {
  const config = parseYaml(corpusText('base/inject-config.yaml')) as {
    templates: Record<string, string>;
  };
  checkInjectionTemplates(t, config.templates);
});

t.test('damaged data is refused', async (t) => {
  const text = '{{define "a"}}A{{end}}{{if .x}}{{template "a" .}}{{else}}b{{end}}';
  const stored = storeTrees('t', parse('t', text, { hasFunction: () => false }).values());
  t.equal(reviveTrees(stored, 't', text).size, 2, 'the data as stored revives');
  const refused = (data: unknown, parseName = 't') =>
    t.throws(() => reviveTrees(data, parseName, text), /stored trees: /);
  refused({ trees: stored });
  refused(stored, 'other');
  refused(stored.slice(0, -1));
  refused([...stored, 0]);
  refused(stored.map((v) => (typeof v === 'string' && v !== 't' ? 0 : v)));
  refused(
    stored.map((v, i) => (i === 3 ? 99 : v)),
    't',
  );
  refused(['t', 1, 'a', 1, 0, 0]); // A text node where a list must be.
});

t.test('only finished trees with roots are stored', async (t) => {
  const source = { parseName: 't', text: '{{end}}' };
  const tree = new Tree('t', 't', source.text);
  t.throws(() => storeTrees('t', [tree]), /no root/);
  tree.root = new ListNode(tree, 0);
  tree.root.nodes.push(new TextNode(tree, 0, 'x'), new EndNode(tree, 0));
  t.throws(() => storeTrees('t', [tree]), /not a finished tree/);
  const revive = (data: StoredTrees) => reviveTrees(data, 't', source.text);
  tree.root.nodes.pop();
  t.equal(
    revive(storeTrees('t', [tree]))
      .get('t')
      ?.root?.String(),
    'x',
  );
});
