import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { areTagsExpired, tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'

import { expireTags, onCacheSignal, RENDER_GRACE_MS } from '../../src/plugins/cache-signals/expire'
import { unseenSignals } from '../../src/plugins/cache-signals/signalWindow'
import { MAX_TAGS, tagsOfAnswer, tagsOfDatasetChange, tagsOfDocumentChange } from '../../src/plugins/cache-signals/tags'

const figure = (slug: string) => ({ label: 'Aantal', resolved: { matches: true, source: { dataset: { period: '2024', slug, title: slug }, records: [] } }, shown: '12' })

describe('tags of a content-API answer', () => {
  it('tags a found chapter with itself, the documents it shows and the datasets of its figures, not with its list', () => {
    const answer = {
      docs: [
        {
          body: { root: { children: [{ children: [{ fields: figure('inline-data'), type: 'inlineBlock' }], type: 'paragraph' }], type: 'root' } },
          id: 7,
          keyFigures: [figure('deelnemers')],
          photos: [{ createdAt: 'x', id: 3 }],
          practices: [{ id: 11 }, 12],
          report: { id: 1, theme: { logo: { id: 5 } } },
        },
      ],
    }
    expect(tagsOfAnswer('chapters', answer, { list: true }).sort()).toEqual(
      ['dataset:deelnemers', 'dataset:inline-data', 'doc:chapters:7', 'doc:media:3', 'doc:practices:11', 'doc:reports:1'].sort(),
    )
  })

  it('tags a list, and a search that found nothing, with the list of the collection', () => {
    expect(tagsOfAnswer('chapters', { docs: [] }, { list: true })).toEqual(['list:chapters'])
    expect(tagsOfAnswer('chapters', { docs: [{ id: 1 }, { id: 2 }] }, { list: true }).sort()).toEqual(['doc:chapters:1', 'doc:chapters:2', 'list:chapters'])
  })

  it('tags one document read by id without its list', () => {
    expect(tagsOfAnswer('reports', { id: 'abc', title: 'x' }, { list: false })).toEqual(['doc:reports:abc'])
  })

  it('never gives more tags than Next keeps, and then falls back to list tags that still expire the answer', () => {
    const docs = Array.from({ length: 200 }, (_, index) => ({ id: index + 1, practices: [{ id: 1000 + index }] }))
    const tags = tagsOfAnswer('chapters', { docs }, { list: true })
    expect(tags.length).toBeLessThanOrEqual(MAX_TAGS)
    expect(tags).toEqual(expect.arrayContaining(['list:chapters', 'list:practices']))
  })
})

describe('tags of a change', () => {
  it('expires nothing for a draft save of a document that was never published', () => {
    expect(tagsOfDocumentChange('chapters', { _status: 'draft', id: 4 }, { _status: 'draft', id: 4 }, { drafts: true })).toEqual([])
  })

  it('expires the document and its list on a publish and on an unpublish', () => {
    expect(tagsOfDocumentChange('chapters', { _status: 'published', id: 4 }, { _status: 'draft', id: 4 }, { drafts: true })).toEqual(['doc:chapters:4', 'list:chapters'])
    expect(tagsOfDocumentChange('chapters', { _status: 'draft', id: 4 }, { _status: 'published', id: 4 }, { drafts: true })).toEqual(['doc:chapters:4', 'list:chapters'])
  })

  it('expires every save of a collection without drafts (media)', () => {
    expect(tagsOfDocumentChange('media', { id: 9 }, { id: 9 }, { drafts: false })).toEqual(['doc:media:9', 'list:media'])
  })

  it('expires the old and the new slug of a renamed dataset, and its id for the key-figures summaries', () => {
    expect(tagsOfDatasetChange({ id: 2, slug: 'nieuw' }, { id: 2, slug: 'oud' }).sort()).toEqual(['dataset-id:2', 'dataset:nieuw', 'dataset:oud'])
  })
})

describe('the poller applies each signal once', () => {
  it('skips signals it applied on an earlier look, and forgets them once they are out of reach', () => {
    const applied = new Map<string, number>()
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds)).toISOString()
    const first = unseenSignals([{ createdAt: at(1), id: 1, tags: ['a', 'b'] }], applied, 0)
    expect(first).toEqual({ ids: ['1'], tags: ['a', 'b'] })
    // A signal committed late (older createdAt than one already seen) is still applied.
    const second = unseenSignals(
      [
        { createdAt: at(0), id: 3, tags: ['c'] },
        { createdAt: at(1), id: 1, tags: ['a', 'b'] },
        { createdAt: at(2), id: 2, tags: ['b', 'd'] },
      ],
      applied,
      0,
    )
    expect(second).toEqual({ ids: ['3', '2'], tags: ['c', 'b', 'd'] })
    unseenSignals([], applied, Date.parse(at(2)))
    expect([...applied.keys()]).toEqual(['2'])
  })
})

describe('expireTags', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('marks the tags expired in Next’s page-cache manifest now, and once more after the render grace', async () => {
    jest.useFakeTimers({ now: 1_000_000 })
    await expireTags(['doc:chapters:1', 'list:chapters'])
    expect(tagsManifest.get('doc:chapters:1')).toEqual({ expired: 1_000_000 })
    expect(tagsManifest.get('list:chapters')).toEqual({ expired: 1_000_000 })
    // A page kept after the first mark, from a render that began before it, is expired again.
    await jest.advanceTimersByTimeAsync(RENDER_GRACE_MS)
    expect(tagsManifest.get('doc:chapters:1')).toEqual({ expired: 1_000_000 + RENDER_GRACE_MS })
    expect(areTagsExpired(['doc:chapters:1'], 1_000_000 + RENDER_GRACE_MS - 1)).toBe(true)
    expect(areTagsExpired(['doc:chapters:2'], 1_000_000)).toBe(false)
  })

  it('tells the listeners once', async () => {
    const heard: string[][] = []
    const stop = onCacheSignal((tags) => heard.push([...tags]))
    await expireTags(['dataset-id:7'])
    await expireTags([])
    stop()
    expect(heard).toEqual([['dataset-id:7']])
  })
})
