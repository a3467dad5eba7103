// CPU seconds used by this process's finished child processes (Linux: /proc/self/stat's cutime and
// cstime), so the bench can tell a command's CPU time from its wall time. Null where there is no
// /proc: the bench then reports wall time only.
import { readFileSync } from 'node:fs';

/** Linux reports these in USER_HZ, 100 a second on every architecture Node runs on. */
const USER_HZ = 100;

/** Children's user + system CPU seconds so far, or null when the platform does not say. */
export function childCpuSeconds(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 (state) is fields[0]; cutime and cstime are fields 16 and 17.
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return null;
  return (cutime + cstime) / USER_HZ;
}
