import { normalizeRecordId } from '../engine/index.ts'

type Doc = Record<string, unknown>

/** Whether a record changed in what figures and footing rules read: value, unit or dataset. */
export const recordChanged = (doc: Doc, previous: Doc) =>
  doc.value !== previous.value || doc.unit !== previous.unit || String(normalizeRecordId(doc.dataset)) !== String(normalizeRecordId(previous.dataset))

/** Whether a dataset changed in what figures read: its status or its footing rules. */
export const datasetChanged = (doc: Doc, previous: Doc) =>
  doc._status !== previous._status || JSON.stringify(doc.footingRules ?? []) !== JSON.stringify(previous.footingRules ?? [])
