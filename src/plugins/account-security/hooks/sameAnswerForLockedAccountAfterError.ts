import type { AfterErrorHook } from 'payload'

import { AuthenticationError, formatErrors, LockedAuth } from 'payload'

/**
 * A locked account answers exactly like a wrong password (same status, message and error name,
 * on REST and GraphQL): otherwise anyone could learn which accounts exist and are under attack,
 * and tell when a lock ends. Payload throws `LockedAuth` from inside its login operation, so the
 * answer is rewritten where both APIs turn errors into responses.
 */
export const sameAnswerForLockedAccountAfterError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const failure = (error as { originalError?: unknown }).originalError ?? error
  if (!(failure instanceof LockedAuth)) return
  const same = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: same.name, statusCode: same.status }, message: same.message },
    }
  }
  return { response: formatErrors(same), status: same.status }
}
