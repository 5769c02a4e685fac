import type { CollectionSlug, PayloadRequest, TextField, TextFieldSingleValidation } from 'payload'

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

type SlugScope = {
  collectionSlug: string
  /** The document itself, left out of the search (an update keeps its own slug). */
  id?: null | number | string
  /** The document's data, to read the scope fields from. */
  data?: Record<string, unknown>
  uniqueWithin: readonly string[]
  req: PayloadRequest
}

/** Whether another document in the same scope (e.g. the same report) already uses `value`. */
const slugTaken = async (value: string, { collectionSlug, data, id, req, uniqueWithin }: SlugScope): Promise<boolean> => {
  const and: Record<string, unknown>[] = [{ slug: { equals: value } }]
  if (id !== undefined && id !== null) and.push({ id: { not_equals: id } })
  for (const scope of uniqueWithin) {
    const scopeValue = relationId(data?.[scope])
    if (scopeValue === undefined || scopeValue === null) continue
    and.push({ [scope]: { equals: scopeValue } })
  }
  const { totalDocs } = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    overrideAccess: true,
    req,
    where: { and } as never,
  })
  return totalDocs > 0
}

/** The longest slug: it ends up in URLs. */
export const MAX_SLUG_LENGTH = 120

/** Candidates for the slug of a copy: `ons-plan-2`, `ons-plan-3`, ...; a long slug is shortened to fit. */
export const copySlugCandidate = (slug: string, attempt: number, maxLength = MAX_SLUG_LENGTH): string => {
  const suffix = `-${attempt + 1}`
  return `${slug.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * A slug that fills itself from a title, and is unique globally or within a scope
 * (chapters are unique per report). Uniqueness is checked with a query so the editor gets a
 * message on the field instead of a database constraint error. A duplicated document gets the
 * first free `<slug>-2`, `<slug>-3`, ... in its scope, never the original's slug.
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
    if (await slugTaken(value, { collectionSlug, data: data as Record<string, unknown> | undefined, id, req, uniqueWithin })) {
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
    label: { en: 'Web address (slug)', nl: 'Webadres' },
    maxLength: MAX_SLUG_LENGTH,
    // Not `required`: the hook fills it from the title; `validate` still refuses an empty slug.
    admin: {
      description: {
        en: 'Used in the URL. Left empty, it is made from the title.',
        nl: 'Wordt gebruikt in de URL. Leeg gelaten, wordt hij uit de titel gemaakt.',
      },
      position: 'sidebar',
    },
    hooks: {
      beforeDuplicate: [
        async ({ collection, data, req, value }) => {
          if (typeof value !== 'string' || !value || !collection) return value
          for (let attempt = 1; attempt < 1000; attempt++) {
            const candidate = copySlugCandidate(value, attempt)
            if (!(await slugTaken(candidate, { collectionSlug: collection.slug, data: data as Record<string, unknown>, req, uniqueWithin }))) return candidate
          }
          return value
        },
      ],
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
