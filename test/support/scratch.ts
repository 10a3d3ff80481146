/**
 * Scratch folders for tests: made under the system's temporary folder and removed when the
 * test file's tests are done, so that `npm test` leaves nothing behind (a full run used to
 * leave ~200 folders there, ~20 MB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';

/** A new, empty folder named `kinject-PREFIX-…`, removed at the end of this test file. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kinject-${prefix}-`));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
