/**
 * Render cases with kinject in a worker thread with a per-case time limit: an engine that
 * loops forever on one case fails that case instead of stalling the whole suite.
 */
import { Worker } from 'node:worker_threads';
import { JS_EXCEPTION_TAG } from './compare.js';
/** Generous: the slowest corpus case takes milliseconds; only a hang gets near this. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** Renders one case at a time in a (re)startable worker. */
export class IsolatedRenderer {
    timeoutMs;
    #worker;
    #nextId = 0;
    constructor(timeoutMs = DEFAULT_TIMEOUT_MS) {
        this.timeoutMs = timeoutMs;
    }
    /** Render a case; a timeout comes back as a JS-exception outcome and restarts the worker. */
    render(c) {
        const worker = this.#ensureWorker();
        const id = this.#nextId++;
        return new Promise((resolve, reject) => {
            const finish = () => {
                clearTimeout(timer);
                worker.off('message', onMessage);
                worker.off('error', onError);
            };
            const onMessage = (m) => {
                if (m.id !== id)
                    return;
                finish();
                resolve(m.outcome);
            };
            const onError = (e) => {
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
            worker.postMessage({ id, c });
        });
    }
    /** Stop the worker (call when done, or the process stays alive). */
    close() {
        return this.#stop();
    }
    #ensureWorker() {
        this.#worker ??= new Worker(new URL('./render-worker.js', import.meta.url));
        return this.#worker;
    }
    async #stop() {
        const worker = this.#worker;
        this.#worker = undefined;
        if (worker)
            await worker.terminate();
    }
}
//# sourceMappingURL=isolated-renderer.js.map