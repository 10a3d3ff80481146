import type { Random } from './prng.js';
/** A random template for `data`: a few `define`s, then a body that may call them. */
export declare function generateTemplate(rnd: Random, data: unknown, sprig: boolean): string;
