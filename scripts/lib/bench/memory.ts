/**
 * Peak memory of a process and everything it starts. The build is one Node process, but
 * Pagefind's Node API runs its indexer as a separate binary, so the child's own maxRSS would
 * miss the part that matters most on a large Chinese corpus. Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** pid → parent pid, for every process visible in /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) is in parentheses and may contain spaces; the ppid follows it.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

export function descendants(root: number): number[] {
  const tree = parents();
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of tree) if (parent === found[i]) found.push(pid);
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

/**
 * Samples the tree under `root` every `intervalMs` until stopped. A short-lived peak between two
 * samples can be missed by `treeMB`; `byProgramMB` comes from the kernel's own high-water marks,
 * so the larger of the two per program is the honest figure.
 */
export function watchMemory(root: number, intervalMs = 200): { stop(): MemoryPeak } {
  let treeKb = 0;
  const hwm = new Map<string, number>();
  const sample = () => {
    let sum = 0;
    for (const pid of descendants(root)) {
      const seen = status(pid);
      if (!seen) continue;
      sum += seen.rssKb;
      hwm.set(seen.name, Math.max(hwm.get(seen.name) ?? 0, seen.hwmKb));
    }
    treeKb = Math.max(treeKb, sum);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    stop() {
      clearInterval(timer);
      return { treeMB: mb(treeKb), byProgramMB: Object.fromEntries([...hwm].map(([name, kb]) => [name, mb(kb)])) };
    },
  };
}
