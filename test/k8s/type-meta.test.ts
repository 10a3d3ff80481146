/** What Istio's first decode of a document (into metav1.TypeMeta) refuses, and where. */
import t from 'tap';
import { typeMetaProblem } from '../../lib/k8s/type-meta.js';

interface Case {
  name: string;
  obj: Record<string, unknown>;
  /** The path and message of the problem; undefined: the decode takes it. */
  want?: { path: (string | number)[]; message: string };
}

const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } };

const CASES: Case[] = [
  { name: 'strings', obj: POD },
  { name: 'null fields decode as empty', obj: { apiVersion: null, kind: null } },
  { name: 'no TypeMeta at all', obj: { metadata: { name: 'x' } } },
  {
    name: 'a number kind',
    obj: { ...POD, kind: 5 },
    want: { path: ['kind'], message: 'kind: a number, where a string is expected' },
  },
  {
    name: 'a list kind',
    obj: { ...POD, kind: ['Deployment'] },
    want: { path: ['kind'], message: 'kind: a list, where a string is expected' },
  },
  {
    name: 'a mapping apiVersion',
    obj: { ...POD, apiVersion: { a: 'b' } },
    want: { path: ['apiVersion'], message: 'apiVersion: a mapping, where a string is expected' },
  },
  {
    name: 'a boolean kind',
    obj: { ...POD, kind: true },
    want: { path: ['kind'], message: 'kind: a boolean, where a string is expected' },
  },
  {
    name: 'both wrong: apiVersion first, as Go reads keys sorted',
    obj: { kind: 1, apiVersion: 2 },
    want: { path: ['apiVersion'], message: 'apiVersion: a number, where a string is expected' },
  },
  {
    name: 'another case of the name, which encoding/json matches too',
    obj: { ...POD, KIND: 5 },
    want: { path: ['KIND'], message: 'KIND: a number, where a string is expected' },
  },
  {
    name: 'the long s folds to s (bytes.EqualFold)',
    obj: { ...POD, apiVerſion: 5 },
    want: { path: ['apiVerſion'], message: 'apiVerſion: a number, where a string is expected' },
  },
  { name: 'a field of a similar name is not TypeMeta', obj: { ...POD, kinds: 5 } },
  { name: 'items of another kind are not read', obj: { kind: 'Service', items: 5 } },
  { name: 'a List without items', obj: { apiVersion: 'v1', kind: 'List' } },
  { name: 'a List whose items are null, and null items', obj: { kind: 'List', items: [null] } },
  {
    name: 'List items that are no list',
    obj: { kind: 'List', items: { a: 1 } },
    want: { path: ['items'], message: 'items: a mapping, where a list is expected' },
  },
  {
    name: 'a List item that is a number',
    obj: { kind: 'List', items: [POD, 5] },
    want: {
      path: ['items', 1],
      message: 'items[1]: a number, where a mapping (a Kubernetes object) is expected',
    },
  },
  {
    name: 'a List item that is a string',
    obj: { kind: 'List', items: ['Pod'] },
    want: {
      path: ['items', 0],
      message: 'items[0]: a string, where a mapping (a Kubernetes object) is expected',
    },
  },
  {
    name: "a List item's kind",
    obj: { kind: 'List', items: [null, { ...POD, kind: 7 }] },
    want: {
      path: ['items', 1, 'kind'],
      message: 'items[1].kind: a number, where a string is expected',
    },
  },
  {
    name: 'a List in a List',
    obj: { kind: 'List', items: [{ kind: 'List', items: [[]] }] },
    want: {
      path: ['items', 0, 'items', 0],
      message: 'items[0].items[0]: a list, where a mapping (a Kubernetes object) is expected',
    },
  },
];

for (const c of CASES) {
  t.test(c.name, async (t) => {
    t.same(typeMetaProblem(c.obj), c.want);
  });
}

t.test('a prefix places an object found inside another', async (t) => {
  t.same(typeMetaProblem({ kind: 5 }, ['items', 3]), {
    path: ['items', 3, 'kind'],
    message: 'items[3].kind: a number, where a string is expected',
  });
});
