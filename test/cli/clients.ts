/**
 * Running real clients (helm, kpt, kubectl, npm) against the built kinject: a scratch folder
 * holding a `kinject` executable to put first on their PATH, and a probe for each client.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratch } from '../support/scratch.js';

/** The repository root (tests run from dist/test/cli). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The package's bin, as package.json names it (wherever the build puts it). */
export function binPath(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  return path.join(ROOT, pkg.bin['kinject'] ?? '');
}

let pathDir: string | undefined;

/**
 * An environment whose PATH finds `kinject` (the built one) first, and each of `tools`
 * (name → executable) under its name, as the scripts and plugins under test call them.
 */
export function envWithKinject(
  extra: Record<string, string> = {},
  tools: Record<string, string> = {},
): NodeJS.ProcessEnv {
  if (pathDir === undefined) {
    pathDir = scratch('bin');
    const bin = path.join(pathDir, 'kinject');
    writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${binPath()}" "$@"\n`);
    chmodSync(bin, 0o755);
  }
  const dirs = [pathDir];
  if (Object.keys(tools).length > 0) {
    const toolDir = scratch('tools');
    for (const [name, target] of Object.entries(tools))
      symlinkSync(target, path.join(toolDir, name));
    dirs.push(toolDir);
  }
  const PATH = [...dirs, process.env['PATH'] ?? ''].join(path.delimiter);
  return { ...process.env, PATH, ...extra };
}

/** Whether `command args…` runs and succeeds (a client is installed and works). */
export function works(command: string, ...args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}
