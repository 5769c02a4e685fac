/**
 * Figure receipts: the `data-*` attributes a front-end prints on every bound figure, reading them
 * back, the PDF edition's manifest (`kerncijfers.json`) and re-checking receipts against records.
 * No Payload.
 */
export { readReceipt, RECEIPT, receiptAttributes, type FigureReceipt, type RawReceipt, type ReadReceipt, type ReceiptSource } from '../receipts/attributes.ts'
export { fetchReceiptRecords } from '../receipts/fetchRecords.ts'
export { attachManifest, MANIFEST_FILE, MANIFEST_FORMAT, readAttachment, readManifest, type FigureManifest } from '../receipts/pdfManifest.ts'
export { summarizeReceipts, type DatasetUse, type ReceiptSummary } from '../receipts/summarize.ts'
export { describeSource, inferUnit, receiptName, verifyReceipts, type ReceiptVerdict } from '../receipts/verify.ts'
