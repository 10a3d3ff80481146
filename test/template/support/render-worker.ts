/**
 * Worker thread that renders cases with kinject, so a case that never finishes (an engine bug)
 * can be stopped from outside instead of hanging the test run. See {@link ./isolated-renderer.ts}.
 */
import { parentPort } from 'node:worker_threads';
import type { CaseInput } from './case-files.js';
import { renderWithKinject } from './run-kinject.js';

/** A request: render this case and answer with the same id. */
export interface RenderRequest {
  id: number;
  c: CaseInput;
}

// The engine is loaded (imports run first): say so, so the time limit starts now.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, c }: RenderRequest) => {
  parentPort?.postMessage({ id, outcome: renderWithKinject(c) });
});
