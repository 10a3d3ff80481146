import type { InjectionConfig } from '../lib/config/types.js';
import type { CliOptions } from './args.js';
import type { CliIO } from './io.js';
/** The configuration the options ask for, over kinject's embedded defaults. */
export declare function loadConfig(opts: CliOptions, io: CliIO): Promise<InjectionConfig>;
