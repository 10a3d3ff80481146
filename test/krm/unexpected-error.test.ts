/**
 * An unexpected failure inside the injector (a kinject bug, not the user's input) still
 * fails the KRM function the way a known one does: the items unchanged, an error result on
 * the item with the error's own message, and the error placed in its file.
 */
import t from 'tap';
import { parse } from 'yaml';
import { formatError } from '../../lib/errors.js';
import type { Injector } from '../../lib/inject/index.js';
import { runResourceList } from '../../lib/krm/index.js';
import { readStream } from '../../lib/yaml/index.js';

const LIST = `apiVersion: config.kubernetes.io/v1
kind: ResourceList
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec: {template: {spec: {containers: [{name: web, image: web}]}}}
`;

const broken: Injector = {
  injectObject: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'spec')");
  },
};

t.test('an unexpected error is an error result with its message, items unchanged', async (t) => {
  const outcome = runResourceList(readStream(LIST, '<stdin>'), broken);
  t.equal(outcome.errors.length, 1);
  const [error] = outcome.errors;
  t.equal(error?.code, 'INJECTION');
  t.equal(
    error && formatError(error),
    "<stdin>:4:3: Cannot read properties of undefined (reading 'spec')",
  );
  t.ok(error?.cause instanceof TypeError, 'the original error is the cause');
  const list = parse(outcome.output) as {
    items: unknown[];
    results: { message: string; severity: string; resourceRef: unknown }[];
  };
  t.strictSame(list.items, (parse(LIST) as { items: unknown[] }).items);
  t.strictSame(list.results, [
    {
      message: "Cannot read properties of undefined (reading 'spec')",
      severity: 'error',
      resourceRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
      file: { path: '<stdin>', index: 0 },
      tags: { 'kinject.dev/code': 'INJECTION' },
    },
  ]);
});
