/**
 * Where each link target of a Chromium PDF landed: Chromium writes every `#id` a link points to
 * as a named destination (the catalog's /Dests; other writers use the /Names /Dests tree), whose
 * first element is the page. That gives the page of every table-of-contents entry exactly, by id.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

const pageOf = (destination: unknown, pages: Map<string, number>): null | number => {
  const array = destination instanceof PDFDict ? destination.lookup(PDFName.of('D')) : destination
  if (!(array instanceof PDFArray) || array.size() === 0) return null
  const ref = array.get(0)
  return ref instanceof PDFRef ? (pages.get(ref.toString()) ?? null) : null
}

const nameText = (value: unknown): null | string =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : null

const fromNameTree = (node: PDFDict | undefined, pages: Map<string, number>, out: Map<string, number>, depth = 0) => {
  if (!node || depth > 32) return
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  for (let index = 0; names && index + 1 < names.size(); index += 2) {
    const name = nameText(names.lookup(index))
    const page = pageOf(names.lookup(index + 1), pages)
    if (name !== null && page !== null) out.set(name, page)
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let index = 0; kids && index < kids.size(); index++) {
    const kid = kids.lookup(index)
    if (kid instanceof PDFDict) fromNameTree(kid, pages, out, depth + 1)
  }
}

/** Named destination -> page number (1-based). */
export const destinationPages = async (bytes: Uint8Array): Promise<Map<string, number>> => {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const out = new Map<string, number>()
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of dests?.entries() ?? []) {
    const page = pageOf(dests?.lookup(key) ?? value, pages)
    if (page !== null) out.set(key.decodeText(), page)
  }
  fromNameTree(pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict), pages, out)
  return out
}
