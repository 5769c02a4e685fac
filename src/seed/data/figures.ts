/**
 * The printed figures of the Jaarverslag 2024 (Socius), each bound to the records it shows or is
 * computed from (`./datasets.ts`). `shown` is exactly what the report prints, never corrected:
 * figures that disagree with their data are listed in `src/seed/README.md` and keep their chapter
 * a draft.
 *
 * - a figure that shows one cell of a table is bound to that record;
 * - every printed percentage is a derived `percentage` (the part, then the whole it is a share of);
 * - every printed average is a derived `ratio` (total ÷ count).
 *
 * Figures of "Uitgelicht" articles are deliberately not bound here (see the README).
 */
import type { FigureUnit } from '@jaarverslag/key-figures/engine'
import type { FigureSeed, RecordRef } from '../types'

import { KENNISKNOOPPUNT_GROEPEN, MAILINGLIJSTEN, SECONDARY_SECTORS, VTE_JAREN, VTE_SERIES } from './datasets'

const ACT = 'activiteiten-ondersteuningsaanbod-2024'
const DLN = 'deelnemers-ondersteuningsaanbod-2024'
const ORG = 'organisaties-ondersteuningsaanbod-2024'
const ERK = 'bereik-erkend-scvw-2024'
const TEV = 'tevredenheid-ondersteuningsaanbod-2024'
const VGW = 'vraaggestuurde-werking-2024'
const TRO = 'ontwikkeltrajecten-en-onderzoek-2024'
const PRK = 'praktijken-2024'
const KKP = 'kennisknooppunt-overleg-2024'
const WEB = 'websites-2024'
const MAIL = 'mailinglijsten-2024'
const SOC = 'social-media-2024'
const PUB = 'publicaties-2024'
const FUN = 'personeel-vte-functie-2024'
const RES = 'resultatenrekening-2024'

const ref = (dataset: string, key: string): RecordRef => `${dataset}/${key}`

type Doc = FigureSeed['document']

/** Figure builders for one document. */
const on = (document: Doc) => ({
  /** A figure that shows one record as is. */
  record: (label: string, shown: string, unit: FigureUnit, record: RecordRef, note: string): FigureSeed => ({
    document,
    label,
    shown,
    unit,
    record,
    note,
  }),
  /** A printed share: `part` as a percentage of `whole` (the sum of the whole's records). */
  percentage: (label: string, shown: string, part: RecordRef, whole: RecordRef | RecordRef[], note: string): FigureSeed => ({
    document,
    label,
    shown,
    unit: 'percent',
    operation: 'percentage',
    operands: [part, ...(Array.isArray(whole) ? whole : [whole])],
    note,
  }),
  /** A chart over the periods of a series: it prints the latest period's value (one record per period). */
  series: (label: string, shown: string, unit: FigureUnit, periods: RecordRef[], note: string): FigureSeed => ({
    document,
    label,
    shown,
    unit,
    operation: 'series',
    operands: periods,
    note,
  }),
  /** A printed average or rate: `numerator` ÷ `denominator`. */
  ratio: (label: string, shown: string, unit: FigureUnit, numerator: RecordRef, denominator: RecordRef, note: string): FigureSeed => ({
    document,
    label,
    shown,
    unit,
    operation: 'ratio',
    operands: [numerator, denominator],
    note,
  }),
})

const chapter = (slug: string): Doc => ({ collection: 'chapters', slug })

/* ------------------------------------------------------------------------ */
/* 2024 in cijfers                                                            */
/* ------------------------------------------------------------------------ */

const cijfersOndersteuning = (() => {
  const f = on(chapter('cijfers-ondersteuningsaanbod'))
  const table = '2024 in cijfers, 1.1 Activiteiten ondersteuningsaanbod: tabel Soort / Aantal / Totale duurtijd'
  return [
    f.record('Activiteiten offline: aantal', '43', 'count', ref(ACT, 'activiteiten.offline.aantal'), table),
    f.record('Activiteiten offline: totale duurtijd', '388u30', 'duration', ref(ACT, 'activiteiten.offline.duur'), table),
    f.record('Activiteiten online: aantal', '23', 'count', ref(ACT, 'activiteiten.online.aantal'), table),
    f.record('Activiteiten online: totale duurtijd', '68u15', 'duration', ref(ACT, 'activiteiten.online.duur'), table),
    f.record('Activiteiten blended: aantal', '20', 'count', ref(ACT, 'activiteiten.blended.aantal'), table),
    f.record('Activiteiten blended: totale duurtijd', '264u00', 'duration', ref(ACT, 'activiteiten.blended.duur'), table),
    f.record('Activiteiten totaal: aantal', '86', 'count', ref(ACT, 'activiteiten.totaal.aantal'), table),
    f.record('Activiteiten totaal: totale duurtijd', '720u45', 'duration', ref(ACT, 'activiteiten.totaal.duur'), table),
    f.record('Totaal aantal deelnemers', '1.540', 'count', ref(DLN, 'deelnemers.totaal'), '2024 in cijfers, 1.2 Deelnemers ondersteuningsaanbod: kaart "Totaal aantal deelnemers"'),
    f.record('Totaal aantal unieke deelnemers', '970', 'count', ref(DLN, 'deelnemers.uniek'), '2024 in cijfers, 1.2: kaart "Totaal aantal unieke deelnemers"'),
    f.record('Totaal bereikte organisaties', '379', 'count', ref(ORG, 'organisaties.totaal'), '2024 in cijfers, 1.3 Bereikte organisaties ondersteuningsaanbod: kaart "Totaal bereikte organisaties"'),
    f.record('Organisaties primaire doelgroep', '139', 'count', ref(ORG, 'organisaties.primair'), '2024 in cijfers, 1.3: kaart "Organisaties primaire doelgroep"'),
    f.record('Organisaties secundaire doelgroep', '240', 'count', ref(ORG, 'organisaties.secundair'), '2024 in cijfers, 1.3: kaart "Organisaties secundaire doelgroep"'),
    f.record('Gemiddeld tevredenheidscijfer', '82%', 'percent', ref(TEV, 'tevredenheid.gemiddeld'), '2024 in cijfers, 1.4 Tevredenheid deelnemers ondersteuningsaanbod: kaart "Gemiddeld tevredenheidscijfer"'),
    f.record('Net promotor score', '+39', 'score', ref(TEV, 'tevredenheid.nps'), '2024 in cijfers, 1.4: kaart "Net promotor score"'),
  ]
})()

const cijfersVraaggestuurd = (() => {
  const f = on(chapter('cijfers-vraaggestuurde-werking'))
  return [
    f.record('Ontvangen vragen', '104', 'count', ref(VGW, 'vragen.totaal'), '2024 in cijfers, 2.1 Aanvragen vraaggestuurde werking: kaart "Ontvangen vragen"'),
    f.record('Gerealiseerde dienstverleningen', '41', 'count', ref(VGW, 'dienstverleningen.totaal'), '2024 in cijfers, 2.1: kaart "Gerealiseerde dienstverleningen"'),
    f.record('Totaal aantal deelnemers vraaggestuurde werking', '207', 'count', ref(VGW, 'deelnemers.totaal'), '2024 in cijfers, 2.2 Deelnemers vraaggestuurde werking: kaart "Totaal aantal deelnemers"'),
    f.record('Totaal bereikte unieke organisaties', '40', 'count', ref(VGW, 'organisaties.totaal'), '2024 in cijfers, 2.3 Bereikte organisaties vraaggestuurde werking: kaart "Totaal bereikte unieke organisaties"'),
    f.record('Unieke organisaties primaire doelgroep', '16', 'count', ref(VGW, 'organisaties.primair'), '2024 in cijfers, 2.3: kaart "Unieke organisaties primaire doelgroep"'),
    f.record('Unieke organisaties secundaire doelgroep', '24', 'count', ref(VGW, 'organisaties.secundair'), '2024 in cijfers, 2.3: kaart "Unieke organisaties secundaire doelgroep"'),
  ]
})()

const cijfersTrajecten = (() => {
  const f = on(chapter('cijfers-trajecten-en-onderzoek'))
  const card = '2024 in cijfers, 3. Trajecten en onderzoek: kaart "Bereikte organisaties erkend sociaal-cultureel volwassenenwerk"'
  return [
    f.record('Erkende organisaties bereikt via ondersteuningsaanbod', '115', 'count', ref(ORG, 'organisaties.primair.erkend'), card),
    f.record('Erkende organisaties bereikt via vraaggestuurde werking', '16', 'count', ref(VGW, 'organisaties.primair.erkend'), card),
    f.record('Totaal uniek bereikte erkende organisaties', '116', 'count', ref(ERK, 'erkende-organisaties.bereikt-uniek'), card),
    f.record('Trajecten', '3', 'count', ref(TRO, 'trajecten.aantal'), '2024 in cijfers, 3.: "3 trajecten"'),
    f.record('Onderzoeken', '2', 'count', ref(TRO, 'onderzoeken.aantal'), '2024 in cijfers, 3.: "2 onderzoeken"'),
  ]
})()

const cijfersBeeldvorming = (() => {
  const f = on(chapter('cijfers-beeldvorming-en-promotie'))
  const websites = '2024 in cijfers, 4.3 Websites: kaart'
  return [
    f.record('Publicaties', '5', 'count', ref(PUB, 'publicaties.aantal'), '2024 in cijfers, 4.1 Publicaties: "5 publicaties"'),
    f.record('Ontsloten praktijken en initiatieven', '85', 'count', ref(PRK, 'praktijken.totaal'), '2024 in cijfers, 4.2 Praktijken: zin "ontsloten we 85 praktijken en initiatieven"'),
    f.record('Ontsloten praktijken: erkende', '42', 'count', ref(PRK, 'praktijken.erkend'), '2024 in cijfers, 4.2: "(42 erkende, …)"'),
    f.record('Ontsloten praktijken: niet-erkende', '43', 'count', ref(PRK, 'praktijken.niet-erkend'), '2024 in cijfers, 4.2: "(…, 43 niet-erkende)"'),
    f.record('socius.be: bezoeken', '184.546', 'count', ref(WEB, 'socius-be.bezoeken'), `${websites} socius.be`),
    f.record('socius.be: bezoekers', '160.498', 'count', ref(WEB, 'socius-be.bezoekers'), `${websites} socius.be`),
    f.record("socius.be: bezochte pagina's", '625.173', 'count', ref(WEB, 'socius-be.bezochte-paginas'), `${websites} socius.be`),
    f.record('allemaalpolitiek.be: bezoeken', '7.018', 'count', ref(WEB, 'allemaalpolitiek-be.bezoeken'), `${websites} allemaalpolitiek.be`),
    f.record('allemaalpolitiek.be: bezoekers', '6.182', 'count', ref(WEB, 'allemaalpolitiek-be.bezoekers'), `${websites} allemaalpolitiek.be`),
    f.record("allemaalpolitiek.be: bezochte pagina's", '13.347', 'count', ref(WEB, 'allemaalpolitiek-be.bezochte-paginas'), `${websites} allemaalpolitiek.be`),
  ]
})()

const cijfersKennisknooppunt = (() => {
  const f = on(chapter('cijfers-kennisknooppunt'))
  const sentence = '2024 in cijfers, 5. Kennisknooppunt: zin "We participeerden aan 171 overlegmomenten met 70 verschillende actoren."'
  return [
    f.record('Overlegmomenten', '171', 'count', ref(KKP, 'totaal.overlegmomenten'), sentence),
    f.record('Verschillende actoren', '70', 'count', ref(KKP, 'totaal.actoren'), sentence),
  ]
})()

/* ------------------------------------------------------------------------ */
/* Onze werking                                                               */
/* ------------------------------------------------------------------------ */

/** "Ondersteuningsaanbod in cijfers", printed at the end of chapter 2 (after 2.7). */
const ondersteuningsaanbod = (() => {
  const f = on(chapter('ondersteuningsaanbod-verdere-professionalisering'))
  const act = 'Ondersteuningsaanbod in cijfers: tabel "Activiteiten ondersteuningsaanbod"'
  const kinds = [
    ['offline', 'offline', '43', '388u30', '9u02'],
    ['online', 'online', '23', '68u15', '2u58'],
    ['blended', 'blended', '20', '264u00', '13u12'],
    ['totaal', 'totaal', '86', '720u45', '8u22'],
  ] as const
  const activiteiten = kinds.flatMap(([key, name, aantal, duur, gemiddeld]) => [
    f.record(`Activiteiten ${name}: aantal`, aantal, 'count', ref(ACT, `activiteiten.${key}.aantal`), act),
    f.record(`Activiteiten ${name}: totale duurtijd`, duur, 'duration', ref(ACT, `activiteiten.${key}.duur`), act),
    f.ratio(`Activiteiten ${name}: gemiddelde duurtijd`, gemiddeld, 'duration', ref(ACT, `activiteiten.${key}.duur`), ref(ACT, `activiteiten.${key}.aantal`), `${act}, kolom "Gem. duurtijd"`),
  ])

  const dlnPrim = 'Ondersteuningsaanbod in cijfers: "Deelnemers primaire doelgroep"'
  const dlnTot = 'Ondersteuningsaanbod in cijfers: kaarten "Deelnemers ondersteuningsaanbod"'
  const uniekTot = 'Ondersteuningsaanbod in cijfers: kaarten "Unieke deelnemers ondersteuningsaanbod"'
  const uniekPrim = 'Ondersteuningsaanbod in cijfers: "Unieke deelnemers primaire doelgroep"'
  const orgTot = 'Ondersteuningsaanbod in cijfers: kaarten "Bereikte organisaties ondersteuningsaanbod"'
  const orgPrim = 'Ondersteuningsaanbod in cijfers: "Organisaties primaire doelgroep"'
  const orgZin = 'Ondersteuningsaanbod in cijfers: zin "Met ons ondersteuningsaanbod bereikten we 115 van de 129 erkende organisaties voor sociaal-cultureel volwassenenwerk, ofwel 89%."'
  const tev = 'Ondersteuningsaanbod in cijfers: blok "Tevredenheid ondersteuningsaanbod"'

  /** The three "primaire doelgroep" blocks share one layout: erkend/niet-erkend, landelijk/regionaal, niet-instromers/instromers. */
  const primaryBlock = (
    dataset: string,
    prefix: string,
    what: string,
    note: string,
    values: { erkend: [string, string]; nietErkend: [string, string]; landelijk: [string, string]; regionaal: [string, string]; nietInstromers: [string, string]; instromers: [string, string] },
  ): FigureSeed[] => {
    const key = (suffix: string) => ref(dataset, `${prefix}${suffix}`)
    return [
      f.record(`${what}: erkende organisaties civiel sociaal-cultureel werk`, values.erkend[0], 'count', key('.erkend'), note),
      f.percentage(`${what}: aandeel erkende organisaties`, values.erkend[1], key('.erkend'), key(''), note),
      f.record(`${what}: niet-erkende organisaties civiel sociaal-cultureel werk`, values.nietErkend[0], 'count', key('.niet-erkend'), note),
      f.percentage(`${what}: aandeel niet-erkende organisaties`, values.nietErkend[1], key('.niet-erkend'), key(''), note),
      f.record(`${what}: erkende organisaties landelijke werking`, values.landelijk[0], 'count', key('.erkend.landelijk'), note),
      f.percentage(`${what}: aandeel landelijke werking binnen erkend`, values.landelijk[1], key('.erkend.landelijk'), key('.erkend'), note),
      f.record(`${what}: erkende organisaties regionale werking`, values.regionaal[0], 'count', key('.erkend.regionaal'), note),
      f.percentage(`${what}: aandeel regionale werking binnen erkend`, values.regionaal[1], key('.erkend.regionaal'), key('.erkend'), note),
      f.record(`${what}: erkende organisaties niet-instromers`, values.nietInstromers[0], 'count', key('.erkend.niet-instromers'), note),
      f.percentage(`${what}: aandeel niet-instromers binnen erkend`, values.nietInstromers[1], key('.erkend.niet-instromers'), key('.erkend'), note),
      f.record(`${what}: erkende organisaties instromers`, values.instromers[0], 'count', key('.erkend.instromers'), note),
      f.percentage(`${what}: aandeel instromers binnen erkend`, values.instromers[1], key('.erkend.instromers'), key('.erkend'), note),
    ]
  }

  const sectorBlock = (dataset: string, prefix: string, what: string, shown: readonly string[], note: string): FigureSeed[] =>
    SECONDARY_SECTORS.map(([slug, label], index) => f.record(`${what}: ${label}`, shown[index] as string, 'count', ref(dataset, `${prefix}.${slug}`), note))

  return [
    ...activiteiten,

    f.record('Totaal aantal deelnemers', '1.540', 'count', ref(DLN, 'deelnemers.totaal'), dlnTot),
    f.record('Totaal aantal deelnemers primaire doelgroep', '1.093', 'count', ref(DLN, 'deelnemers.primair'), dlnTot),
    f.percentage('Aandeel primaire doelgroep in de deelnemers', '(71%)', ref(DLN, 'deelnemers.primair'), ref(DLN, 'deelnemers.totaal'), dlnTot),
    f.record('Totaal aantal deelnemers secundaire doelgroep', '447', 'count', ref(DLN, 'deelnemers.secundair'), dlnTot),
    f.percentage('Aandeel secundaire doelgroep in de deelnemers', '(29%)', ref(DLN, 'deelnemers.secundair'), ref(DLN, 'deelnemers.totaal'), dlnTot),
    ...primaryBlock(DLN, 'deelnemers.primair', 'Deelnemers primaire doelgroep', dlnPrim, {
      erkend: ['1.035', '(95%)'],
      nietErkend: ['58', '(5%)'],
      landelijk: ['785', '(76%)'],
      regionaal: ['250', '(24%)'],
      nietInstromers: ['937', '(91%)'],
      instromers: ['98', '(9%)'],
    }),
    ...sectorBlock(
      DLN,
      'deelnemers.secundair',
      'Deelnemers secundaire doelgroep',
      ['15', '62', '44', '73', '29', '16', '58', '10', '19', '0', '27', '8', '1', '85'],
      'Ondersteuningsaanbod in cijfers: tabel "Deelnemers secundaire doelgroep" (pagina deelnemers)',
    ),

    f.record('Totaal aantal unieke deelnemers', '970', 'count', ref(DLN, 'deelnemers.uniek'), uniekTot),
    f.record('Totaal aantal unieke deelnemers primaire doelgroep', '574', 'count', ref(DLN, 'deelnemers.uniek.primair'), uniekTot),
    f.percentage('Aandeel primaire doelgroep in de unieke deelnemers', '(59%)', ref(DLN, 'deelnemers.uniek.primair'), ref(DLN, 'deelnemers.uniek'), uniekTot),
    f.record('Totaal aantal unieke deelnemers secundaire doelgroep', '396', 'count', ref(DLN, 'deelnemers.uniek.secundair'), uniekTot),
    f.percentage('Aandeel secundaire doelgroep in de unieke deelnemers', '(41%)', ref(DLN, 'deelnemers.uniek.secundair'), ref(DLN, 'deelnemers.uniek'), uniekTot),
    ...primaryBlock(DLN, 'deelnemers.uniek.primair', 'Unieke deelnemers primaire doelgroep', uniekPrim, {
      erkend: ['540', '(94%)'],
      nietErkend: ['34', '(6%)'],
      landelijk: ['400', '(74%)'],
      regionaal: ['140', '(26%)'],
      nietInstromers: ['496', '(92%)'],
      instromers: ['44', '(8%)'],
    }),
    ...sectorBlock(
      DLN,
      'deelnemers.uniek.secundair',
      'Unieke deelnemers secundaire doelgroep',
      ['15', '62', '44', '73', '29', '16', '58', '10', '19', '0', '27', '8', '1', '85'],
      'Ondersteuningsaanbod in cijfers: tabel "Deelnemers secundaire doelgroep" op de pagina "Unieke deelnemers ondersteuningsaanbod"',
    ),
    ...(
      [
        ['directeur-coordinator', 'Directeur/coördinator', '115'],
        ['zakelijk-verantwoordelijke', 'Zakelijk verantwoordelijke', '12'],
        ['sociaal-cultureel-werker', 'Sociaal-cultureel werker', '330'],
        ['communicatie-ict', 'Communicatie/ICT-medewerker', '58'],
        ['administratief-logistiek', 'Administratief/logistiek medewerker', '25'],
      ] as const
    ).map(([key, label, shown]) =>
      f.record(
        `Unieke deelnemers erkende organisaties naar beroep: ${label}`,
        shown,
        'count',
        ref(DLN, `deelnemers.uniek.primair.erkend.beroep.${key}`),
        'Ondersteuningsaanbod in cijfers: "Unieke deelnemers erkende organisaties naar beroepscategorie"',
      ),
    ),

    f.record('Totaal bereikte organisaties', '378', 'count', ref(ORG, 'organisaties.totaal'), orgTot),
    f.record('Totaal bereikte organisaties primaire doelgroep', '138', 'count', ref(ORG, 'organisaties.primair'), orgTot),
    f.percentage('Aandeel primaire doelgroep in de bereikte organisaties', '(37%)', ref(ORG, 'organisaties.primair'), ref(ORG, 'organisaties.totaal'), orgTot),
    f.record('Totaal bereikte organisaties secundaire doelgroep', '240', 'count', ref(ORG, 'organisaties.secundair'), orgTot),
    f.percentage('Aandeel secundaire doelgroep in de bereikte organisaties', '(63%)', ref(ORG, 'organisaties.secundair'), ref(ORG, 'organisaties.totaal'), orgTot),
    f.record('Bereikte erkende organisaties sociaal-cultureel volwassenenwerk', '115', 'count', ref(ORG, 'organisaties.primair.erkend'), orgZin),
    f.record('Erkende organisaties sociaal-cultureel volwassenenwerk', '129', 'count', ref(ERK, 'erkende-organisaties.totaal'), orgZin),
    f.percentage('Aandeel bereikte erkende organisaties', '89%', ref(ORG, 'organisaties.primair.erkend'), ref(ERK, 'erkende-organisaties.totaal'), orgZin),
    ...primaryBlock(ORG, 'organisaties.primair', 'Organisaties primaire doelgroep', orgPrim, {
      erkend: ['115', '(83%)'],
      nietErkend: ['23', '(17%)'],
      landelijk: ['102', '(89%)'],
      regionaal: ['13', '(11%)'],
      nietInstromers: ['99', '(86%)'],
      instromers: ['16', '(14%)'],
    }),
    f.record('Gemiddeld tevredenheidscijfer', '82%', 'percent', ref(TEV, 'tevredenheid.gemiddeld'), `${tev}: "een gemiddeld tevredenheidscijfer van 82%"`),
    f.record('Net promotor score (NPS)', '+39', 'score', ref(TEV, 'tevredenheid.nps'), `${tev}: "De net promotor score (NPS) … bedroeg +39."`),
    ...sectorBlock(
      ORG,
      'organisaties.secundair',
      'Organisaties secundaire doelgroep',
      ['14', '40', '9', '59', '17', '12', '37', '7', '12', '0', '14', '8', '1', '8'],
      'Ondersteuningsaanbod in cijfers: tabel "Organisaties secundaire doelgroep"',
    ),
  ]
})()

const vraaggestuurdeWerking = (() => {
  const f = on(chapter('vraaggestuurde-werking'))
  const p1 = 'Prose, "Focus op civiel sociaal-cultureel werk": "In totaal ontvingen we 104 ondersteuningsvragen: 51 …, 53 …"'
  const p2 = 'Prose, "Bereik vraaggestuurde werking"'
  const vragen = 'Kaart "104 ontvangen vragen"'
  const diensten = 'Kaart "41 gerealiseerde dienstverleningen"'
  const deelnemers = 'Kaart "207 deelnemers vraaggestuurde dienstverlening"'
  const organisaties = 'Kaart "40 unieke organisaties vraaggestuurde dienstverlening"'
  const r = (key: string) => ref(VGW, key)
  return [
    f.record('Ontvangen ondersteuningsvragen (tekst)', '104', 'count', r('vragen.totaal'), p1),
    f.record('Vragen van organisaties uit de primaire doelgroep (tekst)', '51', 'count', r('vragen.primair'), p1),
    f.record('Vragen van organisaties uit de secundaire doelgroep (tekst)', '53', 'count', r('vragen.secundair'), p1),
    f.record('Ontvangen vragen (tekst, bereik)', '104', 'count', r('vragen.totaal'), `${p2}: "Van de 104 ontvangen vragen keurden we er 46 goed."`),
    f.record('Goedgekeurde vragen', '46', 'count', r('vragen.goedgekeurd'), `${p2}: "… keurden we er 46 goed."`),
    f.record('Goedgekeurde vragen met een dienstverlening', '41', 'count', r('dienstverleningen.totaal'), `${p2}: "41 goedgekeurde vragen resulteerden in een dienstverlening."`),
    f.record('Goedgekeurde vragen zonder gevolg', '5', 'count', r('vragen.goedgekeurd.zonder-gevolg'), `${p2}: "Aan 5 vragen konden we geen gevolg geven"`),
    f.record('Deelnemers vraaggestuurde dienstverlening (tekst)', '207', 'count', r('deelnemers.totaal'), `${p2}: "207 deelnemers (165 …, 42 …)"`),
    f.record('Deelnemers uit de primaire doelgroep (tekst)', '165', 'count', r('deelnemers.primair'), `${p2}: "207 deelnemers (165 …, 42 …)"`),
    f.record('Deelnemers uit de secundaire doelgroep (tekst)', '42', 'count', r('deelnemers.secundair'), `${p2}: "207 deelnemers (165 …, 42 …)"`),
    f.record('Unieke organisaties (tekst)', '40', 'count', r('organisaties.totaal'), `${p2}: "40 unieke organisaties (37 …, 3 …)"`),
    f.record('Unieke organisaties uit de primaire doelgroep (tekst)', '37', 'count', r('organisaties.primair'), `${p2}: "40 unieke organisaties (37 …, 3 …)"`),
    f.record('Unieke organisaties uit de secundaire doelgroep (tekst)', '3', 'count', r('organisaties.secundair'), `${p2}: "40 unieke organisaties (37 …, 3 …)"`),

    f.record('Ontvangen vragen', '104', 'count', r('vragen.totaal'), vragen),
    f.record('Vragen uit primaire doelgroep', '51', 'count', r('vragen.primair'), vragen),
    f.percentage('Aandeel vragen uit primaire doelgroep', '(76%)', r('vragen.primair'), r('vragen.totaal'), vragen),
    f.record('Vragen uit secundaire doelgroep', '53', 'count', r('vragen.secundair'), vragen),
    f.percentage('Aandeel vragen uit secundaire doelgroep', '(24%)', r('vragen.secundair'), r('vragen.totaal'), vragen),
    f.record('Vragen van erkende organisaties civiel sociaal-cultureel werk', '30', 'count', r('vragen.primair.erkend'), vragen),
    f.record('Vragen van niet-erkende organisaties civiel sociaal-cultureel werk', '21', 'count', r('vragen.primair.niet-erkend'), vragen),

    f.record('Gerealiseerde dienstverleningen', '41', 'count', r('dienstverleningen.totaal'), diensten),
    f.record('Dienstverleningen primaire doelgroep', '38', 'count', r('dienstverleningen.primair'), diensten),
    f.percentage('Aandeel dienstverleningen primaire doelgroep', '(93%)', r('dienstverleningen.primair'), r('dienstverleningen.totaal'), diensten),
    f.record('Dienstverleningen secundaire doelgroep', '3', 'count', r('dienstverleningen.secundair'), diensten),
    f.percentage('Aandeel dienstverleningen secundaire doelgroep', '(7%)', r('dienstverleningen.secundair'), r('dienstverleningen.totaal'), diensten),
    f.record('Dienstverleningen erkende organisaties civiel sociaal-cultureel werk', '17', 'count', r('dienstverleningen.primair.erkend'), diensten),
    f.record('Dienstverleningen niet-erkende organisaties civiel sociaal-cultureel werk', '21', 'count', r('dienstverleningen.primair.niet-erkend'), diensten),

    f.record('Deelnemers vraaggestuurde dienstverlening', '207', 'count', r('deelnemers.totaal'), deelnemers),
    f.record('Deelnemers uit primaire doelgroep', '165', 'count', r('deelnemers.primair'), deelnemers),
    f.percentage('Aandeel deelnemers uit primaire doelgroep', '(94%)', r('deelnemers.primair'), r('deelnemers.totaal'), deelnemers),
    f.record('Deelnemers uit secundaire doelgroep', '42', 'count', r('deelnemers.secundair'), deelnemers),
    f.percentage('Aandeel deelnemers uit secundaire doelgroep', '(6%)', r('deelnemers.secundair'), r('deelnemers.totaal'), deelnemers),
    f.record('Deelnemers erkende organisaties civiel sociaal-cultureel werk', '141', 'count', r('deelnemers.primair.erkend'), deelnemers),
    f.record('Deelnemers niet-erkende organisaties civiel sociaal-cultureel werk', '24', 'count', r('deelnemers.primair.niet-erkend'), deelnemers),

    f.record('Unieke organisaties vraaggestuurde dienstverlening', '40', 'count', r('organisaties.totaal'), organisaties),
    f.record('Organisaties uit primaire doelgroep', '37', 'count', r('organisaties.primair'), organisaties),
    f.percentage('Aandeel organisaties uit primaire doelgroep', '(92%)', r('organisaties.primair'), r('organisaties.totaal'), organisaties),
    f.record('Organisaties uit secundaire doelgroep', '3', 'count', r('organisaties.secundair'), organisaties),
    f.percentage('Aandeel organisaties uit secundaire doelgroep', '(8%)', r('organisaties.secundair'), r('organisaties.totaal'), organisaties),
    f.record('Erkende organisaties civiel sociaal-cultureel werk', '16', 'count', r('organisaties.primair.erkend'), organisaties),
    f.record('Niet-erkende organisaties civiel sociaal-cultureel werk', '21', 'count', r('organisaties.primair.niet-erkend'), organisaties),

    f.record(
      'Gerealiseerde dienstverleningen primaire doelgroep (tekst)',
      '38',
      'count',
      r('dienstverleningen.primair'),
      'Prose, "Vraag naar expertise": "Van de 38 gerealiseerde dienstverleningen voor organisaties uit onze primaire doelgroep …"',
    ),
  ]
})()

const beeldvorming = (() => {
  const f = on(chapter('beeldvorming'))
  const sentence = 'Prose: "In 2024 brachten we via onze media en vormingsaanbod 85 organisaties, praktijken en initiatieven onder de aandacht: 42 erkende en 43 niet-erkende organisaties"'
  const table = 'Tabel Erkend / Niet-erkend naar medium'
  const media = [
    ['video', 'Video', '8', '12'],
    ['podcast', 'Podcast', '11', '12'],
    ['artikels', 'Artikels', '12', '12'],
    ['vormingsaanbod', 'Vormingsaanbod', '11', '7'],
  ] as const
  return [
    f.record('Ontsloten organisaties, praktijken en initiatieven', '85', 'count', ref(PRK, 'praktijken.totaal'), sentence),
    f.record('Ontsloten erkende organisaties', '42', 'count', ref(PRK, 'praktijken.erkend'), sentence),
    f.record('Ontsloten niet-erkende organisaties', '43', 'count', ref(PRK, 'praktijken.niet-erkend'), sentence),
    ...media.flatMap(([key, label, erkend, nietErkend]) => [
      f.record(`${label}: erkend`, erkend, 'count', ref(PRK, `praktijken.erkend.${key}`), table),
      f.record(`${label}: niet-erkend`, nietErkend, 'count', ref(PRK, `praktijken.niet-erkend.${key}`), table),
    ]),
  ]
})()

const kennisknooppunt = (() => {
  const f = on(chapter('kennisknooppunt'))
  const table = '8.1 Divers netwerk: tabel Actoren / Aantal unieke actoren / Aantal overlegmomenten'
  const shares: Record<string, string> = {
    beleidsactoren: '(30%)',
    onderzoek: '(13%)',
    opleidingen: '(8%)',
    'internationale-actoren': '(13%)',
    bovenbouw: '(36%)',
  }
  return [
    f.record('Overlegmomenten (tekst)', '171', 'count', ref(KKP, 'totaal.overlegmomenten'), '8.1 Divers netwerk: "deel aan 171 overlegmomenten met 70 verschillende actoren"'),
    f.record('Verschillende actoren (tekst)', '70', 'count', ref(KKP, 'totaal.actoren'), '8.1 Divers netwerk: "deel aan 171 overlegmomenten met 70 verschillende actoren"'),
    ...KENNISKNOOPPUNT_GROEPEN.flatMap((group) => [
      ...group.rows.flatMap((row) => [
        f.record(`${group.label} / ${row.label}: unieke actoren`, row.actoren, 'count', ref(KKP, `${group.slug}.${row.slug}.actoren`), table),
        f.record(`${group.label} / ${row.label}: overlegmomenten`, row.overleg, 'count', ref(KKP, `${group.slug}.${row.slug}.overlegmomenten`), table),
      ]),
      f.record(`${group.label}: subtotaal unieke actoren`, group.subtotaal.actoren, 'count', ref(KKP, `${group.slug}.subtotaal.actoren`), `${table}, Subtotaal`),
      f.record(`${group.label}: subtotaal overlegmomenten`, group.subtotaal.overleg, 'count', ref(KKP, `${group.slug}.subtotaal.overlegmomenten`), `${table}, Subtotaal`),
      f.percentage(
        `${group.label}: aandeel in de overlegmomenten`,
        shares[group.slug] as string,
        ref(KKP, `${group.slug}.subtotaal.overlegmomenten`),
        ref(KKP, 'totaal.overlegmomenten'),
        `${table}, Subtotaal`,
      ),
    ]),
    f.record('Totaal unieke actoren', '70', 'count', ref(KKP, 'totaal.actoren'), `${table}, Totaal`),
    f.record('Totaal overlegmomenten', '171', 'count', ref(KKP, 'totaal.overlegmomenten'), `${table}, Totaal`),
    f.record(
      'Overlegmomenten met partners in de bovenbouw (tekst)',
      '62',
      'count',
      ref(KKP, 'bovenbouw.subtotaal.overlegmomenten'),
      '8.6 Partners in de bovenbouw: "In 2024 nam Socius deel aan 62 overlegmomenten met verschillende partners in de bovenbouw"',
    ),
  ]
})()

const digitaalPlatform = (() => {
  const f = on(chapter('digitaal-platform'))
  const pub = '9.4 Publicaties'
  const cvw = '9.5 Onze media in cijfers, Websites: "Die site was in 2024 goed voor 3.042 bezoekers, 3.529 bezoeken en 9.932 bezochte pagina\'s."'
  const web = '9.5 Onze media in cijfers: tabel Websites'
  const mail = '9.5 Onze media in cijfers: tabel Mailinglijsten'
  const social = '9.5 Onze media in cijfers: Social media'
  return [
    f.record('Publicaties uitgebracht in 2024', '5', 'count', ref(PUB, 'publicaties.aantal'), `${pub}: "In 2024 brachten we 5 publicaties uit"`),
    f.record('Downloads Jaarverslag 2023', '207', 'count', ref(PUB, 'downloads.jaarverslag-2023'), `${pub}: "(207 downloads)"`),
    f.record('Downloads Memorandum aan de Vlaamse Regering 2024-2029', '251', 'count', ref(PUB, 'downloads.memorandum-2024-2029'), `${pub}: "(251 downloads)"`),
    f.record('Downloads publicatie grensoverschrijdend gedrag', '399', 'count', ref(PUB, 'downloads.grensoverschrijdend-gedrag'), `${pub}: "(399 downloads)"`),
    f.record('Downloads De arbeidsmarkt van het sociaal-cultureel volwassenenwerk', '322', 'count', ref(PUB, 'downloads.arbeidsmarkt-scvw'), `${pub}: "(322 downloads)"`),
    f.record('Downloads landschapstekening', '222', 'count', ref(PUB, 'downloads.landschapstekening'), `${pub}: "(222 downloads)"`),

    f.record('cultuurvoorwelzijn.be: bezoekers', '3.042', 'count', ref(WEB, 'cultuurvoorwelzijn-be.bezoekers'), cvw),
    f.record('cultuurvoorwelzijn.be: bezoeken', '3.529', 'count', ref(WEB, 'cultuurvoorwelzijn-be.bezoeken'), cvw),
    f.record("cultuurvoorwelzijn.be: bezochte pagina's", '9.932', 'count', ref(WEB, 'cultuurvoorwelzijn-be.bezochte-paginas'), cvw),
    f.record('socius.be: bezoeken', '184.546', 'count', ref(WEB, 'socius-be.bezoeken'), web),
    f.record('socius.be: bezoekers', '160.498', 'count', ref(WEB, 'socius-be.bezoekers'), web),
    f.record("socius.be: bezochte pagina's", '625.173', 'count', ref(WEB, 'socius-be.bezochte-paginas'), web),
    f.ratio("socius.be: pagina's per bezoek", '3,4', 'decimal', ref(WEB, 'socius-be.bezochte-paginas'), ref(WEB, 'socius-be.bezoeken'), web),
    f.record('allemaalpolitiek.be: bezoeken', '7.018', 'count', ref(WEB, 'allemaalpolitiek-be.bezoeken'), web),
    f.record('allemaalpolitiek.be: bezoekers', '6.182', 'count', ref(WEB, 'allemaalpolitiek-be.bezoekers'), web),
    f.record("allemaalpolitiek.be: bezochte pagina's", '13.347', 'count', ref(WEB, 'allemaalpolitiek-be.bezochte-paginas'), web),
    f.ratio("allemaalpolitiek.be: pagina's per bezoek", '1,9', 'decimal', ref(WEB, 'allemaalpolitiek-be.bezochte-paginas'), ref(WEB, 'allemaalpolitiek-be.bezoeken'), web),

    ...MAILINGLIJSTEN.flatMap((list) => [
      f.record(`Mailinglijst ${list.label}: abonnees`, list.abonnees, 'count', ref(MAIL, `${list.slug}.abonnees`), mail),
      f.record(`Mailinglijst ${list.label}: erkende organisaties`, list.erkend, 'count', ref(MAIL, `${list.slug}.erkend`), mail),
      f.record(`Mailinglijst ${list.label}: niet-erkende organisaties`, list.nietErkend, 'count', ref(MAIL, `${list.slug}.niet-erkend`), mail),
    ]),

    f.record('LinkedIn: volgers', '1.811', 'count', ref(SOC, 'linkedin.volgers'), `${social}: "1.811 volgers" (eerste getal)`),
    f.record("Facebook 'Sociaalcultureel': volgers", '2.246', 'count', ref(SOC, 'facebook.volgers'), `${social}: "2.246 volgers" (tweede getal)`),
  ]
})()

/* ------------------------------------------------------------------------ */
/* Zakelijk plan en financieel beleid                                         */
/* ------------------------------------------------------------------------ */

const zakelijkPlan = (() => {
  const f = on(chapter('ons-zakelijk-plan'))
  const chart = 'Personeel: grafiek "Evolutie personeelsbestand VTE % op payroll"'
  const table = 'Personeel: tabel "VTE % effectieve inzetbaarheid naar functie en kernopdrachten dd. 1 januari 2024"'
  const printed: Record<string, string> = {
    '2013': '13,80',
    '2014': '14,40',
    '2015': '13,90',
    '2016': '13,90',
    '2017': '14,60',
    '2018': '13,70',
    '2019': '13,50',
    '2020': '16,50',
    '2021': '12,70',
    '2022': '14,70',
    '2023': '14,00',
    '2024': '12,80',
  }
  return [
    ...VTE_JAREN.map((year) => f.record(`VTE op payroll ${year}`, printed[year] as string, 'decimal', ref(`${VTE_SERIES}-${year}`, 'vte'), chart)),
    // The chart itself: one value per period, its figure the latest (2024: 12,80).
    f.series('Evolutie personeelsbestand (VTE op payroll)', printed['2024'] as string, 'decimal', VTE_JAREN.map((year) => ref(`${VTE_SERIES}-${year}`, 'vte')), chart),
    f.record('VTE % directie en coördinatietaken', '141,87%', 'percent', ref(FUN, 'functie.directie-en-coordinatie'), table),
    f.record('VTE % werking', '519,28%', 'percent', ref(FUN, 'functie.werking'), table),
    f.record('VTE % communicatie', '269,40%', 'percent', ref(FUN, 'functie.communicatie'), table),
    f.record('VTE % office management, administratie en logistiek', '210,97%', 'percent', ref(FUN, 'functie.office-management'), table),
    f.record('VTE % totaal', '1.141,52%', 'percent', ref(FUN, 'functie.totaal'), table),
  ]
})()

const financieelBeleid = (() => {
  const f = on(chapter('financieel-beleid'))
  const table = 'Tabel "Samenvatting resultatenrekening 2024"'
  const r = (key: string) => ref(RES, key)
  const uitParts = [r('uit.werking'), r('uit.communicatie'), r('uit.personeel'), r('uit.overhead')]
  const inParts = [r('in.subsidie-vlaamse-gemeenschap'), r('in.werking'), r('in.communicatie'), r('in.personeel'), r('in.overhead')]
  return [
    f.record('In: subsidie Vlaamse Gemeenschap', '1.552.000,00 €', 'euro', r('in.subsidie-vlaamse-gemeenschap'), table),
    f.percentage('In: aandeel subsidie Vlaamse Gemeenschap', '84,80%', r('in.subsidie-vlaamse-gemeenschap'), r('in.totaal'), `${table}, kolom % bij In`),
    f.record('Uit: werking', '199.277,97 €', 'euro', r('uit.werking'), table),
    f.percentage('Uit: aandeel werking', '11,01%', r('uit.werking'), r('uit.totaal'), `${table}, kolom % bij Uit`),
    f.record('In: werking', '100.889,56 €', 'euro', r('in.werking'), table),
    f.percentage('In: aandeel werking', '5,51%', r('in.werking'), r('in.totaal'), `${table}, kolom % bij In`),
    f.record('Uit: strategische doelstelling 1', '52.155,82 €', 'euro', r('uit.werking.sd1'), table),
    f.record('In: strategische doelstelling 1', '79.826,59 €', 'euro', r('in.werking.sd1'), table),
    f.record('Uit: strategische doelstelling 2', '63.668,16 €', 'euro', r('uit.werking.sd2'), table),
    f.record('In: strategische doelstelling 2', '17.070,00 €', 'euro', r('in.werking.sd2'), table),
    f.record('Uit: strategische doelstelling 3', '39.418,74 €', 'euro', r('uit.werking.sd3'), table),
    f.record('In: strategische doelstelling 3', '3.554,75 €', 'euro', r('in.werking.sd3'), table),
    f.record('Uit: strategische doelstelling 4', '44.035,25 €', 'euro', r('uit.werking.sd4'), table),
    f.record('In: strategische doelstelling 4', '438,22 €', 'euro', r('in.werking.sd4'), table),
    f.record('Uit: communicatie', '16.500,06 €', 'euro', r('uit.communicatie'), table),
    f.percentage('Uit: aandeel communicatie', '0,91%', r('uit.communicatie'), r('uit.totaal'), `${table}, kolom % bij Uit`),
    f.record('In: communicatie', '20.503,98 €', 'euro', r('in.communicatie'), table),
    f.percentage('In: aandeel communicatie', '1,12%', r('in.communicatie'), r('in.totaal'), `${table}, kolom % bij In`),
    f.record('Uit: personeel', '1.471.237,94 €', 'euro', r('uit.personeel'), table),
    f.percentage('Uit: aandeel personeel', '81,29%', r('uit.personeel'), r('uit.totaal'), `${table}, kolom % bij Uit`),
    f.record('In: personeel', '148.023,19 €', 'euro', r('in.personeel'), table),
    f.percentage('In: aandeel personeel', '8,09%', r('in.personeel'), r('in.totaal'), `${table}, kolom % bij In`),
    f.record('Uit: overhead', '122.795,02 €', 'euro', r('uit.overhead'), table),
    f.percentage('Uit: aandeel overhead', '6,79%', r('uit.overhead'), r('uit.totaal'), `${table}, kolom % bij Uit (exact 6,785%: afgerond naar boven om op 100% uit te komen; tolerant aanvaard)`),
    f.record('In: overhead', '8.753,73 €', 'euro', r('in.overhead'), table),
    f.percentage('In: aandeel overhead', '0,48%', r('in.overhead'), r('in.totaal'), `${table}, kolom % bij In`),
    f.record('Uit: totaal', '1.809.810,99 €', 'euro', r('uit.totaal'), table),
    f.percentage('Uit: totaal (aandeel)', '100%', r('uit.totaal'), uitParts, `${table}, Totaal: het totaal als aandeel van de som van zijn posten`),
    f.record('In: totaal', '1.830.170,46 €', 'euro', r('in.totaal'), table),
    f.percentage('In: totaal (aandeel)', '100%', r('in.totaal'), inParts, `${table}, Totaal: het totaal als aandeel van de som van zijn posten`),
    f.record('Resultaat', '20.359,47 €', 'euro', r('resultaat'), `${table}, Resultaat`),
  ]
})()

/**
 * Uitgelicht articles: only the numbers that repeat the report's own data are bound; the rest
 * (SISCA labour-market figures, download counts of the decree pages) have no table behind them.
 */
const uitgelicht: FigureSeed[] = [
  {
    document: { collection: 'featured-articles', slug: 'subsidieaanvragen-remediering-en-kandidaat-instromers' },
    label: 'Algemene tevredenheid over het open aanbod',
    shown: '82%',
    unit: 'percent',
    record: 'tevredenheid-ondersteuningsaanbod-2024/tevredenheid.gemiddeld',
    note: 'Uitgelicht Subsidieaanvragen: "(i.e. 82% en +39)"',
  },
  {
    document: { collection: 'featured-articles', slug: 'subsidieaanvragen-remediering-en-kandidaat-instromers' },
    label: 'Algemene NPS over het open aanbod',
    shown: '+39',
    unit: 'score',
    record: 'tevredenheid-ondersteuningsaanbod-2024/tevredenheid.nps',
    note: 'Uitgelicht Subsidieaanvragen: "(i.e. 82% en +39)"',
  },
]

export const figures: FigureSeed[] = [
  ...cijfersOndersteuning,
  ...cijfersVraaggestuurd,
  ...cijfersTrajecten,
  ...cijfersBeeldvorming,
  ...cijfersKennisknooppunt,
  ...ondersteuningsaanbod,
  ...vraaggestuurdeWerking,
  ...beeldvorming,
  ...kennisknooppunt,
  ...digitaalPlatform,
  ...zakelijkPlan,
  ...financieelBeleid,
  ...uitgelicht,
]
