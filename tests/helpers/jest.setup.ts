import { jest } from '@jest/globals'

// Booting Payload and pushing a schema to a fresh PostgreSQL database takes more than Jest's 5 s.
jest.setTimeout(120_000)

// @payloadcms/sdk (a test-only client) was last published as 3.90.1 while the app runs payload
// 3.90.2; Payload's development-time version check would fail every boot on that patch difference.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
