/**
 * Several production servers (`next start` of ONE build, `.next` shared) over one database, the
 * way the README's "Several servers" section says to run them, plus a loopback round-robin in
 * front. PostgreSQL only: SQLite is one server only (README), and these tests skip there.
 */
import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createTestDatabase, type TestDatabase } from '../helpers/database'

// Jest runs from the repository root (package.json scripts, scripts/test.sh).
const root = process.cwd()

/** Ports of this suite (from 3321); each cluster takes the next few that are free. */
let nextPort = Number(process.env.MULTI_FIRST_PORT || 3321)

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })

/**
 * The first `size` consecutive free ports from `nextPort`. A port already taken (another run of
 * the suite on the machine) would have the cluster talk to someone else's server.
 */
const freePorts = async (size: number): Promise<number> => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const first = nextPort
    const free = await Promise.all(Array.from({ length: size }, (_, offset) => portIsFree(first + offset)))
    nextPort = first + (free.every(Boolean) ? size : free.lastIndexOf(false) + 1)
    if (free.every(Boolean)) return first
  }
  throw new Error(`no ${size} consecutive free ports from ${nextPort}`)
}

export const multiServerSkipReason = (): null | string => {
  if (!/^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? ''))
    return 'multi-server tests skipped: they need PostgreSQL (set TEST_DATABASE_URL); SQLite is one server only (README, "Several servers")'
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) return 'multi-server tests skipped: no production build (.next/BUILD_ID); run `npm run build` first'
  return null
}

/**
 * The environment variables the README's "Several servers" section sets on every server (the
 * names in its `npm start` block). The harness sets exactly these, so the section and the test
 * agree: a name the README adds that the harness does not know fails here.
 */
export const readmeServerVariables = (): string[] => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = /\n## Several servers\n([\s\S]*?)\n## /.exec(readme)?.[1]
  if (!section) throw new Error('README.md has no "## Several servers" section')
  const block = /```bash\n([\s\S]*?npm start[\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('README.md "Several servers": no ```bash block with `npm start`')
  return [...block.matchAll(/\b([A-Z][A-Z0-9_]+)=/g)].map((match) => match[1])
}

export type Server = {
  name: string
  port: number
  url: string
  process: ChildProcess
  /** Everything the server printed (stdout and stderr). */
  output: () => string
  /** SIGKILL, as a crash would. */
  kill: () => Promise<void>
}

export type Cluster = {
  database: TestDatabase
  servers: Server[]
  /** The round-robin in front of all servers. */
  url: string
  /** Local API over the same database (this test process, no schema push). */
  payload: Payload
  /** Starts one more server on the same database (after the others). */
  addServer: (options?: ServerOptions) => Promise<Server>
  stop: () => Promise<void>
}

const waitUntilAnswering = async (server: Server, child: ChildProcess) => {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`${server.name} exited (${child.exitCode}):\n${server.output().slice(-3000)}`)
    try {
      const response = await fetch(`${server.url}/api/chapters?limit=1&depth=0`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${server.name} did not answer:\n${server.output().slice(-3000)}`)
}

type ServerOptions = { env?: Record<string, string>; jobs?: boolean }

/** How many servers a test may add to a cluster (`addServer`), killed ones included. */
const ADDED_SERVERS = 4

/**
 * Starts `count` servers. The first one starts alone (it runs the migrations on the fresh
 * database), the others after it. `perServer[i]` adds environment for server i.
 */
export const startCluster = async ({ count = 2, env = {}, perServer = [] }: { count?: number; env?: Record<string, string>; perServer?: ServerOptions[] } = {}): Promise<Cluster> => {
  const database = await createTestDatabase()
  if (database.kind !== 'postgres') throw new Error('startCluster needs PostgreSQL (TEST_DATABASE_URL)')
  const shared = mkdtempSync(path.join(tmpdir(), 'jaarverslag-multi-'))
  const secret = randomBytes(32).toString('hex')
  // Room for servers added later (addServer), then the proxy's port.
  const firstPort = await freePorts(count + ADDED_SERVERS + 1)
  const proxyPort = firstPort + count + ADDED_SERVERS
  // Exactly the variables of the README's npm start block, with this run's values.
  const values: Record<string, string> = {
    DATABASE_POOL_MAX: '10',
    DATABASE_URL: database.url,
    FILES_DIR: path.join(shared, 'files'),
    MEDIA_DIR: path.join(shared, 'media'),
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${proxyPort}`,
    PAYLOAD_JOBS_AUTORUN: 'true',
    PAYLOAD_SECRET: secret,
    REPORT_PDFS_DIR: path.join(shared, 'report-pdfs'),
  }
  const readmeEnv: Record<string, string> = {}
  for (const name of readmeServerVariables()) {
    if (!(name in values)) throw new Error(`README "Several servers" sets ${name}; tests/multi/cluster.ts does not know it`)
    readmeEnv[name] = values[name]
  }
  const servers: Server[] = []
  const spawnServer = (index: number, options: ServerOptions = perServer[index] ?? {}): Server => {
    const port = firstPort + index
    let output = ''
    // `npm start` is `next start` with --no-deprecation; started directly so a kill reaches the server itself.
    const child = spawn(process.execPath, ['--no-deprecation', path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        // Other tests' settings must not leak in.
        PAYLOAD_DB_PUSH: '',
        TEST_DATABASE_URL: '',
        ...readmeEnv,
        PAYLOAD_AUTO_SEED: 'false',
        REPORT_PDF_ENABLED: 'false',
        ...(options.jobs === false ? { PAYLOAD_JOBS_AUTORUN: 'false' } : {}),
        ...env,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk) => (output += String(chunk)))
    child.stderr?.on('data', (chunk) => (output += String(chunk)))
    return {
      kill: async () => {
        if (child.exitCode !== null || child.signalCode) return
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGKILL')
        await exited
      },
      name: `server ${String.fromCharCode(65 + index)}`,
      output: () => output,
      port,
      process: child,
      url: `http://127.0.0.1:${port}`,
    }
  }
  const proxy = http.createServer()
  let payload: Payload | null = null
  const stop = async () => {
    await Promise.all(servers.map((server) => server.kill()))
    // What each server printed, for a failing run (MULTI_LOG_DIR=/some/dir).
    if (process.env.MULTI_LOG_DIR) for (const server of servers) writeFileSync(path.join(process.env.MULTI_LOG_DIR, `${server.name.replace(/\s+/g, '-')}-${server.port}.log`), server.output())
    await new Promise((resolve) => proxy.close(resolve))
    if (payload) {
      await payload.destroy().catch(() => undefined)
      void (payload.db as unknown as { pool?: { end?: () => Promise<void> } }).pool?.end?.()
    }
    rmSync(shared, { force: true, recursive: true })
  }
  try {
    servers.push(spawnServer(0))
    await waitUntilAnswering(servers[0], servers[0].process)
    for (let index = 1; index < count; index++) servers.push(spawnServer(index))
    await Promise.all(servers.slice(1).map((server) => waitUntilAnswering(server, server.process)))

    let turn = 0
    proxy.on('request', (request, response) => {
      const target = servers.filter((server) => server.process.exitCode === null && !server.process.signalCode)[turn++ % servers.length] ?? servers[0]
      const upstream = http.request({ headers: request.headers, host: '127.0.0.1', method: request.method, path: request.url, port: target.port }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      })
      upstream.on('error', () => {
        response.statusCode = 502
        response.end()
      })
      request.pipe(upstream)
    })
    await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve))

    // The Local API of this test process over the same database: migrated by server A, never pushed.
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_DB_PUSH = 'false'
    process.env.PAYLOAD_JOBS_AUTORUN = 'false'
    process.env.PAYLOAD_AUTO_SEED = 'false'
    process.env.REPORT_PDF_ENABLED = 'false'
    process.env.MEDIA_DIR = values.MEDIA_DIR
    process.env.FILES_DIR = values.FILES_DIR
    process.env.REPORT_PDFS_DIR = values.REPORT_PDFS_DIR
    const { default: config } = await import('../../payload.config')
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
  } catch (error) {
    await stop()
    throw error
  }
  const addServer = async (options: ServerOptions = {}) => {
    if (servers.length >= count + ADDED_SERVERS) throw new Error('startCluster: no port left for another server')
    const server = spawnServer(servers.length, options)
    servers.push(server)
    await waitUntilAnswering(server, server.process)
    return server
  }
  return { addServer, database, payload: payload as Payload, servers, stop, url: `http://127.0.0.1:${proxyPort}` }
}

/** A REST call as a logged-in user (JWT) or anonymously: `{ status, json }`. */
export const rest = async (base: string, method: string, route: string, { body, token }: { body?: unknown; token?: string } = {}) => {
  const response = await fetch(`${base}/api${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { json, status: response.status }
}

export const login = async (base: string, email: string, password: string): Promise<string> => {
  const { json, status } = await rest(base, 'POST', '/users/login', { body: { email, password } })
  if (status !== 200) throw new Error(`login as ${email} answered ${status}: ${JSON.stringify(json)}`)
  return json.token as string
}

/** Reads until `done(value)` holds or `attempts` run out (each after `pauseMs`); returns the last value. */
export const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, { attempts = 200, pauseMs = 50 } = {}): Promise<T> => {
  let value = await read()
  for (let attempt = 0; attempt < attempts && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
    value = await read()
  }
  return value
}
