import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

import { languageOf } from '../../publication-workflow/errors'
import { checkPassword } from '../passwordPolicy'

/** Throws a 400 on the `password` field (the admin marks it) when the policy refuses the password. */
export const refuseWeakPassword = ({
  account,
  collection,
  options,
  password,
  req,
}: {
  account: { email?: unknown; name?: unknown }
  collection: string
  options: SanitizedAccountSecurityOptions
  password: string
  req: PayloadRequest
}) => {
  const problem = checkPassword(password, account, { contextWords: options.contextWords, minLength: options.minPasswordLength })
  if (!problem) return
  throw new ValidationError({ collection, errors: [{ message: problem.message[languageOf(req)], path: 'password' }], req })
}
