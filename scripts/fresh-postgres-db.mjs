#!/usr/bin/env node
// Prints the URL of a new, empty database on the server of the given PostgreSQL URL (the role
// needs CREATEDB). Used to prove a production start on a database that has never seen the app.
import { randomUUID } from 'node:crypto'
import pg from 'pg'

const serverUrl = process.argv[2]
if (!serverUrl) {
  console.error('usage: node scripts/fresh-postgres-db.mjs postgres://user:pass@host:port/db')
  process.exit(2)
}
const name = `jaarverslag_smoke_${randomUUID().replace(/-/g, '').slice(0, 12)}`
const client = new pg.Client({ connectionString: serverUrl })
await client.connect()
await client.query(`CREATE DATABASE ${name}`)
await client.end()
const url = new URL(serverUrl)
url.pathname = `/${name}`
console.log(url.toString())
