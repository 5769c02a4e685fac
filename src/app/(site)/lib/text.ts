/** Plain-text helpers over Lexical JSON for the site (no rendering). */

type Node = { type?: string; text?: string; children?: Node[]; fields?: { shown?: string } }

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'inlineBlock' ? (node.fields?.shown ?? '') : (node.children ?? []).map(textOf).join('')

const paragraphs = (data: unknown): string[] => {
  const root = (data as { root?: Node } | null)?.root
  return (root?.children ?? []).map(textOf).map((text) => text.trim()).filter(Boolean)
}

/** The first paragraph of a rich text, as plain text: the lead of a foreword. */
export const firstParagraph = (data: unknown): string => paragraphs(data)[0] ?? ''

/**
 * Whether the text is already signed by this person: its last paragraph starts with their name
 * ("**Fred Dhont**, Directeur Socius"). Then the page does not sign it a second time.
 */
export const isSignedBy = (data: unknown, name: null | string | undefined): boolean => {
  if (!name) return false
  const last = paragraphs(data).at(-1) ?? ''
  return last.startsWith(name)
}

/** "1", "2.3": a chapter's own number as the report prints it, never the position in a list. */
export const numbered = (number: null | string | undefined, title: string) => (number ? `${number}. ${title}` : title)
