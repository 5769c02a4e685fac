/** The id of a relationship value, whether it is an id or a populated document. */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in (value as object)) return (value as { id: number | string }).id
  return value as number | string
}

export const sameId = (a: unknown, b: unknown) => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}
