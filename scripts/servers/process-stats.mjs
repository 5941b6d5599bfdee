// What the bench samples of a server process, read from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs'

/**
 * `next start` forks the process that serves requests and titles it "next-server (v…)". Its
 * memory is what the soak samples, so find it among the descendants of the process we spawned.
 * @param {number} rootPid
 * @returns {number}
 */
export function serverPid(rootPid) {
  const parent = new Map()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we listed /proc.
    }
  }
  const isDescendant = (pid) => pid === rootPid || (parent.has(pid) && pid > 1 && isDescendant(parent.get(pid)))
  for (const pid of parent.keys()) {
    if (!isDescendant(pid)) continue
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (cmdline.startsWith('next-server')) return pid
  }
  return rootPid
}

/**
 * Resident memory of a process, in bytes (Linux).
 * @param {number} pid
 */
export function rssOf(pid) {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return kb ? Number(kb[1]) * 1024 : NaN
}

/**
 * CPU time a process has used so far (user + system, all threads), in ms (Linux: 100 ticks/s).
 * @param {number} pid
 */
export function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
  return (utime + stime) * 10
}
