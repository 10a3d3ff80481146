/**
 * The fast reader for rendered templates (lib/inject/generated-yaml.ts) answers what `yaml`
 * with go-yaml v2's typing answers, or gives up: checked on crafted texts at its edges, on
 * the embedded templates rendered over pods, and on every document of the conformance
 * corpus (inputs and expected outputs) when it is beside the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import t from 'tap';
import { parse } from 'yaml';
import { injectStream } from '../../lib/index.js';
import { parseGeneratedYaml } from '../../lib/inject/generated-yaml.js';
import { GO_YAML } from '../../lib/inject/overlay.js';
import { prepareInjector } from '../../lib/inject/index.js';
import { buildInjectionConfig, loadEmbeddedDefaults } from '../../lib/config/index.js';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { corpusTest, corpusText } from '../support/corpus.js';
import { loadCorpus } from '../conformance/corpus.js';
import { caseConfig } from './corpus-config.js';
import { Template } from '../../lib/template/index.js';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { istioFuncs } from '../../lib/funcs/istio.js';
import { sidecarTemplateDataView } from '../../lib/goview/index.js';
import type { JsonMap } from '../../lib/go/json-map.js';

/** A case with nothing overridden: the corpus's base configuration. */
const defaultSettings = {
  valuesOverrides: {},
  meshOverrides: {},
  injectConfigOverrides: {},
  nativeSidecars: false,
};

/** The fast answer is yaml's, or there is none. */
function agrees(text: string): 'same' | 'gave up' | 'different' {
  const fast = parseGeneratedYaml(text);
  if (fast === undefined) return 'gave up';
  return isDeepStrictEqual(fast, parse(text, GO_YAML)) ? 'same' : 'different';
}

const READS = {
  'nested mappings and sequences':
    'a:\n  b: x\n  c:\n  - 1\n  - name: app\n    value: "v"\n  d:\n    - {"k": [1, "two", true, null]}\nz: end\n',
  'a sequence at its key’s indentation':
    'spec:\n  args:\n  - proxy\n  - --domain\n  - "$(POD_NAMESPACE).svc"\n',
  'quoted scalars': `a: "x \\"y\\" z"\nb: 'it''s'\nc: ""\nd: ''\n`,
  'typed plain scalars': 'a: 1\nb: -5\nc: 0\nd: true\ne: false\nf: null\ng: ~\nh:\n',
  'plain strings with colons and dashes': 'a: docker.io/x:1.0\nb: --x=y\nc: a-b_c.d/e\n',
  'comments and blank lines': '# top\na: 1\n\n  # indented\nb: 2\n',
  'an item that is a nested block': 'a:\n-\n  b: 1\n- x\n',
  'literal block scalars':
    'a: |\n  one\n    two\n\n  # not a comment\n\n\nb: |-\n  [\n    {"x": 1}\n  ]\nc: |+\n  kept\n\nd:\n- name: e\n  value: |\n     deep\n',
  'a literal block scalar at the end': 'a: |\n  x\n\n',
  'a flow mapping over lines':
    'metadata:\n  annotations: {\n    istio.io/rev: "default",\n    # a comment\n    a.b/c: "x \\"y\\"",\n  }\n  labels: {\n  }\n',
  'a flow mapping whose last entry has no comma': 'a: {\n  b: "1",\n  c: "2"\n}\n',
  'trailing spaces and tabs, CRLF line breaks': 'a:\r\n  - x \r\n  - "y"\t\r\nb: 1 \t \n \t\n',
};
const GIVES_UP = {
  'a YAML 1.1 boolean word': 'a: yes\n',
  'an octal': 'a: 0755\n',
  'a float': 'a: 1.5\n',
  'a key YAML types': 'on: 1\n',
  'a quoted key': '"a": 1\n',
  'a folded block scalar': 'a: >\n  text\n',
  'an indentation indicator': 'a: |2\n   text\n',
  'a block scalar header comment': 'a: | # c\n  text\n',
  'an empty block scalar': 'a: |\nb: 1\n',
  'a block scalar ending the text without a break': 'a: |\n  text',
  'a block scalar with trailing spaces as content': 'a: |-\n  text\n     \n',
  'flow entries without a comma': 'a: {\n  b: "1"\n  c: "2"\n}\n',
  'a flow entry that is not a quoted string': 'a: {\n  b: 1,\n}\n',
  'a flow entry not indented past its key': 'a: {\nb: "1",\n}\n',
  'a multi-line plain scalar': 'a: one\n  two\n',
  'an anchor': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !!str 1\n',
  'flow that is not JSON': 'a: {b: c}\n',
  'a trailing comment': 'a: b # c\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'an unsafe number': 'a: [12345678901234567890]\n',
  'a YAML escape': 'a: "\\x41"\n',
  'a tab in the indentation': 'a:\n\tb: 1\n',
  'a document marker': '---\na: 1\n',
  'a directive': '%YAML 1.1\n---\na: 1\n',
  'a no-break space in the indentation': 'a:\n  b: 1\n\u00a0 c: 2\n',
  'a trailing no-break space': 'a: x\u00a0\n',
  'a document end marker': 'a: 1\n...\n',
  'a mapping in a plain scalar': 'a: b: c\n',
};

t.test('what it reads, it reads as yaml does', async (t) => {
  for (const [name, text] of Object.entries(READS)) t.equal(agrees(text), 'same', name);
});

t.test('what it is not sure of, it leaves to yaml', async (t) => {
  for (const [name, text] of Object.entries(GIVES_UP)) t.equal(agrees(text), 'gave up', name);
});

t.test('the embedded sidecar template, rendered, is read fast and right', async (t) => {
  const defaults = loadEmbeddedDefaults((name) => ({
    text: readFileSync(path.join(PACKAGE_TEMPLATES_DIR, name), 'utf8'),
    file: name,
  }));
  const templates = defaults.injector.templates;
  // Injection with the fast reader and with yaml alone (a template whose output it cannot
  // read: a leading comment line makes no difference to yaml, a `---` makes it give up).
  const fast = prepareInjector(buildInjectionConfig({}, defaults));
  const slow = prepareInjector(
    buildInjectionConfig(
      {},
      {
        ...defaults,
        injector: {
          ...defaults.injector,
          templates: { ...templates, sidecar: `---\n${templates['sidecar']}` },
        },
      },
    ),
  );
  const input = readFileSync(new URL('../../../examples/bookstore.yaml', import.meta.url), 'utf8');
  t.equal(injectStream(input, 'x', fast).output, injectStream(input, 'x', slow).output);
});

corpusTest(t, 'every corpus document', async (t, corpus) => {
  const counts = { same: 0, 'gave up': 0, different: 0 };
  const cases = path.join(corpus, 'cases');
  for (const name of readdirSync(cases))
    for (const file of ['input.yaml', 'expected.yaml']) {
      const p = path.join(cases, name, file);
      if (!existsSync(p)) continue;
      for (const doc of readFileSync(p, 'utf8').split(/^---.*$/m)) counts[agrees(doc)]++;
    }
  t.equal(counts.different, 0);
  t.ok(counts.same > 50, `read ${counts.same}, gave up on ${counts['gave up']}`);
});

corpusTest(
  t,
  "Istio's own templates: read fast, and injection is the same as with yaml",
  async (t, corpus) => {
    let cases = 0;
    for (const c of await loadCorpus(corpus)) {
      if ('error' in c.expected || (c.skip !== undefined && !c.settings.compliancePolicy)) continue;
      const cfg = caseConfig(c.settings);
      const templates = cfg.injector.templates;
      // A `---` in front of each template makes the fast reader give up: yaml reads it all.
      const slowTemplates = Object.fromEntries(
        Object.entries(templates).map(([name, text]) => [name, `---\n${text}`]),
      );
      const fast = prepareInjector(cfg);
      const slow = prepareInjector({
        ...cfg,
        injector: { ...cfg.injector, templates: slowTemplates },
      });
      const input = corpusText(path.join('cases', path.basename(c.dir), 'input.yaml'));
      t.equal(
        injectStream(input, c.name, fast).output,
        injectStream(input, c.name, slow).output,
        c.name,
      );
      cases++;
    }
    t.ok(cases > 50, `${cases} cases`);
  },
);

corpusTest(t, "Istio's sidecar template, rendered over a pod, needs no yaml", async (t) => {
  const cfg = caseConfig(defaultSettings);
  const text = new Template('sidecar')
    .funcs(sprigFuncs)
    .funcs(istioFuncs)
    .parse(cfg.injector.templates['sidecar'] ?? '')
    .execute(
      sidecarTemplateDataView({
        typeMeta: { kind: 'Deployment', apiVersion: 'apps/v1' },
        deploymentMeta: { name: 'app', namespace: 'ns' },
        objectMeta: { name: 'app', labels: { app: 'app', version: 'v1' }, annotations: {} },
        spec: {
          containers: [
            { name: 'app', image: 'app:1', ports: [{ name: 'http', containerPort: 8080 }] },
          ],
        },
        proxyConfig: (cfg.mesh['defaultConfig'] ?? {}) as JsonMap,
        meshConfig: cfg.mesh,
        values: cfg.values,
        revision: '',
        nativeSidecars: false,
        proxyImage: 'proxyv2:1',
        proxyInitImage: 'proxyv2:1',
        proxyUID: 1337,
        proxyGID: 1337,
        inboundTrafficPolicyMode: 'passthrough',
        compliancePolicy: '',
      }),
    );
  t.equal(agrees(text), 'same');
});
