import type { CollectionConfig } from 'payload'

import { isEditor, publishedOrLoggedIn } from '../access'

/** Published documents for everyone, drafts for people who work on the report, writes for editors. */
export const editorialAccess: NonNullable<CollectionConfig['access']> = {
  create: isEditor,
  delete: isEditor,
  read: publishedOrLoggedIn,
  readVersions: isEditor,
  update: isEditor,
}

export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

type Label = { en: string; nl: string }

export const labels = (singular: Label, plural: Label): NonNullable<CollectionConfig['labels']> => ({
  plural,
  singular,
})
