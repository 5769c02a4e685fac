/**
 * The access matrix of the CMS as data: who may do what in every collection. The README shows it
 * (rendered by `renderAccessMatrix`, and a test keeps the two equal) and an integration test
 * checks every cell through REST, and the read cells through GraphQL too.
 */

export const matrixRoles = ['anonymous', 'author', 'editor', 'admin'] as const
export type MatrixRole = (typeof matrixRoles)[number]

export const matrixActions = ['readPublished', 'readDraft', 'create', 'updateOwn', 'updateOther', 'changeStage', 'publish', 'delete'] as const
export type MatrixAction = (typeof matrixActions)[number]

/**
 * `yes` / `no`; `–` does not apply (no drafts, no owner, no stages); `own`: only their own
 * (account, practice they attached); `practices`: only the practices field; `to review`: only
 * their own documents, from concept to ter review.
 */
export type Cell = '–' | 'no' | 'own' | 'practices' | 'to review' | 'yes'

export const actionLabels: Record<MatrixAction, string> = {
  changeStage: 'change stage',
  create: 'create',
  delete: 'delete',
  publish: 'publish',
  readDraft: 'read draft',
  readPublished: 'read published',
  updateOther: 'update other',
  updateOwn: 'update own',
}

type Row = Record<MatrixAction, Cell>
export type CollectionMatrix = Record<MatrixRole, Row>

const row = (...cells: Cell[]): Row => Object.fromEntries(matrixActions.map((action, index) => [action, cells[index]])) as Row

const workflow = (authorUpdatesOther: Cell): CollectionMatrix => ({
  anonymous: row('yes', 'no', 'no', '–', 'no', 'no', 'no', 'no'),
  author: row('yes', 'yes', 'no', 'yes', authorUpdatesOther, 'to review', 'no', 'no'),
  editor: row('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'),
  admin: row('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'),
})

const editorial: CollectionMatrix = {
  anonymous: row('yes', 'no', 'no', '–', 'no', '–', 'no', 'no'),
  author: row('yes', 'yes', 'no', '–', 'no', '–', 'no', 'no'),
  editor: row('yes', 'yes', 'yes', '–', 'yes', '–', 'yes', 'yes'),
  admin: row('yes', 'yes', 'yes', '–', 'yes', '–', 'yes', 'yes'),
}

const uploads: CollectionMatrix = {
  anonymous: row('yes', '–', 'no', '–', 'no', '–', '–', 'no'),
  author: row('yes', '–', 'yes', '–', 'no', '–', '–', 'no'),
  editor: row('yes', '–', 'yes', '–', 'yes', '–', '–', 'yes'),
  admin: row('yes', '–', 'yes', '–', 'yes', '–', '–', 'yes'),
}

export const accessMatrix = {
  reports: workflow('no'),
  chapters: workflow('practices'),
  'featured-articles': workflow('practices'),
  'podcast-episodes': workflow('no'),
  publications: workflow('no'),
  practices: {
    anonymous: row('yes', 'no', 'no', '–', 'no', '–', 'no', 'no'),
    author: row('yes', 'yes', 'yes', 'yes', 'no', '–', 'own', 'no'),
    editor: row('yes', 'yes', 'yes', 'yes', 'yes', '–', 'yes', 'yes'),
    admin: row('yes', 'yes', 'yes', 'yes', 'yes', '–', 'yes', 'yes'),
  },
  people: editorial,
  'podcast-series': editorial,
  media: uploads,
  files: uploads,
  datasets: editorial,
  // Records have no drafts of their own: "read draft" reads a record of an unpublished dataset.
  'dataset-records': {
    anonymous: row('yes', 'no', 'no', '–', 'no', '–', '–', 'no'),
    author: row('yes', 'yes', 'no', '–', 'no', '–', '–', 'no'),
    editor: row('yes', 'yes', 'yes', '–', 'yes', '–', '–', 'yes'),
    admin: row('yes', 'yes', 'yes', '–', 'yes', '–', '–', 'yes'),
  },
  'audit-log': {
    anonymous: row('no', '–', 'no', '–', 'no', '–', '–', 'no'),
    author: row('no', '–', 'no', '–', 'no', '–', '–', 'no'),
    editor: row('yes', '–', 'no', '–', 'no', '–', '–', 'no'),
    admin: row('yes', '–', 'no', '–', 'no', '–', '–', 'no'),
  },
  users: {
    anonymous: row('no', '–', 'no', '–', 'no', '–', '–', 'no'),
    author: row('own', '–', 'no', 'yes', 'no', '–', '–', 'no'),
    editor: row('own', '–', 'no', 'yes', 'no', '–', '–', 'no'),
    admin: row('yes', '–', 'yes', 'yes', 'yes', '–', '–', 'yes'),
  },
} satisfies Record<string, CollectionMatrix>

export type MatrixCollection = keyof typeof accessMatrix

/** The matrix as the Markdown table in the README: one row per collection and role. */
export const renderAccessMatrix = (): string => {
  const header = ['collection', 'role', ...matrixActions.map((action) => actionLabels[action])]
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
  for (const [collection, byRole] of Object.entries(accessMatrix) as [MatrixCollection, CollectionMatrix][]) {
    for (const role of matrixRoles) {
      lines.push(`| ${role === 'anonymous' ? `\`${collection}\`` : ''} | ${role} | ${matrixActions.map((action) => byRole[role][action]).join(' | ')} |`)
    }
  }
  return lines.join('\n')
}
