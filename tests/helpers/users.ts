import type { Payload } from 'payload'

import type { Role } from '../../src/access'

export const TEST_PASSWORD = 'test-password-123'

/** Creates one user per role (and the first user, who becomes admin) with the Local API. */
export const createUsers = async (payload: Payload, prefix: string) => {
  const make = (role: Role) =>
    payload.create({
      collection: 'users',
      data: { email: `${prefix}-${role}@test.local`, name: `${prefix} ${role}`, password: TEST_PASSWORD, roles: [role] },
      overrideAccess: true,
    })
  const admin = await make('admin')
  const editor = await make('editor')
  const author = await make('author')
  const otherAuthor = await payload.create({
    collection: 'users',
    data: { email: `${prefix}-author2@test.local`, name: `${prefix} author 2`, password: TEST_PASSWORD, roles: ['author'] },
    overrideAccess: true,
  })
  return { admin, author, editor, otherAuthor }
}
