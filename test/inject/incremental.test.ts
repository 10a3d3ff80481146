/**
 * Injecting a stream as it arrives (lib/inject/incremental.ts) gives exactly what injecting
 * the whole text gives: output, reports (lines, document indexes) and errors, however the
 * text is cut into chunks. Run over crafted streams and, when it is beside the repo, every
 * input of the conformance corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { PACKAGE_TEMPLATES_DIR } from '../../cli/io.js';
import { buildInjectionConfig, loadEmbeddedDefaults } from '../../lib/config/index.js';
import { formatError } from '../../lib/errors.js';
import { injectStream } from '../../lib/index.js';
import { StreamInjector } from '../../lib/inject/incremental.js';
import { prepareInjector } from '../../lib/inject/index.js';
import { corpusTest } from '../support/corpus.js';

const injector = prepareInjector(
  buildInjectionConfig(
    {},
    loadEmbeddedDefaults((name) => ({
      text: readFileSync(path.join(PACKAGE_TEMPLATES_DIR, name), 'utf8'),
      file: name,
    })),
  ),
);

/** Everything a run shows the user, from the whole text at once. */
function whole(text: string) {
  const r = injectStream(text, 'in.yaml', injector);
  return {
    output: r.output,
    changed: r.changed,
    reports: r.reports,
    errors: r.errors.map((e) => `${formatError(e)} #${e.doc}`),
  };
}

/** The same, from the text pushed in chunks of `size` characters. */
function streamed(text: string, size: number) {
  const s = new StreamInjector('in.yaml', injector);
  const outs = [];
  for (let i = 0; i < text.length; i += size) outs.push(s.push(text.slice(i, i + size)));
  outs.push(s.end());
  const errors = s.errors();
  return {
    output: errors.length > 0 ? '' : outs.map((o) => o.output).join(''),
    changed: errors.length > 0 ? false : s.changed,
    reports: s.parseFailed ? [] : outs.flatMap((o) => o.reports),
    errors: errors.map((e) => `${formatError(e)} #${e.doc}`),
  };
}

const deployment = (name: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels: {app: ${name}}${extra}
    spec:
      containers:
      - name: app # the app
        image: app:1
`;
const service = '# a service\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n';

const STREAMS: Record<string, string> = {
  'workloads among other documents': `# header\n${service}---\n${deployment('a')}...\n---\n${deployment('b')}---\n---\n${service}`,
  'a parse error late in the stream': `${deployment('a')}---\n${service}---\nkind: [Service\n`,
  'an injection error in the second workload': `${deployment('a')}---\n${deployment(
    'b',
    '\n      annotations: {traffic.sidecar.istio.io/includeInboundPorts: "x"}',
  )}`,
  'an injection error, then a parse error (only the parse error counts)': `${deployment(
    'a',
    '\n      annotations: {traffic.sidecar.istio.io/includeInboundPorts: "x"}',
  )}---\n${service}---\nkind: [Service\n`,
  'a control character late in the stream, after a parse error': `${deployment('a')}---\nkind: [x\n---\n${service}---\nkind: "\u0001"\n`,
  'a document that is not an object': `${service}---\n- a list\n---\n${deployment('a')}`,
  'CRLF and no final newline': `${deployment('a')}---\n${service}`.replace(/\n/g, '\r\n').trimEnd(),
  JSON: JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'a', image: 'a' }] },
  }),
};

t.test('streamed equals whole, in any chunking', async (t) => {
  for (const [name, text] of Object.entries(STREAMS)) {
    const expected = whole(text);
    for (const size of [1, 13, 100, text.length]) {
      t.strictSame(streamed(text, size), expected, `${name}, chunks of ${size}`);
    }
  }
});

t.test('the crafted streams do what their names say', async (t) => {
  t.equal(whole(STREAMS['workloads among other documents']).errors.length, 0);
  t.match(whole(STREAMS['a parse error late in the stream']).errors, [/^in\.yaml:2\d:/]);
  t.equal(whole(STREAMS['an injection error in the second workload']).errors.length, 1);
  t.match(whole(STREAMS['a document that is not an object']).errors, [/not a Kubernetes object/]);
  t.match(whole(STREAMS['an injection error, then a parse error (only the parse error counts)']), {
    errors: [/^in\.yaml:\d+:\d+: (?!.*includeInboundPorts)/],
    reports: [],
  });
  t.match(whole(STREAMS['a control character late in the stream, after a parse error']).errors, [
    /control characters are not allowed/,
  ]);
});

corpusTest(t, 'every corpus input, streamed, equals whole', async (t, corpus) => {
  const cases = path.join(corpus, 'cases');
  for (const name of readdirSync(cases)) {
    const file = path.join(cases, name, 'input.yaml');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    t.strictSame(streamed(text, 4096), whole(text), name);
  }
});
