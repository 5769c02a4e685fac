import type { PayloadRequest } from 'payload'

import { createHash, timingSafeEqual } from 'node:crypto'
import { Forbidden } from 'payload'

import { hasRole } from '../access/roles'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Who may run queued jobs through `GET /api/payload-jobs/run` (an outside cron, when this
 * process does not run them itself): a request carrying `Authorization: Bearer <CRON_SECRET>`,
 * or a logged-in admin. Without a CRON_SECRET (or one shorter than 16 characters) only admins.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) return true
  const secret = process.env.CRON_SECRET ?? ''
  if (secret.length < 16) return false
  const header = req.headers?.get('authorization') ?? ''
  const match = /^Bearer\s+(.+)$/i.exec(header)
  if (!match) return false
  return timingSafeEqual(digest(match[1].trim()), digest(secret))
}

/**
 * The jobs access rule Payload is given. Payload's run endpoint answers every refusal with 401
 * ("log in"), which tells a logged-in editor the wrong thing: someone logged in who may not run
 * jobs gets 403 Forbidden instead. Anonymous callers (or a wrong cron secret) still get 401.
 */
export const runJobsAccess = ({ req }: { req: PayloadRequest }): boolean => {
  if (canRunJobs({ req })) return true
  if (req.user) throw new Forbidden(req.t)
  return false
}
