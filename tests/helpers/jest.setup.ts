import { jest } from '@jest/globals'

// Booting Payload and pushing a schema to a fresh PostgreSQL database takes more than Jest's 5 s.
jest.setTimeout(120_000)
