/**
 * Aliases in configuration files (values, mesh config, injector config, control plane,
 * `.kinject.yaml`): refused as go-yaml refuses them, as in manifests, never a crash.
 */
import t from 'tap';
import { accepted, assertRefused } from './harness.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: app}]\n';

/** Nine levels of nine aliases each: a few hundred bytes that would decode to 9^9 nodes. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const FLAGS = ['--values', '--mesh-config', '--injector-config', '--control-plane', '--config'];

for (const flag of FLAGS) {
  t.test(`${flag}: an alias bomb, at the alias that breaks the bound`, async (t) => {
    await assertRefused(
      t,
      { 'conf.yaml': aliasBomb(), 'app.yaml': POD },
      [flag, 'conf.yaml', '-f', 'app.yaml'],
      {
        file: 'conf.yaml',
        line: 4,
        col: 25,
        message: /excessive aliasing/,
      },
    );
  });

  t.test(`${flag}: an anchor holding an alias to itself`, async (t) => {
    await assertRefused(
      t,
      { 'conf.yaml': 'a: &a [x, *a]\n', 'app.yaml': POD },
      [flag, 'conf.yaml', '-f', 'app.yaml'],
      {
        file: 'conf.yaml',
        // At the alias, not the document's start.
        line: 1,
        col: 11,
        message: /an anchor’s value contains an alias to itself/,
      },
    );
  });
}

t.test('.kinject.yaml: an option given by an alias has the anchor’s value', async (t) => {
  const run = await accepted(
    t,
    { '.kinject.yaml': 'set: &hub [global.hub=registry.example.com]\n', 'app.yaml': POD },
    ['-f', 'app.yaml'],
  );
  t.match(run.stdout, /image: registry\.example\.com\/proxyv2:/);
  const aliased = await accepted(
    t,
    { '.kinject.yaml': 'namespace: &ns shop\nrevision: *ns\n', 'app.yaml': POD },
    ['-f', 'app.yaml'],
  );
  t.match(aliased.stdout, /istio\.io\/rev: shop/);
});
