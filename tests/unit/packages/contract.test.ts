import type { CollectionConfig, Config, Field } from 'payload'

import { describe, expect, it } from '@jest/globals'
import { keyFiguresPlugin } from '@jaarverslag/key-figures'
import { publicationCheckSection, publicationWorkflowPlugin } from '@jaarverslag/publication-workflow'

/**
 * The contract between the two packages, on plain configs (no database): the key-figures
 * instance is a handle the workflow takes; the workflow checks the order, finds the users
 * collection and the role names itself; options are sanitized once and never change.
 */
const posts = (): CollectionConfig => ({
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'richText' },
  ],
  versions: { drafts: true },
})
const editors: CollectionConfig = { slug: 'editors', auth: true, fields: [{ name: 'rollen', type: 'select', hasMany: true, options: ['hoofdredacteur', 'schrijver'] }] }
const baseConfig = (): Config => ({ admin: { user: 'editors' }, collections: [posts(), editors], secret: 'x' }) as Config

const fieldNamed = (fields: readonly Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if ('fields' in field) {
      const found = fieldNamed(field.fields as Field[], name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = fieldNamed(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

describe('the key-figures instance', () => {
  it('keeps its options as sanitized, frozen, however often it is applied', () => {
    const keyFigures = keyFiguresPlugin({ collections: ['posts' as never] })
    const before = JSON.stringify(keyFigures.options)
    keyFigures(baseConfig())
    keyFigures(baseConfig())
    expect(JSON.stringify(keyFigures.options)).toBe(before)
    expect(Object.isFrozen(keyFigures.options)).toBe(true)
    expect(Object.isFrozen(keyFigures.options.slugs)).toBe(true)
    expect(() => {
      ;(keyFigures.options as { enabled: boolean }).enabled = false
    }).toThrow(TypeError)
  })

  it('knows whether it was applied to a config already', async () => {
    const keyFigures = keyFiguresPlugin({ collections: ['posts' as never], slugs: { datasets: 'kpi-sets', records: 'kpi-records' } })
    expect(keyFigures.isRegisteredIn(baseConfig())).toBe(false)
    expect(keyFigures.isRegisteredIn(await keyFigures(baseConfig()))).toBe(true)
    expect(keyFigures.importsSlug).toBe('kpi-sets-imports')
  })

  it('puts the sections other plugins give it in the import map (admin.dependencies)', async () => {
    const section = publicationCheckSection({ collections: ['posts' as never] })
    const config = await keyFiguresPlugin({ collections: ['posts' as never], publicationCheckSections: [section] })(baseConfig())
    expect(Object.values(config.admin?.dependencies ?? {})).toEqual([{ path: '@jaarverslag/publication-workflow/rsc#ScheduledFailuresSection', type: 'component' }])
    expect(section).toMatchObject({ path: '@jaarverslag/publication-workflow/rsc#ScheduledFailuresSection', serverProps: { workflowOptions: { collections: ['posts'] } } })
  })

  it('finds nothing for collections it does not serve, and nothing when disabled, without a lookup', async () => {
    const keyFigures = keyFiguresPlugin({ collections: ['posts' as never], enabled: false })
    const noRequest = {} as never
    expect(await keyFigures.findingsOf([{ collection: 'posts', doc: {} }, { collection: 'other', doc: {} }], noRequest)).toEqual([[], []])
    const serving = keyFiguresPlugin({ collections: ['posts' as never] })
    expect(await serving.findingsOf([{ collection: 'other', doc: {} }], noRequest)).toEqual([[]])
  })
})

describe('the publication workflow', () => {
  it('refuses to start before its key-figures instance, with the fix in the message', async () => {
    const keyFigures = keyFiguresPlugin({ collections: ['posts' as never] })
    const workflow = publicationWorkflowPlugin({ collections: ['posts' as never], keyFigures })
    expect(() => workflow(baseConfig())).toThrow(/register keyFiguresPlugin\(\.\.\.\) \(datasets "datasets"\) before publicationWorkflowPlugin/)
    await expect(Promise.resolve(workflow(await keyFigures(baseConfig())))).resolves.toBeTruthy()
  })

  it('works without a key-figures instance', async () => {
    const config = await publicationWorkflowPlugin({ collections: ['posts' as never] })(baseConfig())
    expect(config.collections?.map((collection) => collection.slug)).toEqual(['posts', 'editors', 'audit-log'])
  })

  it('relates owners, notes and audit entries to the collection the admin logs in with (admin.user)', async () => {
    const config = await publicationWorkflowPlugin({ collections: ['posts' as never] })(baseConfig())
    const [post] = config.collections ?? []
    const auditLog = config.collections?.find((collection) => collection.slug === 'audit-log')
    expect(fieldNamed(post.fields, 'owner')).toMatchObject({ relationTo: 'editors' })
    expect(fieldNamed(post.fields, 'resolvedBy')).toMatchObject({ relationTo: 'editors' })
    expect(fieldNamed(auditLog?.fields ?? [], 'user')).toMatchObject({ relationTo: 'editors' })
  })

  it('reads the roles a user acts in with the role names and field it is given', async () => {
    const config = await publicationWorkflowPlugin({
      collections: ['posts' as never],
      roles: { admin: 'beheerder', author: 'schrijver', editor: 'hoofdredacteur', field: 'rollen' },
    })(baseConfig())
    const auditLog = config.collections?.find((collection) => collection.slug === 'audit-log')
    const read = auditLog?.access?.read as (args: { req: { user: unknown } }) => boolean
    expect(read({ req: { user: { rollen: ['hoofdredacteur'] } } })).toBe(true)
    expect(read({ req: { user: { rollen: ['schrijver'] } } })).toBe(false)
    expect(read({ req: { user: { roles: ['editor'] } } })).toBe(false)
  })
})
