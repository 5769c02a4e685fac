/** A text in the two languages of the admin; errors pick the one of the request. */
export type Message = { en: string; nl: string }

/** One refused value: where it is (the path the admin form knows), the field's label and what is wrong. */
export type InputProblem = {
  path: string
  label: Message
  message: Message
}

export type IdType = 'number' | 'text'

/** Limits of rich text (Lexical JSON); each is counted without recursion, so no input can overflow the stack. */
export type RichTextLimits = {
  /** Nodes below the root on the longest path (a nested list item is two levels deeper than its list). */
  maxDepth: number
  /** Nodes in one rich-text value. */
  maxNodes: number
  /** Characters of text in one rich-text value. */
  maxTextLength: number
}

export type TextLimits = {
  /** `title`, `name`, `label` and any text field whose name ends in `Title`. */
  title: number
  /** `slug` */
  slug: number
  /** Any other text field. */
  text: number
  /** Textarea fields. */
  textarea: number
}

/** What the checks need to know beyond the fields and the data. */
export type CheckContext = {
  /** The id type of a collection (`number` on SQL, `text` on MongoDB or with custom ids). */
  idTypeOf: (collection: string) => IdType
  richText: RichTextLimits
  /** Node types the rich-text field's editor knows, when it can tell; otherwise any type is accepted. */
  richTextNodeTypes?: (field: unknown) => ReadonlySet<string> | undefined
  /** Nesting depth of a JSON field's value. */
  maxJsonDepth: number
}
