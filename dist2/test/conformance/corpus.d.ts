/** The two ways a case runs (see the module comment). */
export type Track = 'cluster' | 'embedded';
/** Both tracks, in report order. */
export declare const TRACKS: readonly Track[];
/** A case's settings.json (the fields the runner uses). */
export interface Settings {
    valuesOverrides: Record<string, unknown>;
    meshOverrides: Record<string, unknown>;
    injectConfigOverrides: Record<string, unknown>;
    nativeSidecars: boolean;
    expectedLog?: string;
    compliancePolicy?: string;
    skip?: string;
}
/** One case of the corpus. */
export interface Case {
    name: string;
    dir: string;
    settings: Settings;
    /** The expected output, or (for error cases) the text the error must contain. */
    expected: {
        yaml: string;
    } | {
        error: string;
    };
    skip?: string;
}
/** Read the corpus index and every case's files. */
export declare function loadCorpus(corpus: string): Promise<Case[]>;
/** Why a case does not run on a track, or undefined if it does (process env such as a compliance policy is not "settings"). */
export declare function skipReason(c: Case, track: Track): string | undefined;
/**
 * kinject's arguments for a case on a track (input excluded). For the cluster track,
 * merged configuration files are written under `workDir` when the case overrides the base.
 */
export declare function caseArgs(corpus: string, c: Case, track: Track, workDir: string): Promise<string[]>;
