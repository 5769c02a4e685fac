import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { canSetRoles, hasRole, isAdmin, isAdminOrSelf, roles } from '../access'
import { labels } from './shared'
import { slugs } from './slugs'

const roleLabels = {
  admin: { en: 'Administrator', nl: 'Beheerder' },
  author: { en: 'Author', nl: 'Auteur' },
  editor: { en: 'Editor', nl: 'Redacteur' },
} as const

/** The very first account (created on /admin/create-first-user) has to be able to manage the rest. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: slugs.users, overrideAccess: true, req })
  if (totalDocs === 0) {
    const current = Array.isArray(data.roles) ? data.roles : []
    data.roles = Array.from(new Set(['admin', ...current]))
  }
  return data
}

const sameRoles = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && [...a].sort().join() === [...b].sort().join()

/**
 * Field access alone would drop a forbidden `roles` value silently; a person trying to change
 * their own roles (or a non-admin anyone's) gets told instead.
 */
const refuseRoleChangesByThoseWhoMayNot: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'update' || args.overrideAccess) return args
  const roles = args.data?.roles
  if (roles === undefined) return args
  const id = 'id' in args ? args.id : undefined
  const ownAccount = id !== undefined && String(id) === String(req.user?.id)
  if (hasRole(req.user, 'admin') && !ownAccount) return args
  if (ownAccount && sameRoles(roles, req.user?.roles)) return args
  throw new ValidationError({
    collection: 'users',
    errors: [
      {
        message: ownAccount
          ? 'U kunt uw eigen rollen niet wijzigen; vraag het aan een andere beheerder.'
          : 'Alleen een beheerder kan rollen wijzigen.',
        path: 'roles',
      },
    ],
    req,
  })
}

const isProduction = process.env.NODE_ENV === 'production'

export const Users: CollectionConfig<'users'> = {
  slug: slugs.users,
  graphQL: { pluralName: 'Users', singularName: 'User' },
  labels: labels({ en: 'User', nl: 'Gebruiker' }, { en: 'Users', nl: 'Gebruikers' }),
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: { en: 'Administration', nl: 'Beheer' },
    useAsTitle: 'name',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: isProduction },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [refuseRoleChangesByThoseWhoMayNot],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', nl: 'Naam' },
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      label: { en: 'Roles', nl: 'Rollen' },
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      options: roles.map((value) => ({ label: roleLabels[value], value })),
      access: { create: canSetRoles, update: canSetRoles },
      saveToJWT: true,
      validate: (value: unknown) =>
        Array.isArray(value) && value.length > 0 ? true : 'Kies minstens één rol.',
    },
    {
      name: 'person',
      type: 'relationship',
      label: { en: 'Person', nl: 'Persoon' },
      relationTo: slugs.people,
      admin: {
        description: {
          en: 'The staff member this account belongs to, if any.',
          nl: 'Het personeelslid van wie dit account is, indien van toepassing.',
        },
      },
    },
  ],
  timestamps: true,
}
