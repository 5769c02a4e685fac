import type { CollectionSlug, Field, Payload, RichTextField } from 'payload'

type Row = Record<string, unknown>

/**
 * Maps every rich-text field of a collection that lies outside arrays and blocks (so it has one
 * data path per document), visiting groups, rows, collapsibles and tabs. The one walk behind
 * both uses: giving those fields the editor with the inline figure (config time) and listing
 * their data paths (where the inline figures of a document live).
 */
const mapRichTextFields = (fields: readonly Field[], visit: (field: RichTextField, path: string) => RichTextField, prefix = ''): Field[] =>
  fields.map((field) => {
    switch (field.type) {
      case 'richText':
        return visit(field, `${prefix}${field.name}`)
      case 'group':
        return { ...field, fields: mapRichTextFields(field.fields, visit, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix) }
      case 'row':
      case 'collapsible':
        return { ...field, fields: mapRichTextFields(field.fields, visit, prefix) }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: mapRichTextFields(tab.fields, visit, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix) })),
        }
      default:
        return field
    }
  })

/** The fields with `editor` on each of those rich-text fields. */
export const withFigureEditor = (fields: readonly Field[], editor: RichTextField['editor']): Field[] =>
  mapRichTextFields(fields, (field) => ({ ...field, editor }))

/** The data paths of those rich-text fields (`body`, `intro.text`). */
export const richTextPathsIn = (fields: readonly Field[]): string[] => {
  const paths: string[] = []
  mapRichTextFields(fields, (field, path) => {
    paths.push(path)
    return field
  })
  return paths
}

const pathsByConfig = new WeakMap<object, string[]>()

/**
 * Where the inline figures of a collection's documents live, read from the collection as Payload
 * runs it (walked once per collection config, then remembered). Empty for an unknown collection.
 */
export const richTextPathsOf = (payload: Payload, collection: string): readonly string[] => {
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!config) return []
  let paths = pathsByConfig.get(config)
  if (!paths) {
    paths = richTextPathsIn(config.fields)
    pathsByConfig.set(config, paths)
  }
  return paths
}

/** The value at a dotted data path (`intro.text`), or undefined. */
export const valueAt = (doc: Row, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Row)[key] : undefined), doc)

/** Sets the value at a dotted data path whose parent exists. */
export const setValueAt = (doc: Row, path: string, value: unknown): void => {
  const keys = path.split('.')
  const last = keys.pop() as string
  const parent = keys.length ? valueAt(doc, keys.join('.')) : doc
  if (parent && typeof parent === 'object') (parent as Row)[last] = value
}
