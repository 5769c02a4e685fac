/**
 * A PDF carries its receipts as an attached file, `kerncijfers.json` (an embedded file with
 * relationship /Data, as PDF/A-3 attaches source data): the figures exactly as the page it was
 * printed from marked them. `figures:verify` reads it back.
 */
import { AFRelationship, decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString } from 'pdf-lib'

import type { RawReceipt } from './attributes.ts'

export const MANIFEST_FILE = 'kerncijfers.json'
export const MANIFEST_FORMAT = 'jaarverslag-kerncijfers/1'

export type FigureManifest = {
  format: typeof MANIFEST_FORMAT
  report: { slug: string; title: string }
  /** The public site the figures can be re-checked against (its content API). */
  site: null | string
  /** The page the PDF was printed from. */
  source: string
  generatedAt: string
  figures: RawReceipt[]
}

/** Attaches the manifest; the document is saved by the caller. */
export const attachManifest = async (pdf: PDFDocument, manifest: FigureManifest): Promise<void> => {
  const when = new Date(manifest.generatedAt)
  await pdf.attach(new TextEncoder().encode(JSON.stringify(manifest, null, 1)), MANIFEST_FILE, {
    afRelationship: AFRelationship.Data,
    creationDate: when,
    description: 'Kerncijfers van deze editie met hun bron (dataset, records, bewerking) / key figures of this edition with their source',
    mimeType: 'application/json',
    modificationDate: when,
  })
}

const text = (value: unknown): null | string => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null)

/** Name -> file specification, through the name tree (its kids too). */
const embeddedFiles = (node: PDFDict | undefined, out: Map<string, PDFDict>, depth = 0): Map<string, PDFDict> => {
  if (!node || depth > 32) return out
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  if (names) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const name = text(names.lookup(index))
      const spec = names.lookup(index + 1)
      if (name !== null && spec instanceof PDFDict) out.set(name, spec)
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let index = 0; index < (kids?.size() ?? 0); index++) {
    const kid = kids?.lookup(index)
    if (kid instanceof PDFDict) embeddedFiles(kid, out, depth + 1)
  }
  return out
}

/** The bytes of an attached file, or null. */
export const readAttachment = async (bytes: Uint8Array, name: string): Promise<null | Uint8Array> => {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const tree = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
  const spec = embeddedFiles(tree, new Map()).get(name)
  const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'))
  if (!(stream instanceof PDFStream)) return null
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()
}

/** The manifest of a PDF edition; null when the PDF has none (not one of ours). Throws on a manifest that is not ours. */
export const readManifest = async (bytes: Uint8Array): Promise<FigureManifest | null> => {
  const data = await readAttachment(bytes, MANIFEST_FILE)
  if (!data) return null
  const manifest = JSON.parse(new TextDecoder().decode(data)) as FigureManifest
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.figures)) throw new Error(`${MANIFEST_FILE} heeft een onbekend formaat`)
  return manifest
}
