import type { PayloadRequest } from 'payload'

import type { SanitizedInputGuardOptions } from '../options'
import type { CheckContext, IdType, InputProblem } from '../types'

import { ValidationError } from 'payload'

import { CORE_NODE_TYPES } from '../lexical'

const languageOf = (req: PayloadRequest): 'en' | 'nl' => (req.i18n?.language === 'en' ? 'en' : 'nl')

type EditorWithNodes = { editorConfig?: { features?: { nodes?: { node?: { getType?: () => string } }[] } } }

const nodeTypesByEditor = new WeakMap<object, ReadonlySet<string> | undefined>()

/**
 * The node types a rich-text field's Lexical editor knows (its features' nodes plus Lexical's
 * own), read once per editor. Undefined when the editor does not say: then any type passes.
 */
export const richTextNodeTypes = (field: unknown): ReadonlySet<string> | undefined => {
  const editor = (field as { editor?: EditorWithNodes } | undefined)?.editor
  if (!editor || typeof editor !== 'object') return undefined
  if (nodeTypesByEditor.has(editor)) return nodeTypesByEditor.get(editor)
  const nodes = editor.editorConfig?.features?.nodes
  let types: ReadonlySet<string> | undefined
  if (Array.isArray(nodes)) {
    const names = nodes.map((entry) => {
      try {
        return entry.node?.getType?.()
      } catch {
        return undefined
      }
    })
    types = names.every((name) => typeof name === 'string') ? new Set([...CORE_NODE_TYPES, ...(names as string[])]) : undefined
  }
  nodeTypesByEditor.set(editor, types)
  return types
}

/** The id type of each collection, as Payload's own relationship validation reads it. */
export const idTypeReader =
  (req: PayloadRequest) =>
  (collection: string): IdType => {
    const type = (req.payload.collections as Record<string, { customIDType?: string } | undefined>)[collection]?.customIDType ?? req.payload.db.defaultIDType
    return type === 'number' ? 'number' : 'text'
  }

export const checkContext = (req: PayloadRequest, options: SanitizedInputGuardOptions): CheckContext => ({
  idTypeOf: idTypeReader(req),
  maxJsonDepth: options.maxJsonDepth,
  richText: options.richText,
  richTextNodeTypes,
})

/** An HTTP 400 with each problem on its field's path, so the admin marks the field and API clients read the path. */
export const inputError = (collection: string, problems: readonly InputProblem[], req: PayloadRequest): ValidationError => {
  const language = languageOf(req)
  return new ValidationError(
    {
      collection,
      errors: problems.map((problem) => ({ label: problem.label[language], message: problem.message[language], path: problem.path })),
      req,
    },
    req.t,
  )
}
