import type { CaseInput } from './case-files.js';
import { type Outcome } from './compare.js';
/** Renders one case at a time in a (re)startable worker. */
export declare class IsolatedRenderer {
    #private;
    private readonly timeoutMs;
    constructor(timeoutMs?: number);
    /** Render a case; a timeout comes back as a JS-exception outcome and restarts the worker. */
    render(c: CaseInput): Promise<Outcome>;
    /** Stop the worker (call when done, or the process stays alive). */
    close(): Promise<void>;
}
