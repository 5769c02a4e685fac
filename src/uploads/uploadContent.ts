import { binaryReason } from '@jaarverslag/key-figures/import'

export type Text = { en: string; nl: string }

export type UploadVerdict = { ok: true; mimeType: string } | { ok: false; message: Text }

/** What a file name's extension promises. Only the types some collection accepts are listed. */
export const MIME_BY_EXTENSION: Record<string, string> = {
  avif: 'image/avif',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  pdf: 'application/pdf',
  png: 'image/png',
  webp: 'image/webp',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Types without a signature: they are recognised by being plain text, and checked as such. */
const TEXT_TYPES = new Set(['text/csv'])

/**
 * Markup a browser would run or render as a page: the patterns browsers sniff as HTML (WHATWG
 * MIME Sniffing, "text/html"), XML and SVG, and the elements that load or run something.
 */
const ACTIVE_MARKUP =
  /<\s*(?:!doctype\s+html|!--|\?xml|\/?\s*(?:a|applet|audio|b|base|body|br|div|embed|font|form|frame|frameset|h[1-6]|head|html|iframe|img|input|link|math|meta|object|p|script|source|style|svg|table|template|title|video)(?=[\s/>]|$))/i
const SCRIPT_URL = /\b(?:javascript|vbscript)\s*:/i

const extensionOf = (filename: string) => (/\.([^./\\]+)$/.exec(filename)?.[1] ?? '').toLowerCase()

const quoted = (filename: string) => `"${filename}"`

const list = (mimeTypes: string[]) => {
  const extensions = Object.entries(MIME_BY_EXTENSION)
    .filter(([, mime]) => mimeTypes.includes(mime))
    .map(([extension]) => `.${extension}`)
  return extensions.join(', ')
}

/** Line (1-based) of a character offset in a text. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length

/**
 * Judges an uploaded file by its content, not its name. `detected` is what the file's signature
 * says (file-type); a file without one is accepted only as a text type the collection allows,
 * and only when it is UTF-8 text without HTML, XML, SVG or script in it. The name's extension
 * must promise the same type the content is. The verdict's `mimeType` is the checked type the
 * file is stored and served with.
 */
export const judgeUploadContent = ({
  allowed,
  bytes,
  detected,
  filename,
}: {
  allowed: string[]
  bytes: Uint8Array
  detected?: { ext: string; mime: string }
  filename: string
}): UploadVerdict => {
  const extension = extensionOf(filename)
  const promised = MIME_BY_EXTENSION[extension]
  if (!promised || !allowed.includes(promised)) {
    return {
      message: {
        en: `File ${quoted(filename)} has an extension that is not accepted here (${extension ? `.${extension}` : 'none'}); accepted: ${list(allowed)}.`,
        nl: `Bestand ${quoted(filename)} heeft een extensie die hier niet toegelaten is (${extension ? `.${extension}` : 'geen'}); toegelaten: ${list(allowed)}.`,
      },
      ok: false,
    }
  }
  if (detected) {
    if (detected.mime === promised) return { mimeType: promised, ok: true }
    return {
      message: {
        en: `File ${quoted(filename)} is named .${extension}, but its content is ${detected.mime} (.${detected.ext}). Upload the file under its own type.`,
        nl: `Bestand ${quoted(filename)} heet .${extension}, maar de inhoud is ${detected.mime} (.${detected.ext}). Laad het bestand op als wat het is.`,
      },
      ok: false,
    }
  }
  if (!TEXT_TYPES.has(promised)) {
    return {
      message: {
        en: `File ${quoted(filename)} is named .${extension}, but its content is not a ${promised} file.`,
        nl: `Bestand ${quoted(filename)} heet .${extension}, maar de inhoud is geen ${promised}-bestand.`,
      },
      ok: false,
    }
  }
  const binary = binaryReason(bytes)
  if (binary) return { message: { en: `File ${quoted(filename)}: ${binary.message.en}`, nl: `Bestand ${quoted(filename)}: ${binary.message.nl}` }, ok: false }
  const text = new TextDecoder('utf-8').decode(bytes)
  const markup = ACTIVE_MARKUP.exec(text) ?? SCRIPT_URL.exec(text)
  if (markup) {
    const found = markup[0].trim().slice(0, 20)
    const line = lineOf(text, markup.index)
    return {
      message: {
        en: `File ${quoted(filename)} is not plain CSV text: line ${line} contains HTML or script (${found}…). Save it from your spreadsheet as CSV.`,
        nl: `Bestand ${quoted(filename)} is geen gewone CSV-tekst: regel ${line} bevat HTML of script (${found}…). Bewaar het vanuit uw rekenblad als CSV.`,
      },
      ok: false,
    }
  }
  return { mimeType: promised, ok: true }
}

/** Served inline: images and PDFs, which browsers show without running anything. */
const INLINE = /^(?:image\/(?:avif|gif|jpeg|png|webp)|application\/pdf)$/

/**
 * Headers for a served upload (Payload's `upload.modifyResponseHeaders`): never sniffed, and
 * downloaded rather than opened unless it is an image or a PDF.
 */
export const uploadResponseHeaders = (headers: Headers): Headers => {
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Disposition', INLINE.test(type) ? 'inline' : 'attachment')
  return headers
}
