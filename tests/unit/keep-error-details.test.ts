import { describe, expect, it } from '@jest/globals'
import { Forbidden, formatErrors, ValidationError } from 'payload'

import { keepErrorDetailsAfterError } from '../../src/hooks/keepErrorDetailsAfterError'

type Args = Parameters<typeof keepErrorDetailsAfterError>[0]
const run = (error: unknown, result: unknown, extra: Partial<Args> = {}) => keepErrorDetailsAfterError({ error, result, ...extra } as Args)

const refusal = () => new ValidationError({ collection: 'chapters', errors: [{ message: 'Dit veld is verplicht.', path: 'keyFigures.0.label' }] })
/** What `formatErrors` answers when the error is not an instance of its own Payload copy's classes (the built server). */
const bare = (error: Error) => ({ errors: [{ message: error.message }] })

describe('keepErrorDetailsAfterError: a refusal names its fields in the built server too', () => {
  it("puts back the data of a refusal whose answer lost it, named ValidationError whatever the class's built name", () => {
    const error = refusal()
    Object.defineProperty(error, 'name', { value: 'rB' })
    expect(run(error, bare(error))).toEqual({
      response: { errors: [{ name: 'ValidationError', data: { collection: 'chapters', errors: [{ message: 'Dit veld is verplicht.', path: 'keyFigures.0.label' }] }, message: error.message }] },
      status: 400,
    })
  })

  it('names a GraphQL refusal with field errors ValidationError, its data as it was', () => {
    const error = refusal()
    const graphqlResult = { extensions: { data: error.data, name: 'i', statusCode: 400 }, message: error.message, path: ['createChapter'] }
    expect(run(error, undefined, { graphqlResult: graphqlResult as never })).toEqual({ graphqlResult: { ...graphqlResult, extensions: { data: error.data, name: 'ValidationError', statusCode: 400 } } })
  })

  it('leaves an answer that has its data (one copy of Payload: dev, tests) as Payload made it', () => {
    const error = refusal()
    expect(formatErrors(error).errors[0]).toHaveProperty('data')
    expect(run(error, formatErrors(error))).toBeUndefined()
  })

  it('leaves errors without data, server errors, private errors, GraphQL and answers another hook rewrote', () => {
    const forbidden = new Forbidden()
    expect(run(forbidden, bare(forbidden))).toBeUndefined()
    const server = Object.assign(new Error('kapot'), { data: { secret: 1 }, isPublic: true, status: 500 })
    expect(run(server, bare(server))).toBeUndefined()
    const hidden = Object.assign(new Error('intern'), { data: { secret: 1 }, isPublic: false, status: 400 })
    expect(run(hidden, bare(hidden))).toBeUndefined()
    const error = refusal()
    expect(run(error, bare(error), { graphqlResult: { message: error.message } as never })).toBeUndefined()
    expect(run(error, undefined, { graphqlResult: { extensions: { data: error.data, name: 'ValidationError' }, message: error.message } as never })).toBeUndefined()
    expect(run(error, { errors: [{ message: 'Onjuiste gegevens.' }] })).toBeUndefined()
  })
})
