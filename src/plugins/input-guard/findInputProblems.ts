import type { FlattenedField } from 'payload'

import type { CheckContext, InputProblem } from './types'

import { labelOf } from './describe'
import { valueProblems } from './shapes'
import { isPlainObject, walkData } from './walk'

/** Enough to fix a form at once; a body with thousands of bad rows gets the first ones. */
const MAX_PROBLEMS = 20

/**
 * Every problem of the values `data` submits for `fields`, each on its path (`title`,
 * `keyFigures.2.label`, `body`) with the field's label: the input the server refuses before
 * anything else runs, on draft saves as well as on publishes.
 */
export const findInputProblems = (fields: readonly FlattenedField[], data: unknown, context: CheckContext): InputProblem[] => {
  if (!isPlainObject(data)) {
    return [
      {
        label: { en: 'document', nl: 'document' },
        message: { en: 'the data of a document must be an object', nl: 'de gegevens van een document moeten een object zijn' },
        path: 'data',
      },
    ]
  }
  const problems: InputProblem[] = []
  for (const { field, path, value } of walkData(fields, data)) {
    for (const message of valueProblems(field, value, context)) {
      problems.push({ label: labelOf(field), message, path })
      if (problems.length >= MAX_PROBLEMS) return problems
    }
  }
  return problems
}
