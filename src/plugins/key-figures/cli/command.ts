import type { Payload } from 'payload'

import type { KeyFigures } from '../types.ts'

/** What a command that needs the database gets from the app's script. */
export type DatabaseCommandIO = {
  argv: readonly string[]
  connect: () => Promise<Payload>
  /** The instance to use, asked for once Payload is up (the app's `keyFiguresPlugin(...)`). */
  keyFigures: () => KeyFigures | Promise<KeyFigures>
  out: { error: (text: string) => void; log: (text: string) => void }
}

/** Payload and the instance's options, or null once it has said why the database cannot be reached. */
export const connectForCommand = async ({ connect, keyFigures, out }: Pick<DatabaseCommandIO, 'connect' | 'keyFigures' | 'out'>) => {
  try {
    const payload = await connect()
    return { options: (await keyFigures()).options, payload }
  } catch (error) {
    out.error(`Kan de database niet bereiken: ${(error as Error).message}`)
    return null
  }
}
