/**
 * An empty file name (`-o ""`, an unset shell variable in a script) is refused as bad usage:
 * resolved, it named the working folder, so `-f ""` read every manifest there and `-o ""`
 * failed with EISDIR and no name.
 */
import t from 'tap';
import { fixture, kinject } from './support.js';

const CASES: [string, string[]][] = [
  ['filename', ['-f', '']],
  ['output', ['-f', fixture('app.yaml'), '-o', '']],
  ['values', ['--values', '', '-f', fixture('app.yaml')]],
  ['control-plane', ['--control-plane', '', '-f', fixture('app.yaml')]],
  ['filename', ['uninject', '-f', '']],
];

for (const [option, argv] of CASES) {
  t.test(`${argv.join(' ')}: refused`, async (t) => {
    const run = await kinject(argv);
    t.equal(run.status, 2);
    t.equal(run.stdout, '');
    t.equal(run.stderr, `kinject: --${option} "": an empty file name (see kinject --help)\n`);
  });
}

t.test('explain -o names a format: an empty one is told so', async (t) => {
  const run = await kinject(['explain', '-f', fixture('app.yaml'), '-o', '']);
  t.equal(run.status, 2);
  t.match(run.stderr, /explain -o "": expected table or json/);
});
