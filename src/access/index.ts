import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from './roles'

export { hasRole, roles, type Role } from './roles'

const publishedOnly: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const nobody: Access = () => false

export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Editors manage all content; admins can do what editors can. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Anyone working on the report reads drafts; anonymous readers get published documents only. */
export const publishedOrLoggedIn: Access = ({ req }) => (req.user ? true : publishedOnly)

/**
 * Records have no drafts of their own: they are as public as their dataset. Anonymous readers get
 * the records of datasets whose main document is published (a published dataset with a pending
 * draft stays published), on every path that reads records: lists, by id, GraphQL, relationships
 * populated by `depth` and the dataset's `records` join.
 */
export const inPublishedDatasetOrLoggedIn: Access = ({ req }) => (req.user ? true : { 'dataset._status': { equals: 'published' } })

export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

/** Editors edit every practice; an author edits the practices they attached. */
export const isEditorOrAttachedBy: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'author')) return { attachedBy: { equals: req.user.id } }
  return false
}

export const isAuthorOrAbove: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'author')

/** Only admins set roles, and never their own: nobody can raise (or drop) their own role. */
export const canSetRoles: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') && (id === undefined || String(id) !== String(req.user?.id))

export const serverOnly: FieldAccess = () => false
