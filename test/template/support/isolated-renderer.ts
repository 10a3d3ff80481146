/**
 * Render cases with kinject in a worker thread with a per-case time limit: an engine that
 * loops forever on one case fails that case instead of stalling the whole suite. The limit
 * runs from when the worker is ready: loading the engine (slow under coverage on a busy
 * machine) must not count against a case, or every case after a restart would time out.
 */
import { Worker } from 'node:worker_threads';
import type { CaseInput } from './case-files.js';
import { JS_EXCEPTION_TAG, type Outcome } from './compare.js';
import type { RenderRequest } from './render-worker.js';

/** Generous: the slowest corpus case takes milliseconds; only a hang gets near this. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Renders one case at a time in a (re)startable worker. */
export class IsolatedRenderer {
  #worker: Worker | undefined;
  /** Resolves once the current worker has loaded the engine (its first message). */
  #ready: Promise<void> | undefined;
  #nextId = 0;

  constructor(private readonly timeoutMs = DEFAULT_TIMEOUT_MS) {}

  /** Render a case; a timeout comes back as a JS-exception outcome and restarts the worker. */
  async render(c: CaseInput): Promise<Outcome> {
    const worker = this.#ensureWorker();
    await this.#ready;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (m: { id: number; outcome: Outcome }): void => {
        if (m.id !== id) return;
        finish();
        resolve(m.outcome);
      };
      const onError = (e: Error): void => {
        finish();
        this.#worker = undefined;
        reject(e);
      };
      const timer = setTimeout(() => {
        finish();
        void this.#stop();
        resolve({
          error: `${JS_EXCEPTION_TAG} no result within ${this.timeoutMs} ms (endless loop?)`,
        });
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, c } satisfies RenderRequest);
    });
  }

  /** Stop the worker (call when done, or the process stays alive). */
  close(): Promise<void> {
    return this.#stop();
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./render-worker.js', import.meta.url));
    this.#ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    this.#worker = worker;
    return worker;
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = undefined;
    if (worker) await worker.terminate();
  }
}
