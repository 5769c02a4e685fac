export const roles = ['admin', 'editor', 'author'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
