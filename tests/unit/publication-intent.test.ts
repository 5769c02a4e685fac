import { describe, expect, it } from '@jest/globals'

import type { PublicationIntentInput, PublicationIntentKind } from '../../src/plugins/published-versions/intent'

import { classifyPublicationIntent } from '../../src/plugins/published-versions/intent'

describe('classifyPublicationIntent: what a save does to the published version', () => {
  it.each<[string, PublicationIntentInput, PublicationIntentKind]>([
    // Creates: nothing is online yet.
    ['a create', { draft: false, operation: 'create', sentStatus: 'published' }, 'create'],
    ['a draft create', { draft: true, operation: 'create', sentStatus: 'draft' }, 'create'],

    // Updates of a published document.
    ['a draft save of a published document', { draft: true, mainStatus: 'published', operation: 'update', sentStatus: 'draft' }, 'draft-save'],
    ['a draft save that sends published (Payload publishes it)', { draft: true, mainStatus: 'published', operation: 'update', sentStatus: 'published' }, 'publish'],
    ['an explicit publish', { draft: false, mainStatus: 'published', operation: 'update', sentStatus: 'published' }, 'publish'],
    ['a non-draft save that sends no status (would write the newest version online)', { draft: false, mainStatus: 'published', operation: 'update' }, 'publish'],
    ['a non-draft save that sends a null status', { draft: false, mainStatus: 'published', operation: 'update', sentStatus: null }, 'publish'],
    ['an explicit unpublish', { draft: false, mainStatus: 'published', operation: 'update', sentStatus: 'draft' }, 'unpublish'],

    // Updates of a document that is not online.
    ['a draft save of a draft', { draft: true, mainStatus: 'draft', operation: 'update', sentStatus: 'draft' }, 'draft-save'],
    ['publishing a draft', { draft: false, mainStatus: 'draft', operation: 'update', sentStatus: 'published' }, 'publish'],
    ['a non-draft save of a draft', { draft: false, mainStatus: 'draft', operation: 'update' }, 'plain'],
    ['a non-draft save of a draft that sends draft', { draft: false, mainStatus: 'draft', operation: 'update', sentStatus: 'draft' }, 'plain'],
    ['an update of a document without a main status', { draft: false, mainStatus: null, operation: 'update', sentStatus: 'draft' }, 'plain'],

    // Restores.
    ['restoring a draft version of a published document', { draft: false, mainStatus: 'published', operation: 'restoreVersion', restoredStatus: 'draft' }, 'restore-as-draft'],
    ['restoring a version without a status of a published document', { draft: false, mainStatus: 'published', operation: 'restoreVersion', restoredStatus: null }, 'restore-as-draft'],
    ['restoring a published version of a published document', { draft: false, mainStatus: 'published', operation: 'restoreVersion', restoredStatus: 'published' }, 'publish'],
    ['restoring a published version of a draft', { draft: false, mainStatus: 'draft', operation: 'restoreVersion', restoredStatus: 'published' }, 'publish'],
    ['restoring a draft version of a draft', { draft: false, mainStatus: 'draft', operation: 'restoreVersion', restoredStatus: 'draft' }, 'plain'],
    ['restoring any version with draft: true', { draft: true, mainStatus: 'published', operation: 'restoreVersion', restoredStatus: 'published' }, 'draft-save'],
  ])('%s', (_name, input, expected) => {
    expect(classifyPublicationIntent(input)).toBe(expected)
  })

  it('only an explicit draft status on a non-draft save of a published document is an unpublish', () => {
    const statuses = [undefined, null, 'draft', 'published']
    const unpublishes: unknown[] = []
    for (const operation of ['create', 'update', 'restoreVersion'] as const)
      for (const draft of [false, true])
        for (const mainStatus of statuses)
          for (const sent of statuses) {
            const input = { draft, mainStatus, operation, restoredStatus: sent, sentStatus: sent }
            if (classifyPublicationIntent(input) === 'unpublish') unpublishes.push(input)
          }
    expect(unpublishes).toEqual([{ draft: false, mainStatus: 'published', operation: 'update', restoredStatus: 'draft', sentStatus: 'draft' }])
  })
})
