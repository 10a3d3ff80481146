/**
 * sigs.k8s.io/yaml.Marshal on the value model, against outputs recorded from Go
 * (fixtures/README.md): scalars that must be quoted (YAML 1.1 booleans, numbers, dates,
 * sexagesimals, indicators), literal blocks, folding at 80 columns, key order, nesting,
 * and Istio's own values and mesh config.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { MarshalError } from '../../lib/go/json.js';
import { marshalYaml } from '../../lib/funcs/go-yaml.js';
import { GoInt, GoStruct } from '../../lib/go/value.js';

interface MarshalRecord {
  input: unknown;
  json: string;
  yaml: string;
  err?: string;
}

const load = (name: string): MarshalRecord[] =>
  JSON.parse(
    readFileSync(new URL(`../../../test/funcs/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as MarshalRecord[];
const records = [...load('go-marshal.json'), ...load('go-marshal-random.json')];

/** The YAML, or the marker of an error. */
function outcome(v: unknown): string {
  try {
    return marshalYaml(v);
  } catch (e) {
    if (e instanceof MarshalError) return '<error>';
    throw e;
  }
}

t.test('YAML of decoded JSON values matches Go', async (t) => {
  const wrong = records
    .map((r) => ({ input: r.input, want: r.err ? '<error>' : r.yaml, got: outcome(r.input) }))
    .filter((r) => r.got !== r.want);
  t.same(wrong, [], `all ${records.length} recorded values`);
});

t.test('the recordings cover what matters', async (t) => {
  const yamls = records.map((r) => r.yaml).join('\n');
  for (const shape of ['|-\n', '|+\n', '|2-\n', "'", '"', '? ', '- - ', ': []', ': {}']) {
    t.ok(yamls.includes(shape), `has ${JSON.stringify(shape)}`);
  }
  t.ok(
    records.some((r) => r.err),
    'has failures',
  );
});

t.test('Go ints stay ints; floats use strconv %g', async (t) => {
  t.equal(
    marshalYaml({ port: new GoInt(15020, 'int32'), ratio: 1.5, big: 1234567.5 }),
    'big: 1.2345675e+06\nport: 15020\nratio: 1.5\n',
  );
  t.equal(marshalYaml(-0), '0\n', 'JSON -0 reads back as the integer 0');
});

t.test('structs marshal through their JSON', async (t) => {
  const sc = new GoStruct({
    type: 'v1.SecurityContext',
    json: () => ({ runAsUser: 1337, privileged: false }),
  });
  t.equal(
    marshalYaml({ securityContext: sc }),
    'securityContext:\n  privileged: false\n  runAsUser: 1337\n',
  );
});

t.test('values JSON cannot carry fail as in Go', async (t) => {
  t.throws(() => marshalYaml({ a: NaN }), MarshalError);
});
