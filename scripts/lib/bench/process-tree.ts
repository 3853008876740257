/**
 * Peak memory and CPU time of a process and everything it starts. The build is one Node process,
 * but it runs Astro in a child and Pagefind's Node API runs its indexer as a separate binary, so
 * the child's own maxRSS would miss the part that matters most on a large Chinese corpus, and its
 * own CPU time would miss the indexer. Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

interface Stat {
  parent: number;
  /** CPU time of the process and of its children it has waited for, in ms. */
  cpuMs: number;
}

/** The fields of /proc/<pid>/stat after the command name (field 2, in parentheses, may hold spaces). */
function readStat(pid: string): Stat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime…cstime fields 14–17.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return { parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined; // The process ended between the listing and the read.
  }
}

/** pid → its stat, for every process visible in /proc. */
function stats(): Map<number, Stat> {
  const map = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(name);
    if (stat) map.set(Number(name), stat);
  }
  return map;
}

export function descendants(root: number, all: Map<number, Stat> = stats()): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, stat] of all) if (stat.parent === found[i]) found.push(pid);
  }
  return found;
}

/** `VmRSS` and `VmHWM` (the process's own peak) in kB, or undefined once it has exited. */
function status(pid: number): { name: string; rssKb: number; hwmKb: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
  } catch {
    return undefined;
  }
}

export interface MemoryPeak {
  /** The highest sum of resident memory over the whole tree seen at one sample, in MB. */
  treeMB: number;
  /** Each program's own high-water mark (VmHWM) as last seen, in MB, by program name. */
  byProgramMB: Record<string, number>;
}

/** The tree's CPU time (ms, all cores together) at a moment (ms since the watch started). */
export interface CpuSample {
  at: number;
  cpuMs: number;
}

export interface TreeUsage {
  memory: MemoryPeak;
  cpu: CpuSample[];
}

/**
 * Samples the tree under `root` every `intervalMs` until stopped; times count from `started`. A short-lived peak between two
 * samples can be missed by `treeMB`; `byProgramMB` comes from the kernel's own high-water marks,
 * so the larger of the two per program is the honest figure. CPU time is summed over the tree,
 * each process with its waited-for children, so a Pagefind process that has exited still counts
 * (in its parent's children's time).
 */
export function watchProcessTree(root: number, started = performance.now(), intervalMs = 200): { stop(): TreeUsage } {
  let treeKb = 0;
  const hwm = new Map<string, number>();
  const cpu: CpuSample[] = [];
  const sample = () => {
    const all = stats();
    let sum = 0;
    let cpuMs = 0;
    for (const pid of descendants(root, all)) {
      const seen = status(pid);
      if (!seen) continue;
      sum += seen.rssKb;
      cpuMs += all.get(pid)?.cpuMs ?? 0;
      hwm.set(seen.name, Math.max(hwm.get(seen.name) ?? 0, seen.hwmKb));
    }
    treeKb = Math.max(treeKb, sum);
    // A process that exits before its parent waits for it drops out for a moment: keep the sum monotonic.
    cpu.push({ at: performance.now() - started, cpuMs: Math.max(cpuMs, cpu.at(-1)?.cpuMs ?? 0) });
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { memory: { treeMB: mb(treeKb), byProgramMB: Object.fromEntries([...hwm].map(([name, kb]) => [name, mb(kb)])) }, cpu };
    },
  };
}

/** The tree's CPU time at `at` ms, interpolated between the samples around it. */
export function cpuAt(samples: readonly CpuSample[], at: number): number {
  if (samples.length === 0) return 0;
  const after = samples.findIndex((sample) => sample.at >= at);
  if (after < 0) return samples.at(-1)!.cpuMs;
  if (after === 0) return samples[0]!.cpuMs;
  const [a, b] = [samples[after - 1]!, samples[after]!];
  return a.cpuMs + ((b.cpuMs - a.cpuMs) * (at - a.at)) / (b.at - a.at || 1);
}
