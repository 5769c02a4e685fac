import type { CollectionSlug, TextField, TextFieldSingleValidation } from 'payload'

export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type SlugFieldOptions = {
  /** The field the slug is made from when the editor leaves it empty. */
  from?: string
  /** Sibling relationship fields that scope uniqueness, e.g. `['report']`: unique per report. */
  uniqueWithin?: string[]
}

const relationId = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * A slug that fills itself from a title, and is unique globally or within a scope
 * (chapters are unique per report). Uniqueness is checked with a query so the editor gets a
 * message on the field instead of a database constraint error.
 */
export const slugField = ({ from = 'title', uniqueWithin = [] }: SlugFieldOptions = {}): TextField => {
  const validate: TextFieldSingleValidation = async (
    value,
    { collectionSlug, data, id, req },
  ) => {
    if (!value) return 'Vul een slug in (kleine letters, cijfers en koppeltekens).'
    if (!slugPattern.test(value)) {
      return `Slug "${value}" mag alleen kleine letters, cijfers en enkele koppeltekens bevatten.`
    }
    if (!collectionSlug) return true
    const and: Record<string, unknown>[] = [{ slug: { equals: value } }]
    if (id !== undefined && id !== null) and.push({ id: { not_equals: id } })
    for (const scope of uniqueWithin) {
      const scopeValue = relationId((data as Record<string, unknown> | undefined)?.[scope])
      if (scopeValue === undefined || scopeValue === null) continue
      and.push({ [scope]: { equals: scopeValue } })
    }
    const { totalDocs } = await req.payload.count({
      collection: collectionSlug as CollectionSlug,
      overrideAccess: true,
      req,
      where: { and } as never,
    })
    if (totalDocs > 0) {
      return uniqueWithin.length
        ? `Slug "${value}" wordt al gebruikt binnen hetzelfde ${uniqueWithin.join(', ')}.`
        : `Slug "${value}" wordt al gebruikt.`
    }
    return true
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: { en: 'Slug', nl: 'Slug' },
    // Not `required`: the hook fills it from the title; `validate` still refuses an empty slug.
    admin: {
      description: {
        en: 'Used in the URL. Left empty, it is made from the title.',
        nl: 'Wordt gebruikt in de URL. Leeg gelaten, wordt hij uit de titel gemaakt.',
      },
      position: 'sidebar',
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = siblingData?.[from]
          return typeof source === 'string' && source.trim() ? slugify(source) : value
        },
      ],
    },
    validate,
  }
}
