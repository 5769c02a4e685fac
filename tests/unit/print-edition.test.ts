import { describe, expect, it } from '@jest/globals'

import type { FigureView } from '../../src/app/(site)/lib/receipts'

import { cssString, shorten } from '../../src/app/(site)/components/print/PrintRunningHeads'
import { colophonFacts, photoTarget } from '../../src/app/(site)/lib/colophon'
import { figuresOfDocument } from '../../src/app/(site)/lib/pageFigures'
import { chapterLabel, planEdition, printId } from '../../src/app/(site)/lib/printPlan'

const sections = [
  { key: 'voorwoord', title: 'Voorwoord' },
  { key: 'inleiding', title: 'Inleiding' },
  { key: '2024-in-cijfers', title: '2024 in cijfers' },
  { key: 'onze-werking', title: 'Onze werking' },
]
const chapter = (id: number, section: string, number: string, slug: string, title: string) => ({ id, number, section, slug, title })
const chapters = [
  chapter(1, 'inleiding', '1', 'onze-missie', 'Onze missie'),
  chapter(2, 'inleiding', '2', 'doelgroepen', 'Onze doelgroepen'),
  chapter(3, 'onze-werking', '4', 'evenementen', 'Evenementen'),
  chapter(4, 'verdwenen', '1', 'wees', 'Zonder onderdeel'),
]
const articles = [
  { chapter: 3, id: 10, slug: 'allemaal-politiek', title: 'Allemaal Politiek' },
  { chapter: { id: 99 }, id: 11, slug: 'mentaal', title: 'Mentaal welbevinden' },
]
// The charts each document's web page shows (derived from its figures): 'bezoekers' twice.
const charts: Record<string, string[]> = { 'allemaal-politiek': ['bezoekers', 'politiek'], doelgroepen: ['bezoekers'], mentaal: ['welzijn'], 'onze-missie': [] }
const chartsOf = (document: { slug?: null | string }) => charts[document.slug ?? ''] ?? []

describe('planEdition', () => {
  const plan = planEdition({ articles, chapters, chartsOf, hasForeword: true, sections })

  it('prints the sections that have published chapters, in the report order, each chapter with its own number once', () => {
    expect(plan.sections.map((section) => section.title)).toEqual(['Inleiding', 'Onze werking', 'Overige hoofdstukken'])
    expect(plan.sections[0].chapters.map((printed) => printed.label)).toEqual(['1. Onze missie', '2. Onze doelgroepen'])
    expect(chapterLabel({ number: null, title: 'Colofon' })).toBe('Colofon')
  })

  it('puts an Uitgelicht article right after its chapter, and one whose chapter is not printed in a part of its own', () => {
    expect(plan.sections[1].chapters[0].articles.map((article) => article.label)).toEqual(['Allemaal Politiek'])
    expect(plan.looseArticles.map((article) => article.label)).toEqual(['Mentaal welbevinden'])
  })

  it('prints the charts a chapter or article shows on the web with it, a chart two of them show only with the first', () => {
    expect(plan.sections[0].chapters.map((printed) => printed.charts)).toEqual([[], ['bezoekers']])
    expect(plan.sections[1].chapters[0].articles[0].charts).toEqual(['politiek'])
    expect(plan.looseArticles[0].charts).toEqual(['welzijn'])
  })

  it('lists exactly what it prints, in print order, each line pointing to its part', () => {
    expect(plan.contents.map((entry) => [entry.level, entry.label, entry.target])).toEqual([
      [0, 'Voorwoord', 'voorwoord'],
      [0, 'Inleiding', 'onderdeel-inleiding'],
      [1, '1. Onze missie', 'hoofdstuk-onze-missie'],
      [1, '2. Onze doelgroepen', 'hoofdstuk-doelgroepen'],
      [0, 'Onze werking', 'onderdeel-onze-werking'],
      [1, '4. Evenementen', 'hoofdstuk-evenementen'],
      [2, 'Uitgelicht: Allemaal Politiek', 'uitgelicht-allemaal-politiek'],
      [0, 'Overige hoofdstukken', 'onderdeel-overige'],
      [1, '1. Zonder onderdeel', 'hoofdstuk-wees'],
      [0, 'Uitgelicht', 'uitgelicht'],
      [1, 'Mentaal welbevinden', 'uitgelicht-mentaal'],
      [0, 'Colofon', 'colofon'],
    ])
    const targets = plan.contents.map((entry) => entry.target)
    expect(new Set(targets).size).toBe(targets.length)
  })

  it('has no foreword line without a foreword', () => {
    expect(planEdition({ articles: [], chapters: [], hasForeword: false, sections }).contents.map((entry) => entry.target)).toEqual(['colofon'])
  })

  it('makes ids that are valid HTML ids and PDF destination names', () => {
    expect(printId('hoofdstuk', 'Over de foto’s & meer')).toBe('hoofdstuk-over-de-foto-s-meer')
    expect(printId('uitgelicht', 'Remediëring')).toBe('uitgelicht-remediering')
  })
})

const resolved = (slug: string, version: null | number, matches = true) => ({
  datasetVersion: version,
  formatted: '10',
  label: '',
  matches,
  shown: '10',
  source: { dataset: { period: '2024', slug, title: `Titel ${slug}` }, operation: 'record' as const, records: [{ key: 'k', label: 'K', value: '10' }] },
  unit: 'count' as const,
  value: '10',
  verifiedAt: '2026-12-01T09:00:00.000Z',
})

describe('colophonFacts', () => {
  const figures: FigureView[] = [
    { id: 'a', label: 'A', resolved: resolved('d', 2), shown: '10' },
    { id: 'b', label: 'B', resolved: resolved('d', 2, false), shown: '11' },
    { id: 'c', label: 'Ongebonden', resolved: null, shown: '178' },
  ]

  it('names each dataset with its title, period and the versions the figures were checked against', () => {
    const facts = colophonFacts({ figures, photos: [] })
    expect(facts.figures).toBe(2)
    expect(facts.unbound).toBe(1)
    expect(facts.datasets).toEqual([{ dataset: 'd', figures: 2, period: '2024', title: 'Titel d', versions: [2] }])
    expect(facts.verifiedUntil).toBe('2026-12-01T09:00:00.000Z')
  })

  it('lists the bound figures the data no longer agrees with', () => {
    expect(colophonFacts({ figures, photos: [] }).disagreeing).toEqual([{ data: '10', label: 'B', shown: '11' }])
  })

  it('credits each photo once, and only photos with a credit', () => {
    const photos = [
      { caption: 'Trefdag', credit: '© Mieke Vasseur', id: 4 },
      { alt: 'Zaal', credit: '© Max Frans', id: 5 },
      { caption: 'Trefdag', credit: '© Mieke Vasseur', id: 4 },
      { caption: 'Zonder', credit: null, id: 6 },
    ]
    expect(colophonFacts({ figures: [], photos }).photos).toEqual([
      { caption: 'Trefdag', credit: '© Mieke Vasseur', id: '4', target: 'foto-4' },
      { caption: 'Zaal', credit: '© Max Frans', id: '5', target: 'foto-5' },
    ])
    expect(photoTarget({ id: 'a:b' })).toBe('foto-ab')
  })

  it('finds the figure cards and the inline figures of a document', () => {
    const body = { root: { children: [{ children: [{ fields: { blockType: 'keyFigure', id: 'i1', shown: '5' }, type: 'inlineBlock' }], type: 'paragraph' }], type: 'root' } }
    expect(figuresOfDocument({ body, keyFigures: [{ id: 'k1', shown: '4' }] }, ['body']).map((figure) => figure.id)).toEqual(['k1', 'i1'])
  })
})

describe('running heads', () => {
  it('writes a title as a CSS string that cannot end the string or the style element', () => {
    expect(cssString('Over de foto\'s "2024"')).toBe('"Over de foto\'s \\22 2024\\22 "')
    expect(cssString('</style><script>')).not.toMatch(/[<>]/)
    expect(cssString('a\\b')).toBe('"a\\5c b"')
  })

  it('shortens a long title at a word, with an ellipsis', () => {
    expect(shorten('Kort')).toBe('Kort')
    const long = shorten('Subsidieaanvragen, remediëring en kandidaat-instromers: terugblik op twee jaar ondersteuning')
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long.endsWith('…')).toBe(true)
    expect(long).toBe('Subsidieaanvragen, remediëring en kandidaat-instromers:…')
  })
})
