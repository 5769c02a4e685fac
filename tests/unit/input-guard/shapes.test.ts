import type { FlattenedField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import type { CheckContext } from '../../../src/plugins/input-guard/types'

import { findInputProblems } from '../../../src/plugins/input-guard/findInputProblems'
import { DEFAULT_RICH_TEXT_LIMITS } from '../../../src/plugins/input-guard/options'
import { idFits, valueProblems } from '../../../src/plugins/input-guard/shapes'

const context = (idType: 'number' | 'text' = 'number'): CheckContext => ({ idTypeOf: () => idType, maxJsonDepth: 4, richText: DEFAULT_RICH_TEXT_LIMITS })
const nl = (field: Record<string, unknown>, value: unknown, idType: 'number' | 'text' = 'number') =>
  valueProblems(field as unknown as FlattenedField, value, context(idType)).map((message) => message.nl)

const chapterFields = [
  { label: { en: 'Title', nl: 'Titel' }, maxLength: 300, name: 'title', type: 'text' },
  { name: 'number', type: 'text' },
  { hasMany: true, label: { en: 'Practices', nl: 'Praktijken' }, name: 'practices', relationTo: 'practices', type: 'relationship' },
  {
    flattenedFields: [
      { maxLength: 300, name: 'label', type: 'text' },
      { name: 'unit', options: ['count', 'percent'], type: 'select' },
      { name: 'record', relationTo: 'dataset-records', type: 'relationship' },
      { name: 'id', type: 'text' },
    ],
    name: 'keyFigures',
    type: 'array',
  },
  { flattenedFields: [{ maxLength: 70, name: 'title', type: 'text' }], name: 'meta', type: 'group' },
] as unknown as FlattenedField[]

describe('the shape of each submitted value', () => {
  it.each([
    [{ type: 'text' }, { a: 1 }, 'verwacht tekst, kreeg een object'],
    [{ type: 'text' }, 2, 'verwacht tekst, kreeg een getal'],
    [{ type: 'textarea' }, ['a'], 'verwacht tekst, kreeg een lijst'],
    [{ type: 'number' }, 'vorig jaar', 'verwacht een getal, kreeg tekst'],
    [{ hasMany: true, type: 'number' }, 3, 'verwacht een lijst, kreeg een getal'],
    [{ type: 'checkbox' }, 'ja', 'verwacht true of false, kreeg tekst'],
    [{ type: 'date' }, 'gisteren', 'verwacht een datum (ISO 8601, bv. 2024-05-01), kreeg tekst'],
    [{ options: ['erkend', { label: 'x', value: 'onbekend' }], type: 'select' }, 'half-erkend', '"half-erkend" is geen van: erkend, onbekend'],
    [{ hasMany: true, options: ['video'], type: 'select' }, ['video', 'film'], '"film" is geen van: video'],
    [{ relationTo: 'practices', type: 'relationship' }, 'abc', '"abc" is geen id van een document in practices (verwacht een geheel getal)'],
    [{ hasMany: true, relationTo: 'practices', type: 'relationship' }, 5, 'verwacht een lijst, kreeg een getal'],
    [{ relationTo: ['people', 'users'], type: 'relationship' }, 5, 'verwacht een object { relationTo, value }, kreeg een getal'],
    [{ relationTo: ['people', 'users'], type: 'relationship' }, { relationTo: 'media', value: 1 }, '"media" is geen van people, users'],
    [{ name: 'items', type: 'array' }, { a: 1 }, 'verwacht een lijst, kreeg een object'],
    [{ name: 'items', type: 'array' }, ['x'], 'elke rij moet een object zijn'],
    [{ name: 'items', type: 'array' }, 2, 'verwacht een lijst, kreeg een getal'],
    [{ blocks: [{ slug: 'quote' }], type: 'blocks' }, [{ blockType: 'video' }], 'elke rij moet een object met een blockType uit quote zijn'],
    [{ type: 'group' }, 'x', 'verwacht een object, kreeg tekst'],
    [{ type: 'point' }, [1], 'verwacht een punt [lengtegraad, breedtegraad], kreeg een lijst'],
    [{ type: 'json' }, { a: { b: { c: { d: { e: 1 } } } } }, 'te diep genest: hoogstens 4 niveaus'],
    [{ type: 'richText' }, 'platte tekst', 'verwacht opgemaakte tekst (Lexical-JSON: een object met een "root"-knoop), kreeg tekst'],
  ])('%j refuses %j', (field, value, message) => {
    expect(nl(field, value)).toEqual([message])
  })

  it.each([
    [{ type: 'text' }, 'tekst'],
    [{ type: 'text' }, null],
    [{ type: 'number' }, 2024],
    [{ type: 'number' }, '2024'],
    [{ type: 'number' }, ''],
    [{ type: 'checkbox' }, 'true'],
    [{ type: 'date' }, '2024-05-01T10:00:00.000Z'],
    [{ type: 'date' }, new Date('2024-05-01')],
    [{ options: ['erkend'], type: 'select' }, 'erkend'],
    [{ relationTo: 'practices', type: 'relationship' }, 5],
    [{ relationTo: 'practices', type: 'relationship' }, '5'],
    [{ relationTo: 'practices', type: 'relationship' }, { id: 5, name: 'teruggestuurd zoals gelezen' }],
    [{ hasMany: true, relationTo: 'practices', type: 'upload' }, [1, { id: 2 }]],
    [{ relationTo: ['people', 'users'], type: 'relationship' }, { relationTo: 'users', value: 3 }],
    [{ type: 'json' }, { a: { b: 1 } }],
    [{ type: 'point' }, [4.35, 50.85]],
    // The admin sends an array or blocks field without rows as its row count, 0 (Payload reads it as []).
    [{ name: 'items', type: 'array' }, 0],
    [{ name: 'items', type: 'array' }, '0'],
    [{ blocks: [{ slug: 'quote' }], type: 'blocks' }, 0],
  ])('%j accepts %j', (field, value) => {
    expect(nl(field, value)).toEqual([])
  })

  it('reads ids as the related collection stores them: numbers on SQL, text on MongoDB', () => {
    expect(idFits(5, 'number')).toBe(true)
    expect(idFits('5', 'number')).toBe(true)
    expect(idFits(5.5, 'number')).toBe(false)
    expect(idFits('5a', 'number')).toBe(false)
    expect(idFits('6568a1b2c3d4e5f607182930', 'text')).toBe(true)
    expect(idFits(5, 'text')).toBe(false)
    expect(nl({ relationTo: 'practices', type: 'relationship' }, 5, 'text')).toEqual(['5 is geen id van een document in practices (verwacht tekst)'])
  })

  it('enforces maxLength, naming the limit and the length', () => {
    expect(nl({ maxLength: 300, type: 'text' }, 'x'.repeat(300))).toEqual([])
    expect(nl({ maxLength: 300, type: 'text' }, 'x'.repeat(1_000_000))).toEqual(['hoogstens 300 tekens (dit zijn er 1.000.000)'])
    expect(nl({ maxLength: 10_000, type: 'textarea' }, 'x'.repeat(10_001))).toEqual(['hoogstens 10.000 tekens (dit zijn er 10.001)'])
  })

  it('takes a finite JSON number in a text field that reads numbers itself (custom.acceptsNumbers), nothing else', () => {
    expect(nl({ custom: { acceptsNumbers: true }, type: 'text' }, 1.54)).toEqual([])
    expect(nl({ custom: { acceptsNumbers: true }, type: 'text' }, { a: 1 })).toEqual(['verwacht tekst, kreeg een object'])
    expect(nl({ type: 'text' }, 1.54)).toEqual(['verwacht tekst, kreeg een getal'])
  })

  it('runs a field rule that must hold on every save (custom.validateOnEverySave)', () => {
    const rule = (value: string) => (value.startsWith('https://') ? true : `"${value}" is geen https-adres.`)
    expect(nl({ custom: { validateOnEverySave: rule }, type: 'text' }, 'javascript:alert(1)')).toEqual(['"javascript:alert(1)" is geen https-adres.'])
    expect(nl({ custom: { validateOnEverySave: rule }, type: 'text' }, 'https://socius.be')).toEqual([])
  })
})

describe('findInputProblems', () => {
  it('names every problem by its path and label, inside arrays and groups too', () => {
    const problems = findInputProblems(
      chapterFields,
      {
        keyFigures: [{ id: 'a', label: 'ok', unit: 'count' }, { label: 'x'.repeat(301), record: 'abc', unit: 'stuks' }],
        meta: { title: 'x'.repeat(71) },
        number: { a: 1 },
        practices: ['abc'],
        title: 'Goed',
      },
      context(),
    )
    expect(problems.map(({ label, message, path }) => [path, label.nl, message.nl])).toEqual([
      ['number', 'number', 'verwacht tekst, kreeg een object'],
      ['practices', 'Praktijken', '"abc" is geen id van een document in practices (verwacht een geheel getal)'],
      ['keyFigures.1.label', 'label', 'hoogstens 300 tekens (dit zijn er 301)'],
      ['keyFigures.1.unit', 'unit', '"stuks" is geen van: count, percent'],
      ['keyFigures.1.record', 'record', '"abc" is geen id van een document in dataset-records (verwacht een geheel getal)'],
      ['meta.title', 'title', 'hoogstens 70 tekens (dit zijn er 71)'],
    ])
  })

  it('checks only what the data sends (an update of one field), and refuses data that is not an object', () => {
    expect(findInputProblems(chapterFields, { title: 'Alleen de titel' }, context())).toEqual([])
    expect(findInputProblems(chapterFields, [1, 2], context())).toEqual([expect.objectContaining({ path: 'data' })])
  })

  it('reports at most 20 problems', () => {
    const keyFigures = Array.from({ length: 50 }, () => ({ unit: 'stuks' }))
    expect(findInputProblems(chapterFields, { keyFigures }, context())).toHaveLength(20)
  })
})
