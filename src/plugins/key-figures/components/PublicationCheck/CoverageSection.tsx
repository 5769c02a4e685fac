import type { PayloadRequest } from 'payload'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { reportCoverage } from '../../server/coverage.ts'
import { BindNumberButton } from '../BindNumberButton.tsx'
import { type Language, pick } from '../texts.ts'

const t = {
  block: { en: 'paragraph', nl: 'alinea' },
  bound: { en: 'numbers bound to data', nl: 'getallen aan data gebonden' },
  heading: { en: 'Numbers nobody bound', nl: 'Getallen die niemand bond' },
  intro: {
    en: 'Every number in the text that is not an inline key figure (dates, page references, footnote markers and numbers in words excepted), with the records whose value is exactly that number.',
    nl: 'Elk getal in de tekst dat geen inline kerncijfer is (datums, paginaverwijzingen, voetnootnummers en getallen in woorden niet meegerekend), met de records waarvan de waarde precies dat getal is.',
  },
  noSuggestion: { en: 'no record with this value', nl: 'geen record met deze waarde' },
}

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' }

/** The Publicatiecontrole's coverage: bound numbers / all numbers, for the report and per document, and the unbound ones. */
export const CoverageSection = async ({ language, options, report, req }: { language: Language; options: SanitizedKeyFiguresOptions; report: string; req: PayloadRequest }) => {
  const coverage = await reportCoverage(report, req, options)
  if (!coverage) return null
  const admin = req.payload.config.routes.admin
  const share = (bound: number, numbers: number) => `${bound} / ${numbers}`
  return (
    <section aria-labelledby="publication-check-coverage" className="publication-check__coverage" style={{ marginTop: 32 }}>
      <h2 id="publication-check-coverage">{pick(t.heading, language)}</h2>
      <p style={{ color: 'var(--theme-elevation-650)', maxWidth: 760 }}>{pick(t.intro, language)}</p>
      <p className="publication-check__coverage-total">
        <strong>{share(coverage.bound, coverage.numbers)}</strong> {pick(t.bound, language)}
      </p>
      {coverage.documents
        .filter((doc) => doc.unbound.length > 0)
        .map((doc) => (
          <details className="publication-check__coverage-document" key={`${doc.collection}-${doc.id}`} style={{ marginBottom: 8 }}>
            <summary>
              <a href={formatAdminURL({ adminRoute: admin, path: `/collections/${doc.collection}/${doc.id}` })}>{doc.title}</a>
              {` · ${share(doc.bound, doc.numbers)} ${pick(t.bound, language)}`}
            </summary>
            <table style={{ borderCollapse: 'collapse', margin: '8px 0', width: '100%' }}>
              <tbody>
                {doc.unbound.map((number, index) => (
                  <tr key={index}>
                    <td style={{ ...cell, fontVariantNumeric: 'tabular-nums', fontWeight: 600, whiteSpace: 'nowrap' }}>{number.text}</td>
                    <td style={cell}>{`${pick(t.block, language)} ${number.block + 1}`}</td>
                    <td style={cell}>
                      {number.suggestions.length ? (
                        <span style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                          {number.suggestions.map((record) => (
                            <BindNumberButton
                              block={number.block}
                              collection={doc.collection}
                              id={doc.id}
                              index={number.index}
                              key={String(record.id)}
                              label={`${record.dataset?.title ?? ''} › ${record.label}`}
                              path={number.path}
                              record={record.id}
                              text={number.text}
                            />
                          ))}
                        </span>
                      ) : (
                        pick(t.noSuggestion, language)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
    </section>
  )
}
