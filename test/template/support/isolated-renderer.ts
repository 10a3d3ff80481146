/**
 * Render cases with kinject in a worker thread with a per-case time limit: an engine that
 * loops forever on one case fails that case instead of stalling the whole suite.
 */
import { Worker } from 'node:worker_threads';
import type { CaseInput } from './case-files.js';
import { JS_EXCEPTION_TAG, type Outcome } from './compare.js';
import type { RenderRequest } from './render-worker.js';

/** Generous: the slowest corpus case takes milliseconds; only a hang gets near this. */
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Renders one case at a time in a (re)startable worker. The time limit starts once the worker
 * has loaded kinject: loading takes long on a busy machine, and is no engine hang.
 */
export class IsolatedRenderer {
  #worker: { worker: Worker; ready: Promise<void> } | undefined;
  #nextId = 0;

  constructor(private readonly timeoutMs = DEFAULT_TIMEOUT_MS) {}

  /** Render a case; a timeout comes back as a JS-exception outcome and restarts the worker. */
  async render(c: CaseInput): Promise<Outcome> {
    const { worker, ready } = this.#ensureWorker();
    await ready;
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

  #ensureWorker(): { worker: Worker; ready: Promise<void> } {
    if (this.#worker === undefined) {
      const worker = new Worker(new URL('./render-worker.js', import.meta.url));
      const ready = new Promise<void>((resolve, reject) => {
        const onReady = (m: { ready?: boolean }): void => {
          if (m.ready !== true) return;
          worker.off('message', onReady);
          worker.off('error', reject);
          resolve();
        };
        worker.on('message', onReady);
        worker.once('error', reject);
      });
      this.#worker = { worker, ready };
    }
    return this.#worker;
  }

  async #stop(): Promise<void> {
    const current = this.#worker;
    this.#worker = undefined;
    if (current) await current.worker.terminate();
  }
}
