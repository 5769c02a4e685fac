import type { Message, RichTextLimits } from './types'

import { validateLinkUrl } from '../../fields/url'
import { count, describeValue } from './describe'
import { isPlainObject } from './walk'

/** Node types of Lexical itself, present in every editor whatever its features. */
export const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const

const LINK_TYPES = new Set(['autolink', 'link'])

/** At most this many problems are reported for one value: enough to act on, short enough to read. */
const MAX_PROBLEMS = 5

type Options = {
  limits: RichTextLimits
  /** Node types the editor knows; a node of any other type is refused. Undefined: any type. */
  nodeTypes?: ReadonlySet<string>
}

/** Where a node sits, for messages: `root > 2 > 1` is the second child of the third top-level node (long trails shortened). */
const where = (trail: readonly number[]) => {
  const steps = trail.map(String)
  return ['root', ...(steps.length > 6 ? [...steps.slice(0, 3), '…', ...steps.slice(-2)] : steps)].join(' > ')
}

/**
 * The problems of a rich-text value as the Lexical editor stores it: `{ root: { type: 'root',
 * children: [...] } }`, every node an object with a string `type` the editor knows, `children`
 * (when present) a list of nodes, a text node's `text` a string, links only to http(s), mailto,
 * tel or a path on this site, and the whole within the depth, node and text limits. The tree is
 * walked with an explicit stack: a value nested 10,000 deep is refused, never a stack overflow.
 * Empty (null or undefined) is fine: whether it is required is another rule.
 */
export const richTextProblems = (value: unknown, { limits, nodeTypes }: Options): Message[] => {
  if (value === null || value === undefined) return []
  if (!isPlainObject(value) || !isPlainObject(value.root)) {
    const got = describeValue(value)
    return [
      {
        en: `expected rich text (Lexical JSON: an object with a "root" node), got ${got.en}`,
        nl: `verwacht opgemaakte tekst (Lexical-JSON: een object met een "root"-knoop), kreeg ${got.nl}`,
      },
    ]
  }
  const problems: Message[] = []
  const add = (message: Message) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message)
  }
  if (value.root.type !== 'root') add({ en: 'the top node must have type "root"', nl: 'de bovenste knoop moet type "root" hebben' })
  if (!Array.isArray(value.root.children)) add({ en: 'the root node needs a list of children', nl: 'de root-knoop heeft een lijst kinderen nodig' })

  let nodes = 0
  let textLength = 0
  const stack: { node: unknown; trail: number[] }[] = [{ node: value.root, trail: [] }]
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const { node, trail } = stack.pop() as { node: unknown; trail: number[] }
    if (trail.length > limits.maxDepth) {
      add({
        en: `nested too deep: at most ${limits.maxDepth} levels (at ${where(trail)})`,
        nl: `te diep genest: hoogstens ${limits.maxDepth} niveaus (bij ${where(trail)})`,
      })
      break
    }
    if (++nodes > limits.maxNodes + 1) {
      add({ en: `too many parts: at most ${count(limits.maxNodes)} nodes`, nl: `te veel onderdelen: hoogstens ${count(limits.maxNodes)} knopen` })
      break
    }
    if (!isPlainObject(node) || typeof node.type !== 'string') {
      add({ en: `node ${where(trail)} must be an object with a "type"`, nl: `knoop ${where(trail)} moet een object met een "type" zijn` })
      continue
    }
    if (trail.length > 0 && node.type === 'root') add({ en: `node ${where(trail)}: "root" only at the top`, nl: `knoop ${where(trail)}: "root" mag enkel bovenaan` })
    else if (nodeTypes && !nodeTypes.has(node.type)) {
      add({ en: `node ${where(trail)} has unknown type "${node.type.slice(0, 40)}"`, nl: `knoop ${where(trail)} heeft een onbekend type "${node.type.slice(0, 40)}"` })
    }
    if (node.type === 'text') {
      if (typeof node.text !== 'string') add({ en: `text node ${where(trail)} needs "text"`, nl: `tekstknoop ${where(trail)} heeft "text" nodig` })
      else textLength += node.text.length
    }
    if (LINK_TYPES.has(node.type)) {
      const fields = isPlainObject(node.fields) ? node.fields : {}
      for (const url of [fields.url, node.url]) {
        const verdict = validateLinkUrl(url)
        if (verdict !== true) add({ en: `${verdict.en} (at ${where(trail)})`, nl: `${verdict.nl} (bij ${where(trail)})` })
      }
    }
    if ('children' in node) {
      if (!Array.isArray(node.children)) {
        add({ en: `"children" of node ${where(trail)} must be a list`, nl: `"children" van knoop ${where(trail)} moet een lijst zijn` })
        continue
      }
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index], trail: [...trail, index] })
    }
  }
  if (textLength > limits.maxTextLength) {
    add({
      en: `at most ${count(limits.maxTextLength)} characters of text (this is ${count(textLength)})`,
      nl: `hoogstens ${count(limits.maxTextLength)} tekens tekst (dit zijn er ${count(textLength)})`,
    })
  }
  return problems
}
