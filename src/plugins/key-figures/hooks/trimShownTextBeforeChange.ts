import type { FieldHook } from 'payload'

/**
 * A figure's text is stored as it is printed, and nothing is printed around it: " 171 " is saved
 * as "171". Spaces inside the number are the engine's to judge (refused, with the figure as it
 * would be printed), not this hook's to remove. A `beforeChange` hook: rich text runs the hooks
 * of its inline blocks' fields in that phase (not in `beforeValidate`), so one hook serves the
 * figure cards and the inline figures alike.
 */
export const trimShownTextBeforeChange: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)
