// Each kind of edit the injector needs, on small documents, with the exact text we want back:
// only the changed parts differ; everything else keeps its text, comments and quoting.
import t from 'tap';
import { patchYamlText, readStream } from '../../lib/yaml/index.js';
/** Patches document `index` of `text` to `value`, checks it reads back as `value`, and returns the text. */
function patch(text, value, index = 0) {
    const out = patchYamlText(text, value, index);
    const doc = readStream(out, 'out').docs[index];
    if (!doc || doc.errors.length > 0)
        throw new Error(`patched text does not parse:\n${out}`);
    t.same(doc.value, value, 'patched text reads back as the new value');
    return out;
}
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web  # keep me
  labels:
    app: "web"
# about spec
spec:
  containers:
  - name: web
    image: 'nginx:1.0'
    ports:
    - containerPort: 80
  # trailing comment of containers
  volumes: []
`;
t.test('set or replace a scalar', async (t) => {
    t.equal(patch(POD, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'api', labels: { app: 'api' } },
        spec: {
            containers: [{ name: 'web', image: 'nginx:2.0', ports: [{ containerPort: 8080 }] }],
            volumes: [],
        },
    }), POD.replace('name: web  #', 'name: api  #')
        .replace('"web"', '"api"')
        .replace("'nginx:1.0'", "'nginx:2.0'")
        .replace('80', '8080'));
    t.equal(patch('a: 1\nb:\nc: x # c\n', { a: 1, b: 'yes', c: null }), 'a: 1\nb: "yes"\nc: null # c\n');
    t.equal(patch('a: # note\nb: 2\n', { a: 1, b: 2 }), 'a: 1 # note\nb: 2\n');
    t.equal(patch('a: |\n  x\n  y\nb: 2\n', { a: 'z', b: 2 }), 'a: z\nb: 2\n');
    t.equal(patch('a: x\nb: 2\n', { a: 'l1\nl2\n', b: 2 }), 'a: |\n  l1\n  l2\nb: 2\n');
    t.equal(patch('a: !!str 1\n', { a: 2 }), 'a: 2\n');
});
t.test('add keys: after the last key, before comments that belong to the next node', async (t) => {
    const out = patch(POD, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
            name: 'web',
            labels: { app: 'web', 'sidecar.istio.io/inject': 'true' },
            annotations: { a: '1' },
        },
        spec: {
            containers: [
                { name: 'web', image: 'nginx:1.0', ports: [{ containerPort: 80 }], resources: {} },
            ],
            volumes: [],
        },
    });
    t.equal(out, POD.replace('    app: "web"\n', '    app: "web"\n    sidecar.istio.io/inject: "true"\n  annotations:\n    a: "1"\n').replace('    - containerPort: 80\n', '    - containerPort: 80\n    resources: {}\n'));
    t.equal(patch('a: 1', { a: 1, b: 2 }), 'a: 1\nb: 2', 'no newline at the end stays so');
    t.equal(patch('a: 1 # c\n\n# next\n', { a: 1, b: { c: [1] } }), 'a: 1 # c\nb:\n  c:\n  - 1\n\n# next\n');
});
t.test('new content follows the document’s indentation', async (t) => {
    const fourIndented = 'a:\n    b: 1\n    l:\n        - x\n';
    t.equal(patch(fourIndented, { a: { b: 1, l: ['x'], m: { k: [1, { o: 2, p: 3 }] } } }), `${fourIndented}    m:\n        k:\n            - 1\n            - o: 2\n              p: 3\n`);
    t.equal(patch('a:\n  b: 1\n', { a: { b: 1 }, s: ['x', ['w', 'z'], {}] }), 'a:\n  b: 1\ns:\n- x\n- - w\n  - z\n- {}\n', 'kubectl style by default');
});
t.test('remove keys', async (t) => {
    t.equal(patch('a: 1\nb: 2 # two\nc: 3\n', { a: 1, c: 3 }), 'a: 1\nc: 3\n');
    t.equal(patch('l:\n- name: x\n  image: i\n  args: [1]\n', { l: [{ image: 'i' }] }), 'l:\n- image: i\n');
    t.equal(patch('l:\n- a: 1\n  b: 2\n  c: 3\n', { l: [{ c: 3, d: 4 }] }), 'l:\n- c: 3\n  d: 4\n');
    t.equal(patch('a:\n  b: 1\nc: 2\n', { c: 2 }), 'c: 2\n');
    t.equal(patch('a:\n  b: 1\nc: 2\n', { a: {}, c: 2 }), 'a: {}\nc: 2\n');
});
const CONTAINERS = `spec:
  containers:
    # the app
    - name: app
      image: app:1 # pinned
    - name: helper
      image: helper:1
  volumes:
    - name: data
`;
t.test('sequences: add, remove, replace and reorder items, keeping each item’s text', async (t) => {
    const proxy = { name: 'istio-proxy', image: 'proxyv2', args: ['proxy', 'sidecar'] };
    const app = { name: 'app', image: 'app:1' };
    const helper = { name: 'helper', image: 'helper:1' };
    t.equal(patch(CONTAINERS, { spec: { containers: [proxy, app, helper], volumes: [{ name: 'data' }] } }), CONTAINERS.replace('    # the app\n', '    - name: istio-proxy\n      image: proxyv2\n      args:\n        - proxy\n        - sidecar\n    # the app\n'), 'istio-proxy moves to the front; the app keeps its comments');
    t.equal(patch(CONTAINERS, { spec: { containers: [helper, app], volumes: [{ name: 'data' }] } }), 'spec:\n  containers:\n    - name: helper\n      image: helper:1\n    # the app\n    - name: app\n      image: app:1 # pinned\n  volumes:\n    - name: data\n', 'swap');
    t.equal(patch(CONTAINERS, { spec: { containers: [helper], volumes: [{ name: 'data' }] } }), 'spec:\n  containers:\n    - name: helper\n      image: helper:1\n  volumes:\n    - name: data\n', 'remove');
    t.equal(patch('l:\n- a\n- b\n- c\n', { l: ['a', 'x', 'c'] }), 'l:\n- a\n- x\n- c\n', 'replace a scalar item in place');
    t.equal(patch('l:\n- a\n- b\n', { l: ['b', 'a', 'c'] }), 'l:\n- b\n- a\n- c\n');
    t.equal(patch('l:\n- a\n- b\n', { l: [] }), 'l: []\n');
    t.equal(patch('- a\n- b', { 0: 1 }), '"0": 1', 'root changes type');
    t.equal(patch('l:\n- - a\n  - b\n', { l: [['b', 'a']] }), 'l:\n- - b\n  - a\n', 'nested compact sequences');
});
t.test('flow collections are rewritten when they change', async (t) => {
    t.equal(patch('metadata:\n  annotations: {}\n  name: x\n', {
        metadata: { annotations: { 'a/b': 'true' }, name: 'x' },
    }), 'metadata:\n  annotations:\n    a/b: "true"\n  name: x\n');
    t.equal(patch('args: ["a", "b"] # c\n', { args: ['a', 'c,d'] }), 'args: ["a", "c,d"] # c\n', 'JSON-like flow stays so');
    t.equal(patch('args: [a, b]\n', { args: ['a', 'c d', 'e,f', 'yes', 1] }), 'args: [a, c d, "e,f", "yes", 1]\n', 'YAML flow stays so');
    t.equal(patch('m: {a: 1}\n', { m: { a: 1, 'b/c': ['x'] } }), 'm: {a: 1, b/c: [x]}\n');
    t.equal(patch('l: [a]\n', { l: [] }), 'l: []\n');
    t.equal(patch('l: []\n', { l: ['a'] }), 'l:\n- a\n', 'an empty flow collection that gains items is written in block style');
    t.equal(patch('a: 1\n---\n{"kind": "Pod", "spec": {"x": 1}}\n', { kind: 'Pod', spec: { x: 2 } }, 1), 'a: 1\n---\n{"kind": "Pod", "spec": {"x": 2}}\n', 'a JSON document in a YAML stream stays JSON-like');
});
t.test('empty and multi-document streams', async (t) => {
    t.equal(patch('---\n', { a: 1 }), '---\na: 1\n');
    t.equal(patch('a: 1\n---\n# c\nb: 2\n...\n', { b: 3 }, 1), 'a: 1\n---\n# c\nb: 3\n...\n');
    t.equal(patch('a: 1\n---\nb: 2\n', null, 1), 'a: 1\n---\nnull\n');
});
t.test('JSON files are rewritten as JSON, in their own style', async (t) => {
    const json = '{\n    "kind": "Pod",\n    "metadata": {"name": "x"},\n    "spec": {\n        "containers": [{"name": "a"}]\n    }\n}\n';
    const out = patchYamlText(json, {
        spec: { containers: [{ name: 'p' }, { name: 'a' }] },
        kind: 'Pod',
        metadata: { name: 'x', labels: {} },
    });
    t.equal(out, '{\n    "kind": "Pod",\n    "metadata": {\n        "name": "x",\n        "labels": {}\n    },\n    "spec": {\n        "containers": [\n            {\n                "name": "p"\n            },\n            {\n                "name": "a"\n            }\n        ]\n    }\n}\n');
    t.equal(patchYamlText('{"a":1}', { a: 2, b: 1 }), '{"a":2,"b":1}');
});
t.test('edge cases read back as the new value', async (t) => {
    const cases = [
        ['a: 1', { a: 1, s: 'x\n' }],
        ['a: 1', { a: 1, s: 'x\n\n' }],
        ['a: 1', { a: 'x\n\n' }],
        ['l:\n- a', { l: ['a', 'x\n\n'] }],
        ['s: |+\n  x\n\n', { s: 'x\n\n', t: 1 }],
        ['s: |+\n  x\n\n', { s: 'z\n\n\n' }],
        ['base: &b\n  x: 1\nuse: *b\n', { base: { x: 1 }, use: { x: 2 } }],
        ['base: &b\n  x: 1\nuse: *b\n', { base: { x: 1, y: 2 }, use: { x: 1 } }],
        ['m: {a: 1, b: [1, 2]}\n', { m: { a: 1, b: [1, 2, 3] } }],
        ['--- a: 1\n', { a: 1, b: 2 }],
        ['--- |\n  text\n', 'other'],
        ['# only comment\n---\n', { a: 1 }],
        ['a: 1\n', ['x', { y: 1 }]],
        ['? a\n: 1\n', { a: 1, b: 2 }],
        ['a: !!map\n  b: 1\n', { a: { b: 2 } }],
        ['a: [\n  1,\n  2\n]\nb: 1\n', { a: [1], b: 1 }],
        ['a: plain\n  continued\nb: 1\n', { a: 'x', b: 1 }],
        ['- a\n-\n- c\n', ['a', 'b', 'c']],
        ['-\n  a: 1\n', [{ a: 1, b: 2 }]],
        ['\ufeffa: 1\n', { a: 1, b: { c: 2 } }],
        ['a: 1\nb: 2\na: 3\n', { a: 4, b: 2 }],
    ];
    for (const [text, value] of cases)
        patch(text, value);
    t.equal(patch('\ufeffa: 1\n', { a: 1, b: 2 }), '\ufeffa: 1\nb: 2\n', 'a byte-order mark is not indentation');
    t.equal(patch('a: 1', { a: 1, s: 'x\n\n' }), 'a: 1\ns: |+\n  x\n\n', 'a block scalar at the end of the text ends its line');
    t.equal(patch('base: &b\n  x: 1\nuse: *b # c\n', { base: { x: 1 }, use: { x: 2 } }), 'base: &b\n  x: 1\nuse:\n  x: 2 # c\n');
});
t.test('named items that move to another sequence keep their text, re-indented', async (t) => {
    const pod = 'spec:\n  containers:\n  - name: app\n    image: app\n  # the proxy, pinned\n  - name: istio-proxy\n    image: proxy:1 # pinned\n    args: [a, b]\n';
    const proxy = {
        name: 'istio-proxy',
        image: 'proxy:1',
        args: ['a', 'b'],
        restartPolicy: 'Always',
    };
    t.equal(patch(pod, { spec: { containers: [{ name: 'app', image: 'app' }], initContainers: [proxy] } }), 'spec:\n  containers:\n  - name: app\n    image: app\n  initContainers:\n  # the proxy, pinned\n  - name: istio-proxy\n    image: proxy:1 # pinned\n    args: [a, b]\n    restartPolicy: Always\n');
    const indented = 'spec:\n    initContainers:\n        -   name: init\n    containers:\n        # first\n        - name: istio-proxy\n          image: p # c\n        - name: app\n';
    t.equal(patch(indented, {
        spec: {
            initContainers: [{ name: 'init' }, { name: 'istio-proxy', image: 'q' }],
            containers: [{ name: 'app' }],
        },
    }), 'spec:\n    initContainers:\n        -   name: init\n        # first\n        - name: istio-proxy\n          image: q # c\n    containers:\n        - name: app\n');
    const crlf = pod.replace(/\n/g, '\r\n');
    const out = patch(crlf, {
        spec: { containers: [{ name: 'app', image: 'app' }], initContainers: [proxy] },
    });
    t.notOk(/[^\r]\n/.test(out), 'CRLF kept');
    t.match(out, '# the proxy, pinned');
});
//# sourceMappingURL=edits.test.js.map