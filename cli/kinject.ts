#!/usr/bin/env node
/**
 * The `kinject` executable: runs the CLI's one-file bundle, dist/cli/kinject-bundle.cjs
 * (scripts/bundle.mjs), with the V8 code cache the build made of it. Loading ~200 modules
 * cost about 200 ms on every start; one script costs a fraction, and with the cache V8
 * neither parses it nor compiles what a run uses again. A cache V8 cannot use (another Node
 * version, a damaged file: see below) is ignored: the script is compiled as usual. Without a bundle (a
 * build that ran tsc only) the modules run as they are.
 *
 * tsc makes this file dist/cli/kinject.js, an ES module (the package's "type"); the build
 * also writes it as CommonJS, dist/cli/kinject.cjs, package.json's bin: an ES module entry
 * point costs about 10 ms of every start for Node's ES module loader, which a CommonJS one
 * never starts. Both run the same way.
 */
import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Path from 'node:path';
import type * as Url from 'node:url';
import type * as V8 from 'node:v8';
import type * as Vm from 'node:vm';

// Builtins come through require(), not `import`: an ES module's import of a builtin builds an
// ES facade of all its exports first (node:fs's getters load node:stream), about 10 ms of
// every start for the five this file uses.
const require = createRequire(import.meta.url);
const { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync } =
  require('node:fs') as typeof Fs;
const path = require('node:path') as typeof Path;
const { fileURLToPath } = require('node:url') as typeof Url;
const { Script } = require('node:vm') as typeof Vm;

/** Where the bundle and its code cache are: beside this file. */
const BUNDLE_URL = new URL('./kinject-bundle.cjs', import.meta.url);
const BUNDLE = fileURLToPath(BUNDLE_URL);
const CODE_CACHE = `${BUNDLE}.v8-cache`;
/** Set by the build only: run once, then write the code cache of what the run compiled. */
const WRITE_CACHE = process.env['KINJECT_WRITE_CODE_CACHE'] === '1';

/**
 * The bundle's function: what CommonJS gives a module, and `import.meta.url` (which esbuild
 * turns into `__kinjectUrl`). scripts/bundle.mjs writes the same parameters.
 */
type BundleFunction = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
  importMetaUrl: string,
) => void;

/**
 * The one buffer both files are read into, in turn (the bundle's bytes are garbage once decoded).
 * A fresh buffer for each meant ~150 more fresh memory pages touched on every start, and on a
 * virtual machine the first touch of a page is what costs: ~15 µs each on the one the
 * benchmark ran on, ~2.5 ms for these.
 */
let buffer: Buffer | undefined;

/** `file`'s bytes, in {@link buffer} (made at least `room` bytes long); undefined if unreadable. */
function readOptional(file: string, room = 0): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    if (buffer === undefined || buffer.length < size)
      buffer = Buffer.allocUnsafeSlow(Math.max(size, room));
    let length = 0;
    while (length < size) {
      const n = readSync(fd, buffer, length, size - length, length);
      if (n === 0) break; // It shrank as it was read: V8 rejects a short cache, and a short bundle fails.
      length += n;
    }
    return buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** process.binding('v8'), as far as it is used here (@types/node leaves process.binding out). */
interface V8Binding {
  setFlagsFromString?: (flags: string) => void;
}

/**
 * V8's flags set as node:v8's setFlagsFromString sets them, without loading node:v8: requiring
 * it loads node:stream and some 30 modules with it (~4 ms and ~90 fresh pages of every start)
 * for a function that only hands the string to this binding. process.binding is deprecated
 * (DEP0111), so its warning is muted for this one call; a Node without it gets node:v8's.
 */
function setV8Flags(flags: string): void {
  const { noDeprecation } = process;
  process.noDeprecation = true;
  try {
    const binding = (process as unknown as { binding(name: string): V8Binding }).binding('v8');
    if (typeof binding.setFlagsFromString === 'function') return binding.setFlagsFromString(flags);
  } catch {
    // No such binding in this Node: node:v8's, below.
  } finally {
    process.noDeprecation = noDeprecation;
  }
  (require('node:v8') as typeof V8).setFlagsFromString(flags);
}

// The build makes the bundle ASCII only: Latin-1 is the same text, decoded at a fraction of the cost.
const source = readOptional(BUNDLE, WRITE_CACHE ? 0 : sizeOf(CODE_CACHE))?.toString('latin1');
if (source === undefined) {
  // Not awaited: the CommonJS form (above) can have no top-level await.
  void import('./bin.js');
} else {
  // V8 trusts a code cache's content: a damaged one (a bit flipped on the disk, an edited
  // file) crashed the process in its deserializer. With this flag the build's run writes a
  // checksum into the cache and every start checks it (about 2 ms), so a damaged cache is
  // rejected and the bundle compiled from its text. (The flag is part of what V8 checks a
  // cache was made with: the build runs this file too, so its cache matches.)
  //
  // --heap-growing-percent: after each full collection V8 let the heap grow to about four
  // times what was live (~15 MB), so a long stream's peak RSS was set by how long it ran, not
  // by what it holds (2k workloads 129 MB, 20k 173 MB). Growing by half keeps it flat (113 and
  // 120 MB), at no CPU cost measured: the collections are of a small heap, and fewer fresh
  // pages are touched. Set here, before any code runs, so the build's run has it as well.
  //
  // --no-turbo-inlining: on a 1k-workload stream about a third of the CPU went to TurboFan
  // compiling the ~700 functions that get hot (on V8's worker threads), and inlining makes
  // each compile bigger. Without it 1k workloads took 3.14 s CPU instead of 3.78 s (-17%,
  // alternated runs); 10k workloads and the start-up measured no slower.
  //
  // --no-sparkplug: V8's baseline compiler compiled ~240 KB of machine code while one small
  // Deployment was injected (60 fresh pages, and the compiles), for code that then ran a few
  // times; on long streams TurboFan takes the hot code over either way (1k workloads: the same
  // time with or without it).
  setV8Flags(
    '--verify-snapshot-checksum --heap-growing-percent=50 --no-turbo-inlining --no-sparkplug',
  );
  // The bundle is a function expression already (scripts/bundle.mjs): the text as read is the script.
  const script = new Script(source, {
    filename: BUNDLE,
    cachedData: WRITE_CACHE ? undefined : readOptional(CODE_CACHE),
  });
  // After the run, so the cache holds the functions the run compiled, not only the top level.
  if (WRITE_CACHE) process.once('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as BundleFunction)(
    module.exports,
    require, // Beside the bundle: resolves as the bundle's own would.
    module,
    BUNDLE,
    path.dirname(BUNDLE),
    BUNDLE_URL.href,
  );
}
