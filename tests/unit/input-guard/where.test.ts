import { describe, expect, it } from '@jest/globals'

import { documentIdProblem, findWhereProblems, operatorsFor, type WhereResolver, type WhereTarget } from '../../../src/plugins/input-guard/where'

const label = (name: string) => ({ en: name, nl: name })

/** A chapters-like collection with numeric ids, as the server's resolver would describe it. */
const practices: Record<string, WhereTarget> = {
  id: { idTypes: { practices: 'number' }, label: label('ID'), type: 'id' },
  name: { label: label('Naam'), type: 'text' },
}
const chapters: Record<string, WhereTarget> = {
  _status: { label: label('Status'), options: ['draft', 'published'], type: 'select' },
  body: { label: label('Tekst'), type: 'richText' },
  createdAt: { label: label('Aangemaakt'), type: 'date' },
  figureCheck: { label: label('Cijfercontrole'), type: 'group' },
  'figureCheck.status': { label: label('Status'), options: ['ok', 'stale'], type: 'select' },
  id: { idTypes: { chapters: 'number' }, label: label('ID'), type: 'id' },
  'keyFigures.cancelled': { label: label('Geannuleerd'), type: 'checkbox' },
  practices: { hasMany: true, idTypes: { practices: 'number' }, label: label('Praktijken'), nested: (path) => practices[path], type: 'relationship' },
  report: { idTypes: { reports: 'number' }, label: label('Jaarverslag'), type: 'relationship' },
  'report.year': { label: label('Jaar'), type: 'number' },
  title: { label: label('Titel'), type: 'text' },
}
const resolve: WhereResolver = (path) => chapters[path.replace(/__/g, '.')]
const problemsOf = (where: unknown, resolver: WhereResolver = resolve) => findWhereProblems(where, resolver).map(({ message, path }) => ({ message: message.nl, path }))
const pathsOf = (where: unknown, resolver?: WhereResolver) => problemsOf(where, resolver).map((problem) => problem.path)

describe('a where query Payload can run as written', () => {
  it.each([
    ['an id of the related collection', { report: { equals: '12' } }],
    ['a numeric id as a number', { report: { equals: 12 } }],
    ['no value: null, "null" and empty text', { report: { equals: 'null' }, title: { equals: '' }, createdAt: { equals: null } }],
    ['a list of ids, as a list or with commas', { id: { in: ['1', 2] }, report: { not_in: '1,2,3' } }],
    ['several ids for equals on a relationship', { practices: { equals: ['1', '2'] } }],
    ['a number and a comparison', { 'report.year': { greater_than_equal: '2024', less_than: 2030 } }],
    ['a date in ISO 8601', { createdAt: { greater_than: '2024-01-01T00:00:00.000Z', less_than_equal: '2025-01-01' } }],
    ['a select value that is an option, also in a list', { _status: { equals: 'published' }, 'figureCheck.status': { in: 'ok,stale' } }],
    ['a checkbox as text or boolean', { 'keyFigures.cancelled': { equals: 'TRUE', not_equals: false } }],
    ['exists as text or boolean', { body: { exists: 'false' }, title: { exists: true } }],
    ['text search operators', { title: { contains: 'jaar', like: 'verslag', not_like: 'x' } }],
    ['the admin list search on id: any text', { id: { like: 'jaarverslag' } }],
    ['and / or, in any case, nested', { OR: [{ and: [{ title: { equals: 'a' } }, { report: { equals: '1' } }] }, { title: { like: 'b' } }] }],
    ['a nested query on a hasMany relationship', { practices: { contains: { name: { like: 'buurt' } } } }],
    ['an id on a hasMany relationship through contains', { practices: { contains: '3' } }],
    ['GraphQL group paths with __', { figureCheck__status: { equals: 'ok' } }],
    ['an empty where', {}],
  ])('%s passes', (_name, where) => {
    expect(problemsOf(where)).toEqual([])
  })
})

describe('a where query that cannot run as written is refused, naming its path and the problem', () => {
  it.each([
    ['an id of the wrong type', { report: { equals: 'abc' } }, 'where.report.equals', '"abc" is geen id van een document in reports (verwacht een geheel getal)'],
    ['a fractional id', { report: { equals: 1.5 } }, 'where.report.equals', '1.5 is geen id van een document in reports (verwacht een geheel getal)'],
    ['a wrong id in a list', { id: { in: '1,abc' } }, 'where.id.in', '"abc" is geen id van een document in chapters (verwacht een geheel getal)'],
    ['a wrong id among several for equals', { practices: { equals: ['1', 'x'] } }, 'where.practices.equals', '"x" is geen id van een document in practices (verwacht een geheel getal)'],
    ['text for a number', { 'report.year': { equals: 'vorig jaar' } }, 'where.report.year.equals', 'verwacht een getal, kreeg tekst'],
    ['text for a number in a list', { 'report.year': { in: '2024,abc' } }, 'where.report.year.in', 'verwacht een getal, kreeg tekst'],
    ['a date that is no date', { createdAt: { greater_than: 'gisteren' } }, 'where.createdAt.greater_than', 'verwacht een datum (ISO 8601, bv. 2024-05-01), kreeg tekst'],
    ['a select value that is not an option', { _status: { equals: 'zzz' } }, 'where._status.equals', '"zzz" is geen van: draft, published'],
    ['a checkbox that is neither true nor false', { 'keyFigures.cancelled': { equals: 'misschien' } }, 'where.keyFigures.cancelled.equals', 'verwacht true of false, kreeg tekst'],
    ['exists that is neither true nor false', { title: { exists: 'maybe' } }, 'where.title.exists', 'verwacht true of false, kreeg tekst'],
    ['an object for text', { title: { equals: { a: '1' } } }, 'where.title.equals', 'verwacht tekst, kreeg een object'],
    ['a list for a single value', { title: { equals: ['a', 'b'] } }, 'where.title.equals', 'verwacht één waarde, kreeg een lijst'],
    ['an object for a list', { id: { in: { a: '1' } } }, 'where.id.in', 'verwacht een lijst (of waarden gescheiden door komma’s), kreeg een object'],
    ['an unknown field', { nope: { equals: '1' } }, 'where.nope', 'er is geen veld "nope" waarop hier gezocht kan worden'],
    ['an unknown operator', { report: { foo: '1' } }, 'where.report.foo', 'onbekende operator "foo"; gebruik een van equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal, like'],
    ['all (no SQL adapter has it)', { practices: { all: '1,2' } }, 'where.practices.all', '"all" past niet bij een veld van het type relationship; gebruik een van equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal, like, contains'],
    ['contains on a relationship to one document', { report: { contains: '1' } }, 'where.report.contains', '"contains" past niet bij een veld van het type relationship; gebruik een van equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal, like'],
    ['like on a date', { createdAt: { like: '2024' } }, 'where.createdAt.like', '"like" past niet bij een veld van het type date; gebruik een van equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal'],
    ['near on anything but a point', { report: { near: '1,2' } }, 'where.report.near', '"near" past niet bij een veld van het type relationship; gebruik een van equals, not_equals, in, not_in, exists, greater_than, greater_than_equal, less_than, less_than_equal, like'],
    ['a group as a whole', { figureCheck: { exists: true } }, 'where.figureCheck.exists', '"exists" past niet bij een veld van het type group; zoek op een van zijn velden'],
    ['a condition that is not an object of operators', { title: 'abc' }, 'where.title', 'verwacht een object met operatoren, bv. { "equals": ... }, kreeg tekst'],
    ['or that is not a list', { or: { 0: { title: { equals: 'a' } } } }, 'where.or', 'verwacht een lijst van voorwaarden, kreeg een object'],
    ['a condition in or that is not an object', { or: ['x'] }, 'where.or.0', 'verwacht een object met voorwaarden, kreeg tekst'],
    ['a wrong id inside or', { or: [{ title: { equals: 'a' } }, { report: { equals: 'abc' } }] }, 'where.or.1.report.equals', '"abc" is geen id van een document in reports (verwacht een geheel getal)'],
    ['a wrong id in a nested relationship query', { practices: { contains: { id: { equals: 'abc' } } } }, 'where.practices.contains.id.equals', '"abc" is geen id van een document in practices (verwacht een geheel getal)'],
    ['a where that is not an object', 'abc', 'where', 'verwacht een object met voorwaarden, kreeg tekst'],
  ])('%s', (_name, where, path, message) => {
    expect(problemsOf(where)).toEqual([{ message, path }])
  })

  it('lists every problem of a query at once', () => {
    expect(pathsOf({ _status: { equals: 'zzz' }, or: [{ report: { equals: 'x' } }], report: { in: 'a,b' } }).sort()).toEqual([
      'where._status.equals',
      'where.or.0.report.equals',
      'where.report.in',
      'where.report.in',
    ])
  })

  it('text ids (MongoDB) take any text, but not an object or a number', () => {
    const mongo: WhereResolver = (path) => (path === 'report' ? { idTypes: { reports: 'text' }, label: label('Jaarverslag'), type: 'relationship' } : undefined)
    expect(problemsOf({ report: { equals: '6650a1b2c3d4e5f607182930' } }, mongo)).toEqual([])
    expect(pathsOf({ report: { equals: 12 } }, mongo)).toEqual(['where.report.equals'])
  })

  it('a polymorphic relationship takes { relationTo, value } with the id type of that collection', () => {
    const polymorphic: WhereResolver = (path) =>
      path === 'doc' ? { idTypes: { chapters: 'number', reports: 'text' }, label: label('Document'), type: 'relationship' } : undefined
    expect(problemsOf({ doc: { equals: { relationTo: 'chapters', value: 3 } } }, polymorphic)).toEqual([])
    expect(problemsOf({ doc: { equals: { relationTo: 'chapters', value: 'abc' } } }, polymorphic)).toEqual([
      { message: '"abc" is geen id van een document in chapters (verwacht een geheel getal)', path: 'where.doc.equals' },
    ])
    expect(pathsOf({ doc: { equals: { relationTo: 'people', value: 3 } } }, polymorphic)).toEqual(['where.doc.equals'])
  })

  it('refuses a query nested deeper than 32 levels without walking it recursively', () => {
    let where: Record<string, unknown> = { title: { equals: 'a' } }
    for (let level = 0; level < 10_000; level++) where = { and: [where] }
    const problems = findWhereProblems(where, resolve)
    expect(problems).toHaveLength(1)
    expect(problems[0].message.en).toBe('nested too deep: at most 32 levels')
  })

  it('stops at 20 problems', () => {
    const where = { or: Array.from({ length: 100 }, () => ({ report: { equals: 'x' } })) }
    expect(findWhereProblems(where, resolve)).toHaveLength(20)
  })
})

describe('operators per field type', () => {
  it.each([
    ['text', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains']],
    ['number', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like']],
    ['number', { hasMany: true }, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'contains']],
    ['date', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']],
    ['checkbox', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists']],
    ['select', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists']],
    ['select', { hasMany: true }, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains']],
    ['point', {}, ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects']],
    ['array', {}, []],
    ['group', {}, []],
  ])('%s %j: %j', (type, extra, operators) => {
    expect(operatorsFor({ label: label(type), type, ...extra })).toEqual(operators)
  })

  it('no field type takes all: the SQL adapters do not implement it', () => {
    for (const type of ['text', 'number', 'date', 'checkbox', 'select', 'relationship', 'upload', 'id', 'json', 'richText', 'point']) {
      expect(operatorsFor({ hasMany: true, label: label(type), type })).not.toContain('all')
    }
  })
})

describe('where paths under another root, and ids in a path', () => {
  it("a join's where is named under its join: joins.records.where.id.in", () => {
    expect(findWhereProblems({ id: { in: 'abc' } }, resolve, 'joins.records.where').map((problem) => problem.path)).toEqual(['joins.records.where.id.in'])
  })

  it.each([
    ['12', 'number', null],
    [12, 'number', null],
    ['abc', 'number', '"abc" is geen id van een document in chapters (verwacht een geheel getal)'],
    ['1.5', 'number', '"1.5" is geen id van een document in chapters (verwacht een geheel getal)'],
    ['6650a1b2c3d4e5f607182930', 'text', null],
    ['', 'text', '"" is geen id van een document in chapters (verwacht tekst)'],
  ] as const)('document id %j with %s ids: %s', (id, idType, message) => {
    expect(documentIdProblem(id, 'chapters', idType)?.nl ?? null).toBe(message)
  })
})
