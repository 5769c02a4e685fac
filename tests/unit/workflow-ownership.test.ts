import { describe, expect, it } from '@jest/globals'

import { decideOwner, type OwnerInput } from '../../src/plugins/publication-workflow/ownership'

const input = (overrides: Partial<OwnerInput>): OwnerInput => ({ actor: 'author', operation: 'update', ownerBefore: 7, ownerSent: false, sentOwner: undefined, userId: 7, ...overrides })

describe('who owns a workflow document (decideOwner)', () => {
  it.each([
    ['an author creating a document owns it, whatever else is sent', input({ operation: 'create', ownerBefore: null }), { isOwner: true, ok: true, setOwner: { value: 7 } }],
    ['an author creating a document may name themself', input({ operation: 'create', ownerBefore: null, ownerSent: true, sentOwner: 7 }), { isOwner: true, ok: true, setOwner: { value: 7 } }],
    ['an author owns a document whose owner they are', input({}), { isOwner: true, ok: true }],
    ['an author does not own someone else’s document', input({ ownerBefore: 8 }), { isOwner: false, ok: true }],
    ['an author sending the same owner back changes nothing', input({ ownerSent: true, sentOwner: { id: 7 } }), { isOwner: true, ok: true }],
    ['an editor creating without an owner becomes the owner', input({ actor: 'editor', operation: 'create', ownerBefore: null }), { isOwner: false, ok: true, setOwner: { value: 7 } }],
    ['an editor creating for an author keeps the author', input({ actor: 'editor', operation: 'create', ownerBefore: null, ownerSent: true, sentOwner: 9 }), { isOwner: false, ok: true }],
    ['an editor reassigns a document', input({ actor: 'editor', ownerSent: true, sentOwner: 9 }), { isOwner: false, ok: true }],
    ['the server creating without a user sets no owner', input({ actor: 'system', operation: 'create', ownerBefore: null, userId: null }), { isOwner: false, ok: true }],
  ] as const)('%s', (_name, given, expected) => {
    expect(decideOwner(given)).toEqual(expected)
  })

  it.each([
    ['an author giving their document to someone else', input({ ownerSent: true, sentOwner: 9 })],
    ['an author clearing the owner', input({ ownerSent: true, sentOwner: null })],
    ['an author creating a document for someone else', input({ operation: 'create', ownerBefore: null, ownerSent: true, sentOwner: 9 })],
    ['a user without a role taking a document', input({ actor: 'none', ownerBefore: 8, ownerSent: true, sentOwner: 7 })],
  ] as const)('refuses %s (403 on owner)', (_name, given) => {
    expect(decideOwner(given)).toMatchObject({ ok: false, refusal: { path: 'owner', status: 403 } })
  })
})
