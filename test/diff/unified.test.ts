/** Unified diffs of edited stretches: file line numbers, full context at edges, colour. */
import { applyPatch } from 'diff';
import t, { type Test } from 'tap';
import { COLOUR_PALETTE, unifiedDiff, type TextEdit } from '../../lib/diff/index.js';
import { applyEdits } from '../../lib/yaml/index.js';

/** n numbered lines `l1`…`ln`, each ended by a newline. */
const numbered = (n: number, from = 1): string =>
  Array.from({ length: n }, (_, i) => `l${from + i}\n`).join('');

/** An edit replacing lines first..last (1-based) of `numbered` text. */
function replaceLines(old: string, first: number, last: number, text: string): TextEdit {
  const starts = [0, ...[...old.matchAll(/\n/g)].map((m) => m.index + 1)];
  return { start: starts[first - 1], end: starts[last], text };
}

/** Apply the diff strictly (no fuzz) and check it yields the edited text. */
function checkApplies(t: Test, old: string, edits: TextEdit[], diff: string): void {
  t.equal(applyPatch(old, diff, { fuzzFactor: 0 }), applyEdits(old, 0, old.length, edits));
}

t.test('each edit becomes a hunk numbered as lines of the whole file', async (t) => {
  const old = numbered(40);
  const edits = [replaceLines(old, 5, 5, 'five\n'), replaceLines(old, 30, 31, 'x\ny\nz\n')];
  const diff = unifiedDiff('apps/x.yaml', old, edits);
  t.match(diff, /^--- a\/apps\/x\.yaml\n\+\+\+ b\/apps\/x\.yaml\n@@ -2,7 \+2,7 @@\n l2\n/);
  t.match(diff, /\n@@ -27,8 \+27,9 @@\n l27\n l28\n l29\n-l30\n-l31\n\+x\n\+y\n\+z\n l32\n/);
  checkApplies(t, old, edits, diff);
});

t.test('a change at the edge of a stretch gets its context from the lines around it', async (t) => {
  const old = numbered(20);
  // The stretch is lines 8..10 and the change is its last line: context comes from line 11 on.
  const edits = [replaceLines(old, 8, 10, 'l8\nl9\nten\n')];
  const diff = unifiedDiff('f', old, edits);
  t.match(diff, /@@ -7,7 \+7,7 @@\n l7\n l8\n l9\n-l10\n\+ten\n l11\n l12\n l13\n$/);
  checkApplies(t, old, edits, diff);
});

t.test('close edits share one hunk, as diff -u writes them', async (t) => {
  const old = numbered(20);
  const edits = [replaceLines(old, 5, 5, 'a\n'), replaceLines(old, 9, 9, 'b\n')];
  const diff = unifiedDiff('f', old, edits);
  t.equal(diff.match(/^@@/gm)?.length, 1);
  t.match(diff, /@@ -2,11 \+2,11 @@/);
  checkApplies(t, old, edits, diff);
});

t.test('an edit at the end of a file without a final newline', async (t) => {
  const old = 'a\nb\nc';
  const edits = [{ start: 4, end: 5, text: 'C' }];
  const diff = unifiedDiff('f', old, edits);
  t.match(diff, /-c\n\\ No newline at end of file\n\+C\n\\ No newline at end of file\n$/);
  checkApplies(t, old, edits, diff);
});

t.test('context that reaches the end of a file without a final newline says so', async (t) => {
  // A manifest ending in `---` with no newline, the workload's last lines changed: the
  // hunk's trailing context is the file's last line, which git apply must know lacks one.
  const old = `${numbered(5)}---`;
  const edits = [replaceLines(old, 4, 4, 'four\n')];
  const diff = unifiedDiff('f', old, edits);
  t.match(diff, /\n-l4\n\+four\n l5\n ---\n\\ No newline at end of file\n$/);
  checkApplies(t, old, edits, diff);
});

t.test(
  'an edit inside a line is widened to whole lines; an edit to the same text is no diff',
  async (t) => {
    const old = numbered(3);
    const edits = [{ start: 1, end: 2, text: 'X' }];
    const diff = unifiedDiff('f', old, edits);
    t.match(diff, /-l1\n\+lX\n/);
    checkApplies(t, old, edits, diff);
    t.equal(unifiedDiff('f', old, [{ start: 0, end: 3, text: 'l1\n' }]), '');
    t.equal(unifiedDiff('f', old, []), '');
  },
);

t.test(
  'colour: headers, ranges, removals and additions, by kind of line, not by its text',
  async (t) => {
    const old = 'a: 1\n---\nb: 2\n';
    const diff = unifiedDiff('f', old, [{ start: 5, end: 9, text: '' }], COLOUR_PALETTE);
    t.match(
      diff,
      '\u001b[1m--- a/f\u001b[m\n\u001b[1m+++ b/f\u001b[m\n\u001b[36m@@ -1,3 +1,2 @@\u001b[m\n',
    );
    t.match(diff, '\n\u001b[31m----\u001b[m\n', 'a removed `---` line is a removal, not a header');
  },
);

t.test(
  'a large edit with many scattered changes: each change its own lines, and it applies',
  async (t) => {
    // A List of thousands of items is one document, so one edit: lines are added after every
    // tenth line, and `- item:` lines repeat (they cannot anchor the cut, being not unique).
    const old = Array.from({ length: 6000 }, (_, i) =>
      i % 7 === 0 ? '- item:\n' : `l${i}\n`,
    ).join('');
    const neu = old.replace(/^(l\d*0)\n/gm, '$1\nadded $1\n').slice(0, -1);
    const edits = [{ start: 0, end: old.length, text: neu }];
    const diff = unifiedDiff('f', old, edits);
    const added = (neu.match(/^added /gm) ?? []).length;
    t.ok(added > 500, 'many changes');
    t.equal((diff.match(/^\+added /gm) ?? []).length, added, 'every added line, once');
    t.same(
      diff.match(/^-(?!--).*$/gm),
      ['-- item:'],
      'only the last line, which lost its newline, is removed',
    );
    checkApplies(t, old, edits, diff);
  },
);
