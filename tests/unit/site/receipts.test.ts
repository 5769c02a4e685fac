import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { FigureView } from '../../../src/app/(site)/lib/receipts'

import { FigureCards } from '../../../src/app/(site)/components/Figures'
import { RichText } from '../../../src/app/(site)/components/RichText'
import { receiptOf, recordsPhrase } from '../../../src/app/(site)/lib/receipts'

const dataset = { period: '2024', slug: 'organisaties-ondersteuningsaanbod-2024', title: 'Bereikte organisaties' }

const bound = (overrides: Partial<NonNullable<FigureView['resolved']>> = {}): FigureView => ({
  id: 'fig1',
  label: 'Totaal bereikte organisaties',
  resolved: {
    datasetVersion: 3,
    formatted: '378',
    label: 'Totaal bereikte organisaties',
    matches: true,
    shown: '378',
    source: { dataset, operation: 'record', records: [{ key: 'organisaties.totaal', label: 'Totaal', value: '378' }] },
    unit: 'count',
    value: '378',
    verifiedAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  } as NonNullable<FigureView['resolved']>,
  shown: '378',
})

describe('receiptOf', () => {
  it('says where a bound figure comes from and when it was checked, in plain Dutch', () => {
    const receipt = receiptOf(bound(), { reportName: 'jaarverslag 2024' })
    expect(receipt?.sentence).toBe('Bron: tabel ‘Bereikte organisaties’, rij ‘Totaal’, jaarverslag 2024; nagekeken op 7 december 2026.')
  })

  it('carries the figure id, dataset, record keys, operation, dataset version and verification time as attributes', () => {
    const receipt = receiptOf(
      bound({ source: { dataset, operation: 'percentage', records: [{ key: 'a', label: 'Erkend', value: '42' }, { key: 'b', label: 'Totaal', value: '85' }] } }),
      { reportName: 'jaarverslag 2024' },
    )
    expect(receipt?.attributes).toEqual({
      'data-dataset': 'organisaties-ondersteuningsaanbod-2024',
      'data-dataset-version': '3',
      'data-figure-label': 'Totaal bereikte organisaties',
      'data-key-figure': 'fig1',
      'data-operation': 'percentage',
      'data-records': 'a b',
      'data-unit': 'count',
      'data-verified-at': '2026-12-07T10:00:00.000Z',
    })
    expect(receipt?.sentence).toContain('‘Erkend’ als aandeel van ‘Totaal’')
  })

  it('gives no receipt to a figure that is not bound to data', () => {
    expect(receiptOf({ label: 'Los', shown: '178' }, { reportName: 'x' })).toBeNull()
    expect(receiptOf({ ...bound(), resolved: null }, { reportName: 'x' })).toBeNull()
  })

  it('does not claim a check for a figure that no longer matches its data', () => {
    const receipt = receiptOf(bound({ formatted: '379', matches: false }), { reportName: 'jaarverslag 2024' })
    expect(receipt?.sentence).toContain('let op: de data zegt nu 379.')
    expect(receipt?.sentence).not.toContain('nagekeken op')
  })
})

describe('recordsPhrase', () => {
  it.each([
    ['sum', ['A', 'B'], 'de som van ‘A’ en ‘B’'],
    ['sum', ['A', 'B', 'C', 'D', 'E'], 'de som van 5 rijen'],
    ['difference', ['A', 'B'], '‘A’ min ‘B’'],
    ['ratio', ['A', 'B'], '‘A’ gedeeld door ‘B’'],
    ['average', ['A', 'B', 'C'], 'het gemiddelde van ‘A’, ‘B’ en ‘C’'],
    ['record', ['A'], 'rij ‘A’'],
  ])('%s of %j reads "%s"', (operation, labels, phrase) => {
    expect(recordsPhrase(operation, labels)).toBe(phrase)
  })
})

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length

describe('rendered receipts', () => {
  it('cards: one receipt element and one disclosure button per bound figure, none for an unbound one', () => {
    const figures = [bound(), { ...bound(), id: 'fig2' }, { id: 'fig3', label: 'Los', shown: '12' }]
    const html = renderToStaticMarkup(createElement(FigureCards, { figures, idPrefix: 'k', reportName: 'jaarverslag 2024' }))
    expect(count(html, /data-key-figure="fig\d"/g)).toBe(2)
    expect(count(html, /data-key-figure=/g)).toBe(2)
    expect(count(html, /<button aria-controls="k-fig\d-bron" aria-expanded="false"/g)).toBe(2)
    expect(html).toContain('id="k-fig1-bron"')
  })

  it('inline figures in running text carry the same receipt', () => {
    const data = {
      root: {
        children: [
          {
            children: [
              { text: 'We bereikten ', type: 'text', version: 1 },
              { fields: { ...bound(), blockType: 'keyFigure' }, type: 'inlineBlock', version: 1 },
              { text: ' organisaties en 178 deelnemers.', type: 'text', version: 1 },
            ],
            type: 'paragraph',
            version: 1,
          },
        ],
        type: 'root',
        version: 1,
      },
    }
    const html = renderToStaticMarkup(createElement(RichText, { data, idPrefix: 't', reportName: 'jaarverslag 2024' }))
    expect(count(html, /data-key-figure="fig1"/g)).toBe(1)
    expect(html).toContain('data-records="organisaties.totaal"')
    expect(html).toContain('178 deelnemers')
  })
})
