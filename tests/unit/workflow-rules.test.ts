import { describe, expect, it } from '@jest/globals'

import type { TransitionInput } from '../../src/plugins/publication-workflow/rules'

import { canonical, changedFields, deletionAuditSummary, importAuditSummary } from '../../src/plugins/publication-workflow/changes'
import { reconcileNotes } from '../../src/plugins/publication-workflow/notes'
import { decideTransition } from '../../src/plugins/publication-workflow/rules'
import { workflowState } from '../../src/plugins/publication-workflow/workflowState'

const base: TransitionInput = {
  actor: 'author',
  authorFields: ['practices'],
  before: { published: false, stage: 'concept' },
  changedFields: [],
  isOwner: true,
  operation: 'update',
  publishing: false,
  unpublishing: false,
}

const decide = (input: Partial<TransitionInput>) => decideTransition({ ...base, ...input })

describe('decideTransition', () => {
  it.each([
    // actor, owner, from, to, reason, allowed
    ['author', true, 'concept', 'review', null, true],
    ['author', false, 'concept', 'review', null, false],
    ['author', true, 'review', 'approved', null, false],
    ['author', true, 'review', 'concept', 'x', false],
    ['author', true, 'approved', 'review', null, false],
    ['editor', false, 'concept', 'review', null, true],
    ['editor', false, 'review', 'approved', null, true],
    ['editor', false, 'concept', 'approved', null, true],
    ['editor', false, 'review', 'concept', null, false],
    ['editor', false, 'review', 'concept', '  ', false],
    ['editor', false, 'approved', 'concept', 'Bron ontbreekt', true],
    ['admin', false, 'review', 'concept', null, true],
    ['admin', false, 'concept', 'approved', null, true],
    ['system', false, 'concept', 'approved', null, true],
    ['none', false, 'concept', 'review', null, false],
    ['admin', false, 'approved', 'published', null, false],
  ] as const)('%s (owner %s): %s -> %s (reason %p) allowed: %s', (actor, isOwner, from, to, reason, ok) => {
    const result = decide({ actor, before: { published: false, stage: from }, isOwner, reason, requestedStage: to })
    expect(result.ok).toBe(ok)
    if (result.ok) {
      expect(result.stage).toBe(to)
      expect(result.requiresCleanFigures).toBe(to === 'review' || to === 'approved')
    } else {
      expect(result.refusal.path).toBe('workflowStage')
      expect(result.refusal.message.nl).toBeTruthy()
      expect(result.refusal.message.en).toBeTruthy()
    }
  })

  it.each([
    ['editor', 'approved', true, 400],
    ['editor', 'published', true, 200],
    ['editor', 'concept', false, 400],
    ['editor', 'review', false, 400],
    ['admin', 'concept', false, 400],
    ['system', 'concept', false, 400],
    ['system', 'approved', true, 200],
    ['author', 'approved', false, 403],
  ] as const)('a publish by %s from stage %s is allowed: %s', (actor, stage, ok, status) => {
    const result = decide({ actor, before: { published: stage === 'published', stage }, isOwner: true, publishing: true })
    expect(result.ok).toBe(ok)
    if (result.ok) {
      expect(result).toMatchObject({ requiresCleanFigures: true, stage: 'published' })
    } else {
      expect(result.refusal.status).toBe(status)
    }
    void status
  })

  it('approving and publishing in one save works for an editor, and always needs clean figures', () => {
    expect(decide({ actor: 'editor', before: { published: false, stage: 'review' }, publishing: true, requestedStage: 'approved' })).toMatchObject({ ok: true, requiresCleanFigures: true, stage: 'published' })
  })

  it('a restored version that says published is a publish, judged by the current stage', () => {
    expect(decide({ actor: 'editor', before: { published: false, stage: 'concept' }, publishing: true, requestedStage: 'published' }).ok).toBe(false)
    expect(decide({ actor: 'editor', before: { published: false, stage: 'approved' }, publishing: true, requestedStage: 'published' }).ok).toBe(true)
  })

  it('unpublishing is for editors and returns the document to concept', () => {
    expect(decide({ actor: 'editor', before: { published: true, stage: 'published' }, unpublishing: true })).toMatchObject({ ok: true, stage: 'concept' })
    expect(decide({ actor: 'author', before: { published: true, stage: 'published' }, unpublishing: true }).ok).toBe(false)
  })

  it('an owner’s content edit returns an approved document to concept; practices alone do not; an editor’s edit keeps it', () => {
    expect(decide({ before: { published: false, stage: 'approved' }, changedFields: ['body'] })).toMatchObject({ ok: true, returnedToConcept: true, stage: 'concept' })
    expect(decide({ before: { published: false, stage: 'approved' }, changedFields: ['practices'] })).toMatchObject({ ok: true, returnedToConcept: false, stage: 'approved' })
    expect(decide({ actor: 'editor', before: { published: false, stage: 'approved' }, changedFields: ['body'] })).toMatchObject({ ok: true, stage: 'approved' })
    expect(decide({ before: { published: false, stage: 'review' }, changedFields: ['body'] })).toMatchObject({ ok: true, stage: 'review' })
  })

  it('an author who does not own the document changes only the open fields, and the refusal names the field', () => {
    expect(decide({ changedFields: ['practices'], isOwner: false }).ok).toBe(true)
    const refused = decide({ changedFields: ['practices', 'title'], isOwner: false })
    expect(refused).toMatchObject({ ok: false, refusal: { path: 'title', status: 403 } })
  })

  it('a stage equal to the current one (the whole form sent back) is no request', () => {
    expect(decide({ actor: 'author', before: { published: false, stage: 'approved' }, requestedStage: 'approved' })).toMatchObject({ ok: true, stage: 'approved' })
  })
})

describe('changedFields', () => {
  it('sees through populated relations, empty values, key order and the read-only resolved', () => {
    const original = { keyFigures: [{ id: 'a', label: 'X', shown: '1' }], practices: [1, 2], report: 7, summary: null, title: 'T' }
    const sent = {
      keyFigures: [{ label: 'X', resolved: { value: '1' }, shown: '1', id: 'a' }],
      practices: [{ createdAt: 'x', id: 1 }, { createdAt: 'x', id: 2 }],
      report: { createdAt: 'x', id: 7, title: 'R' },
      summary: '',
      title: 'T',
      updatedAt: 'now',
      workflowStage: 'review',
    }
    expect(changedFields(sent, original)).toEqual([])
    expect(changedFields({ ...sent, title: 'U', practices: [1] }, original)).toEqual(['practices', 'title'])
  })

  it('canonical numbers and strings compare alike (ids are numbers on SQL, strings on MongoDB)', () => {
    expect(canonical([1, '2'])).toEqual(['1', '2'])
  })
})

describe('reconcileNotes', () => {
  const now = '2026-01-01T00:00:00.000Z'
  const note = { author: 9, createdAt: '2025-01-01T00:00:00.000Z', id: 'n1', resolved: false, text: 'Bron?' }

  it('an editor adds a note: the server sets who and when, whatever the client sent', () => {
    const result = reconcileNotes([], [{ author: 1, createdAt: '1999-01-01', text: 'Nieuw' }], { actor: 'editor', isOwner: false, now, userId: 5 })
    expect(result).toEqual({ notes: [expect.objectContaining({ author: 5, createdAt: now, resolved: false, text: 'Nieuw' })] })
  })

  it('the owner resolves a note; its author and date stay', () => {
    const result = reconcileNotes([note], [{ ...note, author: 3, resolved: true }], { actor: 'author', isOwner: true, now, userId: 4 })
    expect(result).toEqual({ notes: [expect.objectContaining({ author: 9, createdAt: note.createdAt, resolved: true, resolvedAt: now, resolvedBy: 4 })] })
  })

  it.each([
    ['adds a note', [note, { text: 'Ik ook' }], true],
    ['rewrites a note', [{ ...note, text: 'Anders' }], true],
    ['removes a note', [], true],
    ['resolves a note on a document of someone else', [{ ...note, resolved: true }], false],
  ])('an author who %s is refused', (_, after, isOwner) => {
    const result = reconcileNotes([note], after as never, { actor: 'author', isOwner: isOwner as boolean, now, userId: 4 })
    expect(result).toMatchObject({ refusal: { path: 'reviewNotes', status: 403 } })
  })
})

describe('the audit summary of a dataset import', () => {
  it('names the version, the file and every count, in Dutch and then English', () => {
    expect(importAuditSummary({ fileName: 'crm.csv', summary: { added: 10000, changed: 3, removed: 1, unchanged: 0 }, version: 4 })).toBe(
      'Import versie 4 uit crm.csv: 10000 records toegevoegd, 3 gewijzigd, 1 verwijderd, 0 ongewijzigd. / ' +
        'Import version 4 from crm.csv: 10000 records added, 3 changed, 1 removed, 0 unchanged.',
    )
  })

  it('counts a missing number as 0', () => {
    expect(importAuditSummary({ fileName: 'a.xlsx', summary: { added: 2 }, version: 1 })).toContain('2 records toegevoegd, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd.')
  })
})

describe('the audit summary of a deletion', () => {
  it('a document alone: "Verwijderd."', () => {
    expect(deletionAuditSummary()).toBe('Verwijderd.')
    expect(deletionAuditSummary({ imports: 0, records: 0 })).toBe('Verwijderd.')
  })

  it('a dataset with its records and import history says how many went with it, in the singular for one', () => {
    expect(deletionAuditSummary({ imports: 2, records: 12 })).toBe('Verwijderd, met 12 records en 2 imports (versies). / Deleted with 12 records and 2 imports (versions).')
    expect(deletionAuditSummary({ imports: 1, records: 1 })).toBe('Verwijderd, met 1 record en 1 import (versie). / Deleted with 1 record and 1 import (version).')
    expect(deletionAuditSummary({ imports: 0, records: 3 })).toBe('Verwijderd, met 3 records en 0 imports (versies). / Deleted with 3 records and 0 imports (versions).')
  })
})

describe('the sidebar reads stage and status as one state', () => {
  it.each([
    [{ hasPublishedDoc: true, newerDraft: false, stage: 'published' as const }, 'Gepubliceerd: deze versie staat online'],
    [{ hasPublishedDoc: true, newerDraft: true, stage: 'published' as const }, 'Gepubliceerd; nieuwere wijzigingen staan in concept, nog niet online'],
    [{ hasPublishedDoc: false, newerDraft: false, stage: 'published' as const }, 'Niet online (gedepubliceerd)'],
    [{ hasPublishedDoc: false, newerDraft: true, stage: 'review' as const }, 'Ter review: nog niet online'],
    [{ hasPublishedDoc: true, newerDraft: true, stage: 'concept' as const }, 'Concept: de wijzigingen staan nog niet online; de gepubliceerde versie blijft online'],
  ])('%j reads "%s"', (input, expected) => {
    expect(workflowState(input).text.nl).toBe(expected)
  })
})
