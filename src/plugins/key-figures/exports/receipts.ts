/**
 * Figure receipts: the `data-*` attributes a front-end prints on every bound figure, reading them
 * back, the PDF edition's manifest (`kerncijfers.json`) and re-checking receipts against records.
 * No Payload.
 */
export { readReceipt, RECEIPT, receiptAttributes, type FigureReceipt, type RawReceipt, type ReadReceipt, type ReceiptSource } from '../receipts/attributes.js'
export { fetchReceiptRecords } from '../receipts/fetchRecords.js'
export { attachManifest, MANIFEST_FILE, MANIFEST_FORMAT, readAttachment, readManifest, type FigureManifest } from '../receipts/pdfManifest.js'
export { summarizeReceipts, type DatasetUse, type ReceiptSummary } from '../receipts/summarize.js'
export { describeSource, inferUnit, receiptName, verifyReceipts, type ReceiptVerdict } from '../receipts/verify.js'
