import type { Access, CollectionConfig } from 'payload'

import type { SanitizedWorkflowOptions } from './types.ts'

import { workflowFields } from './types.ts'

const allow = async (access: Access | undefined, args: Parameters<Access>[0]) => (access ? access(args) : Boolean(args.req.user))

/**
 * Adds what authors may do to a collection's own access rules: create where the options allow
 * it, and update their own documents (or any document, when the collection has fields every
 * author may change; the workflow hook then refuses every other field by name).
 */
export const withAuthorAccess = (collection: CollectionConfig, options: SanitizedWorkflowOptions): CollectionConfig['access'] => {
  const { create, update } = collection.access ?? {}
  const authorFields = options.authorFields[collection.slug] ?? []
  return {
    ...collection.access,
    create: async (args) => {
      const own = await allow(create, args)
      if (own) return own
      return options.actorOf(args.req.user) === 'author' && (options.authorsCreateIn as readonly string[]).includes(collection.slug)
    },
    update: async (args) => {
      const own = await allow(update, args)
      if (own === true) return true
      if (options.actorOf(args.req.user) !== 'author') return own
      if (authorFields.length) return true
      return { [workflowFields.owner]: { equals: args.req.user!.id } }
    },
  }
}
