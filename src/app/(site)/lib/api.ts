import { cacheTag } from 'next/cache'
import { cookies, draftMode } from 'next/headers'

import { allowedOrigins } from '../../../config/origins'
import { tagsOfAnswer } from '../../../plugins/cache-signals/tags'

/** Payload's login cookie (`<cookiePrefix>-token`; the config keeps the default prefix). */
const LOGIN_COOKIE = 'payload-token'

/**
 * The origin the front-end reads the content API from: this server itself over loopback (`next
 * start` and `next dev` set PORT), else the configured server URL. It never depends on the
 * request, so a page can be rendered once and kept (a cached page is the same for every visitor).
 */
export const apiOrigin = (): string => (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : allowedOrigins()[0])

export type Query = Record<string, boolean | number | string | string[] | undefined>

/** Encodes a flat map of Payload query keys (`where[slug][equals]`, `select[title]`, ...). */
export const queryString = (query: Query): string => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item, index) => params.append(`${key}[${index}]`, item))
    else params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    path: string,
  ) {
    super(`GET /api${path} answered HTTP ${status}`)
  }
}

const readAnswer = async <T>(url: string, path: string, init: RequestInit): Promise<T> => {
  const response = await fetch(url, { ...init, cache: 'no-store' })
  if (!response.ok) throw new ApiError(response.status, path)
  return (await response.json()) as T
}

/** `/chapters/12` -> chapters, one document; `/chapters` -> chapters, a list; `/globals/...` and other paths -> none. */
const collectionOf = (path: string): { collection: string; list: boolean } | null => {
  const match = /^\/([a-z0-9-]+)(?:\/([^/]+))?$/.exec(path)
  return match ? { collection: match[1], list: match[2] === undefined } : null
}

/**
 * An anonymous answer of the content API, kept in Next's cache (`'use cache'`: in this server's
 * memory) under the tags of what it shows (src/plugins/cache-signals/tags.ts) until a change
 * expires one of them on every server (the cache signals). Only ever called without a login,
 * outside draft mode: the answer is what any visitor gets.
 */
const cachedAnswer = async <T>(url: string, path: string): Promise<T> => {
  'use cache'
  // Tests only: each fill (a miss) is printed, so a test sees what a page view had to read again.
  if (process.env.SITE_CACHE_LOG === '1') console.log(`site-cache fill ${url.slice(url.indexOf('/api/') + 4)}`)
  const answer = await readAnswer<T>(url, path, { headers: { Accept: 'application/json' } })
  const target = collectionOf(path)
  if (target) cacheTag(...tagsOfAnswer(target.collection, answer, { list: target.list }))
  return answer
}

/**
 * Reads the content API over HTTP as the visitor: anonymous, so only published documents, and
 * from the cache (above) when one is kept. In draft mode (switched on by /preview for a logged-in
 * editor only) the editor's own login token goes along (as a JWT header: Payload does not take a
 * login cookie from a server-side request, which has no Origin to check), drafts are asked for
 * and nothing is cached; Payload decides again whether they may be read.
 */
export const apiGet = async <T>(path: string, query: Query = {}): Promise<T> => {
  const preview = (await draftMode()).isEnabled
  const url = `${apiOrigin()}/api${path}${queryString(preview ? { ...query, draft: true } : query)}`
  if (!preview && process.env.SITE_CACHE !== 'off') {
    try {
      return await cachedAnswer<T>(url, path)
    } catch {
      // Not kept (an error answer is never cached): read it again below for the caller's error.
    }
  }
  const init: RequestInit = { headers: { Accept: 'application/json' } }
  if (preview) {
    const token = (await cookies()).get(LOGIN_COOKIE)?.value
    if (token) init.headers = { ...init.headers, Authorization: `JWT ${token}` }
  }
  return readAnswer<T>(url, path, init)
}

export type List<T> = { docs: T[]; totalDocs: number; hasNextPage: boolean }

/** The first document matching `where` (flat query keys), or null. */
export const findOne = async <T>(collection: string, query: Query): Promise<null | T> => {
  const { docs } = await apiGet<List<T>>(`/${collection}`, { limit: 1, ...query })
  return docs[0] ?? null
}
