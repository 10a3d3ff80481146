#!/usr/bin/env node
/** The `kinject` executable: the only place that touches the process's exit status. */
import { main } from './main.js';
import { nodeIO } from './io.js';
process.exitCode = await main(process.argv.slice(2), nodeIO());
//# sourceMappingURL=bin.js.map