/**
 * Worker thread that renders cases with kinject, so a case that never finishes (an engine bug)
 * can be stopped from outside instead of hanging the test run. See {@link ./isolated-renderer.ts}.
 */
import { parentPort } from 'node:worker_threads';
import { renderWithKinject } from './run-kinject.js';
parentPort?.on('message', ({ id, c }) => {
    parentPort?.postMessage({ id, outcome: renderWithKinject(c) });
});
//# sourceMappingURL=render-worker.js.map