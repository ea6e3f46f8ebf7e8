// CPU time of this process (not wall time), the median of three runs, each after a full garbage collection, so
// other processes on the machine and a big heap from the previous run weigh little: for the scaling tests.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** A full garbage collection; none where the runtime does not allow it (the runs are then noisier). */
const collect = (vm.runInNewContext('typeof gc === "function" ? gc : () => {}') as () => void);

export function cpuMs(work: () => void): number {
  collect();
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The median CPU time of three runs of `work`. */
export function medianCpuMs(work: () => void): number {
  return [cpuMs(work), cpuMs(work), cpuMs(work)].sort((a, b) => a - b)[1];
}
