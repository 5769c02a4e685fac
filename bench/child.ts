/**
 * One scenario on one side, in a process of its own (getPayload keeps one instance per
 * process), against a fresh SQLite file under the OS temp folder that is removed afterwards.
 *   node --import tsx bench/child.ts <publish|queries|impact|report> <plugin|stock|stock-fields>
 * (`stock-fields`: profiling only, see bench/configs/stock-plus-fields.config.ts)
 * Writes `result <json>` on fd 3 when started by bench/figures.ts, else on stdout.
 *
 * `publish <side> <drafts>` serves instead, over the IPC channel bench/figures.ts opens: it
 * prepares the drafts, says `ready`, then publishes one draft per `publish` message and answers
 * with the timing, until `finish`.
 */
import { mkdtempSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Side } from './scenarios'

process.env.PAYLOAD_LOGS_TO_STDERR = 'true'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.DISABLE_PAYLOAD_HMR = 'true'

const [scenario, side] = process.argv.slice(2) as [string, Side]
if (!scenario || !['plugin', 'stock', 'stock-fields'].includes(side)) {
  console.error('usage: bench/child.ts <publish|queries|impact|report> <plugin|stock|stock-fields>')
  process.exit(2)
}

const dir = mkdtempSync(path.join(tmpdir(), `bench-figures-${scenario}-${side}-`))
process.env.BENCH_DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
// On every way out, a start that stalled in the loader included (Node just ends then).
process.on('exit', () => rmSync(dir, { force: true, recursive: true }))

const send = (line: string) => {
  try {
    writeSync(3, `${line}\n`)
  } catch {
    process.stdout.write(`${line}\n`)
  }
}

const main = async () => {
  // One import after the other: concurrent imports of overlapping graphs can stall tsx on Node 20.
  // Loading the adapter and the editor on their own before the config makes a stall rarer
  // (measured here: about 1 start in 16 instead of 2 in 5); bench/figures.ts restarts the rest.
  const { getPayload } = await import('payload')
  await import('@payloadcms/db-sqlite')
  await import('@payloadcms/richtext-lexical')
  const config =
    side === 'plugin'
      ? (await import('./configs/with-plugin.config')).default
      : side === 'stock'
        ? (await import('./configs/stock.config')).default
        : (await import('./configs/stock-plus-fields.config')).default
  const { publishServer, runScenario } = await import('./scenarios')
  const bootStart = performance.now()
  const payload = await getPayload({ config })
  const bootMs = performance.now() - bootStart
  try {
    if (scenario === 'publish') await serve(await publishServer(payload, side, Number(process.argv[4] ?? 50)))
    else send(`result ${JSON.stringify({ bootMs, result: await runScenario(payload, scenario, side) })}`)
  } finally {
    await payload.destroy()
  }
}

type Server = Awaited<ReturnType<Awaited<typeof import('./scenarios')>['publishServer']>>
type Message = { mode?: 'plain' | 'profile' | 'skipcheck'; type: 'finish' | 'publish' }

/** Answers the parent's requests one at a time, in order, until it says `finish`. */
const serve = (server: Server) =>
  new Promise<void>((resolve, reject) => {
    if (!process.send) throw new Error('publish runs under bench/figures.ts (it needs the IPC channel)')
    const reply = (message: unknown) => new Promise<void>((done) => process.send?.(message, () => done()))
    let queue = Promise.resolve()
    process.on('message', (message: Message) => {
      queue = queue
        .then(async () => {
          if (message.type === 'publish') await reply({ type: 'published', ...(await server.measure(message.mode ?? 'plain')) })
          else {
            await reply({ type: 'finished', ...(await server.describe()) })
            process.removeAllListeners('message')
            process.disconnect?.()
            resolve()
          }
        })
        .catch(reject)
    })
    void reply({ type: 'ready' })
  })

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error(error)
      return 1
    },
  )
  .then((code) => process.stderr.write('', () => process.exit(code)))
