/**
 * npm run seed [-- --reset]: seeds the Jaarverslag 2024 into the database of DATABASE_URL.
 * Running it twice changes nothing; --reset empties the seeded collections first.
 */
import { bootPayload, exitWhenFlushed } from './lib/exit'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_AUTO_SEED = 'false'

const main = async () => {
  const args = process.argv.slice(2)
  const unknown = args.filter((arg) => arg !== '--reset')
  if (unknown.length) {
    console.error(`Onbekend argument: ${unknown.join(' ')}\nGebruik: npm run seed [-- --reset]`)
    return 2
  }
  const payload = await bootPayload()
  const { seed } = await import('../src/seed')
  await seed(payload, { log: (message) => console.log(message), reset: args.includes('--reset') })
  return 0
}

main().then(exitWhenFlushed, (error) => {
  console.error(error)
  exitWhenFlushed(1)
})
