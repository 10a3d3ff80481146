/**
 * Preloaded into every process the benchmark measures (`node --import …/rusage.js`): on exit
 * it writes the process's own resource usage (CPU times, peak RSS) as JSON to the file named
 * by KINJECT_BENCH_RUSAGE. Node cannot read a child's rusage, so the child reports its own.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['KINJECT_BENCH_RUSAGE'];
if (target)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }),
    );
  });
