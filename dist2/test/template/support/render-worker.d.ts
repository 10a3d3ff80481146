import type { CaseInput } from './case-files.js';
/** A request: render this case and answer with the same id. */
export interface RenderRequest {
    id: number;
    c: CaseInput;
}
