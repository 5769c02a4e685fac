/**
 * Limits of one import. A dataset of the annual report has tens to a few thousand records; the
 * limits leave room for a large CRM export while keeping an import (one transaction) short
 * enough not to hold the database for minutes. A file over a limit is refused as a whole, with
 * the limit in the message, never cut off silently.
 */
export const IMPORT_LIMITS = {
  /** Data rows (the header not counted). */
  maxRows: 20_000,
  /** Bytes of the uploaded file. */
  maxBytes: 10 * 1024 * 1024,
  /** Characters of a label (labels are printed in the admin and as a figure's source). */
  maxLabelLength: 200,
  /** Characters of a key. */
  maxKeyLength: 120,
} as const

export type ImportLimits = { maxBytes: number; maxKeyLength: number; maxLabelLength: number; maxRows: number }
