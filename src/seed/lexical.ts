/**
 * Turns the seed's small Markdown subset into Payload's Lexical JSON: `## h2`, `### h3`,
 * paragraphs (blank-line separated; single newlines join with a space), `- ` bullet lists,
 * `1. ` numbered lists, `> ` quotes, and `**bold**` / `*italic*` inside text.
 */
type Node = Record<string, unknown>

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2

const textNodes = (text: string): Node[] => {
  const nodes: Node[] = []
  const pattern = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index), 0))
    const token = match[0]
    nodes.push(token.startsWith('**') ? textNode(token.slice(2, -2), FORMAT_BOLD) : textNode(token.slice(1, -1), FORMAT_ITALIC))
    last = match.index + token.length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last), 0))
  return nodes
}

const textNode = (text: string, format: number): Node => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text, version: 1 })

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const join = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean).join(' ')

export const markdownToLexical = (markdown: string) => {
  const children: Node[] = []
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '')
    if (lines.length === 0) continue
    const first = lines[0].trim()
    const heading = /^(#{2,3})\s+(.*)$/.exec(first)
    if (heading && lines.length === 1) {
      children.push(element('heading', textNodes(heading[2].trim()), { tag: heading[1].length === 2 ? 'h2' : 'h3' }))
      continue
    }
    if (heading) {
      children.push(element('heading', textNodes(heading[2].trim()), { tag: heading[1].length === 2 ? 'h2' : 'h3' }))
      lines.shift()
    }
    const rest = lines.map((line) => line.trim())
    if (rest.length === 0) continue
    if (rest.every((line) => line.startsWith('> ') || line === '>')) {
      children.push(element('quote', textNodes(join(rest.map((line) => line.replace(/^>\s?/, ''))))))
      continue
    }
    const bullet = /^[-•]\s+/
    const numbered = /^\d+[.)]\s+/
    if (bullet.test(rest[0]) || numbered.test(rest[0])) {
      const ordered = numbered.test(rest[0])
      const marker = ordered ? numbered : bullet
      const items: string[][] = []
      for (const line of rest) {
        if (marker.test(line)) items.push([line.replace(marker, '')])
        else if (items.length) items[items.length - 1].push(line)
        else items.push([line])
      }
      children.push(
        element(
          'list',
          items.map((item, index) => element('listitem', textNodes(join(item)), { value: index + 1 })),
          { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
        ),
      )
      continue
    }
    children.push(element('paragraph', textNodes(join(rest)), { textFormat: 0, textStyle: '' }))
  }
  return { root: element('root', children) }
}

/** Plain text of a Lexical tree (for tests and search). */
export const lexicalToText = (value: unknown): string => {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as { children?: unknown[]; text?: unknown; type?: unknown }
    if (typeof record.text === 'string') parts.push(record.text)
    if (Array.isArray(record.children)) {
      record.children.forEach(walk)
      if (record.type !== 'text') parts.push('\n')
    }
  }
  walk((value as { root?: unknown })?.root)
  return parts.join('').replace(/\n+/g, '\n').trim()
}
