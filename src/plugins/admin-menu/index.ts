import type { Config, Plugin, PayloadRequest } from 'payload'

import { hasRole, type Role } from '../../access'

/** Which roles see a collection in the admin's menu (and may open its pages); the rest see it everywhere they may read it. */
export type MenuRoles = Record<string, readonly Role[]>

/** Whether `user` sees a collection limited to `roles` in the menu. */
export const showsInMenu = (user: PayloadRequest['user'] | undefined, roles: readonly Role[]): boolean => hasRole(user as Parameters<typeof hasRole>[0], ...roles)

/**
 * The admin's menu per role: a collection listed here is hidden (`admin.hidden`) from users
 * without one of its roles. Access control stays with each collection; this only keeps the menu
 * to what a role can use. Collections already hidden stay hidden. Never list a collection that
 * rich text relates to (Lexical treats a hidden collection as one the user may not link to).
 */
export const adminMenuPlugin =
  (menu: MenuRoles): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      // The document's "API" tab is for developers (they have /api and the README): editors never need it.
      const withoutApiTab = { ...collection, admin: { ...collection.admin, hideAPIURL: true } }
      const roles = menu[collection.slug]
      if (!roles || collection.admin?.hidden === true) return withoutApiTab
      return { ...withoutApiTab, admin: { ...withoutApiTab.admin, hidden: ({ user }) => !showsInMenu(user as PayloadRequest['user'], roles) } }
    }),
  })
