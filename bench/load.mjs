// Load measures shared by bench/api-read.mjs and bench/multi.mjs: autocannon against one server
// for a slice of seconds, with the CPU time that server's process used meanwhile, and the
// percentiles the benches report. Plain ESM (the benches run under node without a build).
import autocannon from 'autocannon'
import { existsSync, readFileSync } from 'node:fs'

/** The value below which `share` of `values` lie (nearest rank). */
export const percentile = (values, share) => {
  const sorted = Float64Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]
}

/** The middle value; for an even count, the mean of the two middle ones. */
export const median = (values) => {
  const sorted = Float64Array.from(values).sort()
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * CPU time process `pid` has used so far (all its threads: JavaScript, garbage collection,
 * libuv), in ms; null where /proc is not there (not Linux). Clock ticks are 1/100 s on Linux.
 */
export const processCpuMs = (pid) => {
  const file = `/proc/${pid}/stat`
  if (!existsSync(file)) return null
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(file, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * Requests the server (process `pid`) answered at `url` in about `seconds` under `connections`
 * connections, and the CPU time it used meanwhile (null off Linux); every response time goes into
 * `latencies` when given. Any error or non-2xx answer fails the bench: a fast error is no speed.
 */
export const measureSlice = async ({ connections = 10, latencies, pid, seconds, url }) => {
  const cpuBefore = processCpuMs(pid)
  const run = autocannon({ connections, duration: seconds, url })
  if (latencies) run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await run
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  const cpuAfter = processCpuMs(pid)
  return { cpu: cpuBefore === null ? null : cpuAfter - cpuBefore, requests: result.requests.total, seconds: result.duration || seconds }
}
