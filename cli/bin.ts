#!/usr/bin/env node
/** The `kinject` executable: the only place that touches the process's exit status. */
import { main } from './main.js';
import { nodeIO } from './io.js';

// No top-level await: the build bundles this file as a script (cli/kinject.ts runs it).
void main(process.argv.slice(2), nodeIO()).then((status) => {
  process.exitCode = status;
});
