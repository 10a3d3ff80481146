/**
 * Build and run the Go oracle (`test/template/oracle/main.go`): Go's own text/template with
 * sprig, used to record the corpus and as the reference side of differential fuzzing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateOracleDir } from './paths.js';
/** Debian's GOPATH, where golang-github-masterminds-sprig-dev installs sprig. */
const DEFAULT_GOPATH = '/usr/share/gocode';
/** The environment `go build` needs: GOPATH mode (sprig is not a module here) and a cache. */
function composeGoEnv() {
    const gopath = process.env.GOPATH ?? DEFAULT_GOPATH;
    // GOCACHE must be writable even where HOME is not set (some CI sandboxes).
    const gocache = process.env.GOCACHE ?? join(tmpdir(), 'kinject-go-build-cache');
    return { ...process.env, GO111MODULE: 'off', GOPATH: gopath, GOCACHE: gocache, GOFLAGS: '' };
}
/**
 * Why the oracle cannot be built here (no `go`, no sprig), or `undefined` if it can.
 */
export function explainMissingGo() {
    const env = composeGoEnv();
    const version = spawnSync('go', ['version'], { env, encoding: 'utf8' });
    if (version.error || version.status !== 0)
        return 'Go is not installed (`go` not on PATH)';
    const sprigDir = join(env.GOPATH ?? DEFAULT_GOPATH, 'src/github.com/Masterminds/sprig');
    if (!existsSync(sprigDir))
        return `sprig is not installed (no ${sprigDir}; apt-get install golang-github-masterminds-sprig-dev)`;
    return undefined;
}
/** Compile the oracle into a fresh temp folder. Throws with Go's output if the build fails. */
export function buildOracle() {
    const dir = mkdtempSync(join(tmpdir(), 'kinject-oracle-'));
    const bin = join(dir, 'oracle');
    const build = spawnSync('go', ['build', '-o', bin, '.'], {
        cwd: locateOracleDir(),
        env: composeGoEnv(),
        encoding: 'utf8',
    });
    if (build.error || build.status !== 0) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`go build of the oracle failed: ${build.error?.message ?? build.stderr}`);
    }
    return {
        run: (cases) => runOracle(bin, cases),
        dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
}
/** Render cases with the oracle binary: one JSON line in, one JSON line out, in order. */
function runOracle(bin, cases) {
    if (cases.length === 0)
        return [];
    const input = cases.map((c) => JSON.stringify(c)).join('\n');
    const run = spawnSync(bin, [], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error || run.status !== 0)
        throw new Error(`oracle failed: ${run.error?.message ?? run.stderr}`);
    const results = run.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l));
    if (results.length !== cases.length)
        throw new Error(`oracle answered ${results.length} of ${cases.length} cases`);
    return results;
}
//# sourceMappingURL=go-oracle.js.map