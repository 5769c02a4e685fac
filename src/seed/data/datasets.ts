/**
 * The data of the Jaarverslag 2024 (Socius): the detailed tables of the report, transcribed cell by
 * cell. These records are what the printed figures (`./figures.ts`) are checked against.
 *
 * Conventions (see `src/plugins/key-figures/engine/types.ts`): counts as whole numbers, percent in
 * points ("82" = 82%), scores signed ("39" = +39), durations in MINUTES (720u45 = "43245"),
 * euros with cents ("1552000.00"). Numbers are copied as printed, never corrected: where the
 * report contradicts itself the footing rules below (or the figures) say so; see `src/seed/README.md`.
 */
import type { DatasetSeed } from '../types'

type SeedRecord = DatasetSeed['records'][number]

const count = (key: string, label: string, value: string, notes?: string): SeedRecord => ({
  key,
  label,
  value,
  unit: 'count',
  ...(notes ? { notes } : {}),
})
const minutes = (key: string, label: string, value: string, notes: string): SeedRecord => ({ key, label, value, unit: 'duration', notes })
const percent = (key: string, label: string, value: string, notes?: string): SeedRecord => ({
  key,
  label,
  value,
  unit: 'percent',
  ...(notes ? { notes } : {}),
})
const euro = (key: string, label: string, value: string, notes?: string): SeedRecord => ({
  key,
  label,
  value,
  unit: 'euro',
  ...(notes ? { notes } : {}),
})
const decimal = (key: string, label: string, value: string, notes?: string): SeedRecord => ({
  key,
  label,
  value,
  unit: 'decimal',
  ...(notes ? { notes } : {}),
})

/** The rows of every "secundaire doelgroep" table, in the printed order. */
export const SECONDARY_SECTORS = [
  ['publiek-sociaal-cultureel-werk', 'Publiek sociaal-cultureel werk'],
  ['overheden-en-politiek', 'Overheden en politiek'],
  ['bovenbouw-cjm', 'Bovenbouw CJM'],
  ['cultuur-jeugd-en-media', 'Cultuur, jeugd en media'],
  ['onderwijs-en-vorming', 'Onderwijs en vorming'],
  ['werk-en-sociale-economie', 'Werk en sociale economie'],
  ['welzijn-volksgezondheid-en-gezin', 'Welzijn, volksgezondheid en gezin'],
  ['omgeving-en-mobiliteit', 'Omgeving en mobiliteit'],
  ['onderzoek-en-consultancy', 'Onderzoek en consultancy'],
  ['toerisme-en-recreatie', 'Toerisme en recreatie'],
  ['gelijke-kansen-integratie-en-inburgering', 'Gelijke kansen, integratie en inburgering'],
  ['mondiaal', 'Mondiaal'],
  ['lobbygroepen', 'Lobbygroepen'],
  ['andere', 'Andere'],
] as const

export type SectorSlug = (typeof SECONDARY_SECTORS)[number][0]

/** One record per row of a sector table; `values` in the printed order of SECONDARY_SECTORS. */
const sectorRecords = (prefix: string, labelPrefix: string, values: readonly string[], notes?: string): SeedRecord[] => {
  if (values.length !== SECONDARY_SECTORS.length) throw new Error(`sectorRecords(${prefix}): ${values.length} values`)
  return SECONDARY_SECTORS.map(([slug, label], index) => count(`${prefix}.${slug}`, `${labelPrefix}: ${label}`, values[index] as string, notes))
}
const sectorKeys = (prefix: string): string[] => SECONDARY_SECTORS.map(([slug]) => `${prefix}.${slug}`)

/* ------------------------------------------------------------------------ */
/* 1. Ondersteuningsaanbod                                                    */
/* ------------------------------------------------------------------------ */

const activiteiten: DatasetSeed = {
  slug: 'activiteiten-ondersteuningsaanbod-2024',
  title: 'Activiteiten ondersteuningsaanbod 2024',
  period: '2024',
  source: 'Onze werking, "Ondersteuningsaanbod in cijfers": tabel "Activiteiten ondersteuningsaanbod" (Soort / Aantal / Totale duurtijd / Gem. duurtijd)',
  description: 'Activiteiten van het ondersteuningsaanbod (nieuwkomers en verdere professionalisering) naar soort, met aantal, totale en gemiddelde duurtijd. Duur in minuten.',
  records: [
    count('activiteiten.offline.aantal', 'Activiteiten offline: aantal', '43'),
    minutes('activiteiten.offline.duur', 'Activiteiten offline: totale duurtijd', '23310', 'Gedrukt als 388u30.'),
    minutes('activiteiten.offline.gemiddelde-duur', 'Activiteiten offline: gemiddelde duurtijd', '542', 'Gedrukt als 9u02 (afgerond; totale duurtijd ÷ aantal).'),
    count('activiteiten.online.aantal', 'Activiteiten online: aantal', '23'),
    minutes('activiteiten.online.duur', 'Activiteiten online: totale duurtijd', '4095', 'Gedrukt als 68u15.'),
    minutes('activiteiten.online.gemiddelde-duur', 'Activiteiten online: gemiddelde duurtijd', '178', 'Gedrukt als 2u58 (afgerond; totale duurtijd ÷ aantal).'),
    count('activiteiten.blended.aantal', 'Activiteiten blended: aantal', '20'),
    minutes('activiteiten.blended.duur', 'Activiteiten blended: totale duurtijd', '15840', 'Gedrukt als 264u00.'),
    minutes('activiteiten.blended.gemiddelde-duur', 'Activiteiten blended: gemiddelde duurtijd', '792', 'Gedrukt als 13u12 (totale duurtijd ÷ aantal).'),
    count('activiteiten.totaal.aantal', 'Activiteiten totaal: aantal', '86'),
    minutes('activiteiten.totaal.duur', 'Activiteiten totaal: totale duurtijd', '43245', 'Gedrukt als 720u45.'),
    minutes('activiteiten.totaal.gemiddelde-duur', 'Activiteiten totaal: gemiddelde duurtijd', '502', 'Gedrukt als 8u22 (afgekapt: 43245 ÷ 86 = 502,85 minuten).'),
  ],
  footing: [
    {
      label: 'Aantal activiteiten: offline + online + blended = totaal',
      total: 'activiteiten.totaal.aantal',
      parts: ['activiteiten.offline.aantal', 'activiteiten.online.aantal', 'activiteiten.blended.aantal'],
    },
    {
      label: 'Totale duurtijd: offline + online + blended = totaal',
      total: 'activiteiten.totaal.duur',
      parts: ['activiteiten.offline.duur', 'activiteiten.online.duur', 'activiteiten.blended.duur'],
    },
  ],
}

const DEELNEMERS_SECTOREN = ['15', '62', '44', '73', '29', '16', '58', '10', '19', '0', '27', '8', '1', '85'] as const
/** As printed on the page "Unieke deelnemers ondersteuningsaanbod" (identical to the table above). */
const UNIEKE_DEELNEMERS_SECTOREN = ['15', '62', '44', '73', '29', '16', '58', '10', '19', '0', '27', '8', '1', '85'] as const

const deelnemers: DatasetSeed = {
  slug: 'deelnemers-ondersteuningsaanbod-2024',
  title: 'Deelnemers ondersteuningsaanbod 2024',
  period: '2024',
  source:
    'Onze werking, "Ondersteuningsaanbod in cijfers": "Deelnemers ondersteuningsaanbod", "Deelnemers primaire doelgroep", "Deelnemers secundaire doelgroep", ' +
    '"Unieke deelnemers ondersteuningsaanbod", "Unieke deelnemers primaire doelgroep", "Deelnemers secundaire doelgroep" (op de pagina unieke deelnemers) ' +
    'en "Unieke deelnemers erkende organisaties naar beroepscategorie"',
  description:
    'Deelnemers en unieke deelnemers aan het ondersteuningsaanbod, naar primaire doelgroep (erkend / niet-erkend, landelijk / regionaal, instromers / niet-instromers), ' +
    'secundaire doelgroep (per sector) en beroepscategorie.',
  records: [
    count('deelnemers.totaal', 'Totaal aantal deelnemers', '1540'),
    count('deelnemers.primair', 'Totaal aantal deelnemers primaire doelgroep', '1093'),
    count('deelnemers.secundair', 'Totaal aantal deelnemers secundaire doelgroep', '447'),
    count('deelnemers.primair.erkend', 'Deelnemers erkende organisaties civiel sociaal-cultureel werk', '1035'),
    count('deelnemers.primair.niet-erkend', 'Deelnemers niet-erkende organisaties civiel sociaal-cultureel werk', '58'),
    count('deelnemers.primair.erkend.landelijk', 'Deelnemers erkende organisaties landelijke werking', '785'),
    count('deelnemers.primair.erkend.regionaal', 'Deelnemers erkende organisaties regionale werking', '250'),
    count('deelnemers.primair.erkend.niet-instromers', 'Deelnemers erkende organisaties niet-instromers', '937'),
    count('deelnemers.primair.erkend.instromers', 'Deelnemers erkende organisaties instromers', '98'),
    ...sectorRecords('deelnemers.secundair', 'Deelnemers secundaire doelgroep', DEELNEMERS_SECTOREN),

    count('deelnemers.uniek', 'Totaal aantal unieke deelnemers', '970'),
    count('deelnemers.uniek.primair', 'Totaal aantal unieke deelnemers primaire doelgroep', '574'),
    count('deelnemers.uniek.secundair', 'Totaal aantal unieke deelnemers secundaire doelgroep', '396'),
    count('deelnemers.uniek.primair.erkend', 'Unieke deelnemers erkende organisaties civiel sociaal-cultureel werk', '540'),
    count('deelnemers.uniek.primair.niet-erkend', 'Unieke deelnemers niet-erkende organisaties civiel sociaal-cultureel werk', '34'),
    count('deelnemers.uniek.primair.erkend.landelijk', 'Unieke deelnemers erkende organisaties landelijke werking', '400'),
    count('deelnemers.uniek.primair.erkend.regionaal', 'Unieke deelnemers erkende organisaties regionale werking', '140'),
    count('deelnemers.uniek.primair.erkend.niet-instromers', 'Unieke deelnemers erkende organisaties niet-instromers', '496'),
    count('deelnemers.uniek.primair.erkend.instromers', 'Unieke deelnemers erkende organisaties instromers', '44'),
    ...sectorRecords(
      'deelnemers.uniek.secundair',
      'Unieke deelnemers secundaire doelgroep',
      UNIEKE_DEELNEMERS_SECTOREN,
      'Tabel "Deelnemers secundaire doelgroep" zoals gedrukt op de pagina "Unieke deelnemers ondersteuningsaanbod"; identiek aan de tabel van alle deelnemers (som 447, niet 396).',
    ),
    count('deelnemers.uniek.primair.erkend.beroep.directeur-coordinator', 'Unieke deelnemers erkende organisaties: directeur/coördinator', '115'),
    count('deelnemers.uniek.primair.erkend.beroep.zakelijk-verantwoordelijke', 'Unieke deelnemers erkende organisaties: zakelijk verantwoordelijke', '12'),
    count('deelnemers.uniek.primair.erkend.beroep.sociaal-cultureel-werker', 'Unieke deelnemers erkende organisaties: sociaal-cultureel werker', '330'),
    count('deelnemers.uniek.primair.erkend.beroep.communicatie-ict', 'Unieke deelnemers erkende organisaties: communicatie/ICT-medewerker', '58'),
    count('deelnemers.uniek.primair.erkend.beroep.administratief-logistiek', 'Unieke deelnemers erkende organisaties: administratief/logistiek medewerker', '25'),
  ],
  footing: [
    { label: 'Deelnemers: primaire + secundaire doelgroep = totaal', total: 'deelnemers.totaal', parts: ['deelnemers.primair', 'deelnemers.secundair'] },
    { label: 'Deelnemers primaire doelgroep: erkend + niet-erkend', total: 'deelnemers.primair', parts: ['deelnemers.primair.erkend', 'deelnemers.primair.niet-erkend'] },
    {
      label: 'Deelnemers erkende organisaties: landelijk + regionaal',
      total: 'deelnemers.primair.erkend',
      parts: ['deelnemers.primair.erkend.landelijk', 'deelnemers.primair.erkend.regionaal'],
    },
    {
      label: 'Deelnemers erkende organisaties: niet-instromers + instromers',
      total: 'deelnemers.primair.erkend',
      parts: ['deelnemers.primair.erkend.niet-instromers', 'deelnemers.primair.erkend.instromers'],
    },
    { label: 'Deelnemers secundaire doelgroep: som van de sectoren', total: 'deelnemers.secundair', parts: sectorKeys('deelnemers.secundair') },
    { label: 'Unieke deelnemers: primaire + secundaire doelgroep = totaal', total: 'deelnemers.uniek', parts: ['deelnemers.uniek.primair', 'deelnemers.uniek.secundair'] },
    {
      label: 'Unieke deelnemers primaire doelgroep: erkend + niet-erkend',
      total: 'deelnemers.uniek.primair',
      parts: ['deelnemers.uniek.primair.erkend', 'deelnemers.uniek.primair.niet-erkend'],
    },
    {
      label: 'Unieke deelnemers erkende organisaties: landelijk + regionaal',
      total: 'deelnemers.uniek.primair.erkend',
      parts: ['deelnemers.uniek.primair.erkend.landelijk', 'deelnemers.uniek.primair.erkend.regionaal'],
    },
    {
      label: 'Unieke deelnemers erkende organisaties: niet-instromers + instromers',
      total: 'deelnemers.uniek.primair.erkend',
      parts: ['deelnemers.uniek.primair.erkend.niet-instromers', 'deelnemers.uniek.primair.erkend.instromers'],
    },
    {
      label: 'Unieke deelnemers secundaire doelgroep: som van de sectoren',
      total: 'deelnemers.uniek.secundair',
      parts: sectorKeys('deelnemers.uniek.secundair'),
    },
    {
      label: 'Unieke deelnemers erkende organisaties: som van de beroepscategorieën',
      total: 'deelnemers.uniek.primair.erkend',
      parts: [
        'deelnemers.uniek.primair.erkend.beroep.directeur-coordinator',
        'deelnemers.uniek.primair.erkend.beroep.zakelijk-verantwoordelijke',
        'deelnemers.uniek.primair.erkend.beroep.sociaal-cultureel-werker',
        'deelnemers.uniek.primair.erkend.beroep.communicatie-ict',
        'deelnemers.uniek.primair.erkend.beroep.administratief-logistiek',
      ],
    },
  ],
}

const organisaties: DatasetSeed = {
  slug: 'organisaties-ondersteuningsaanbod-2024',
  title: 'Bereikte organisaties ondersteuningsaanbod 2024',
  period: '2024',
  source:
    'Onze werking, "Ondersteuningsaanbod in cijfers": "Bereikte organisaties ondersteuningsaanbod", "Organisaties primaire doelgroep" en "Organisaties secundaire doelgroep"',
  description: 'Organisaties bereikt met het ondersteuningsaanbod, naar primaire doelgroep (erkend / niet-erkend, landelijk / regionaal, instromers / niet-instromers) en secundaire doelgroep (per sector).',
  records: [
    count('organisaties.totaal', 'Totaal bereikte organisaties', '378'),
    count('organisaties.primair', 'Totaal bereikte organisaties primaire doelgroep', '138'),
    count('organisaties.secundair', 'Totaal bereikte organisaties secundaire doelgroep', '240'),
    count('organisaties.primair.erkend', 'Bereikte erkende organisaties civiel sociaal-cultureel werk', '115'),
    count('organisaties.primair.niet-erkend', 'Bereikte niet-erkende organisaties civiel sociaal-cultureel werk', '23'),
    count('organisaties.primair.erkend.landelijk', 'Bereikte erkende organisaties landelijke werking', '102'),
    count('organisaties.primair.erkend.regionaal', 'Bereikte erkende organisaties regionale werking', '13'),
    count('organisaties.primair.erkend.niet-instromers', 'Bereikte erkende organisaties niet-instromers', '99'),
    count('organisaties.primair.erkend.instromers', 'Bereikte erkende organisaties instromers', '16'),
    ...sectorRecords('organisaties.secundair', 'Bereikte organisaties secundaire doelgroep', ['14', '40', '9', '59', '17', '12', '37', '7', '12', '0', '14', '8', '1', '8']),
  ],
  footing: [
    { label: 'Bereikte organisaties: primaire + secundaire doelgroep = totaal', total: 'organisaties.totaal', parts: ['organisaties.primair', 'organisaties.secundair'] },
    { label: 'Organisaties primaire doelgroep: erkend + niet-erkend', total: 'organisaties.primair', parts: ['organisaties.primair.erkend', 'organisaties.primair.niet-erkend'] },
    {
      label: 'Erkende organisaties: landelijk + regionaal',
      total: 'organisaties.primair.erkend',
      parts: ['organisaties.primair.erkend.landelijk', 'organisaties.primair.erkend.regionaal'],
    },
    {
      label: 'Erkende organisaties: niet-instromers + instromers',
      total: 'organisaties.primair.erkend',
      parts: ['organisaties.primair.erkend.niet-instromers', 'organisaties.primair.erkend.instromers'],
    },
    { label: 'Organisaties secundaire doelgroep: som van de sectoren', total: 'organisaties.secundair', parts: sectorKeys('organisaties.secundair') },
  ],
}

const bereikErkend: DatasetSeed = {
  slug: 'bereik-erkend-scvw-2024',
  title: 'Bereik erkend sociaal-cultureel volwassenenwerk 2024',
  period: '2024',
  source:
    '2024 in cijfers, "3. Trajecten en onderzoek": kaart "Bereikte organisaties erkend sociaal-cultureel volwassenenwerk" (totaal uniek); ' +
    'aantal erkende organisaties uit de zin onder "Bereikte organisaties ondersteuningsaanbod" ("115 van de 129 erkende organisaties")',
  description:
    'Cijfers zonder eigen detailtabel: het aantal erkende organisaties sociaal-cultureel volwassenenwerk en het aantal daarvan dat uniek bereikt werd via ondersteuningsaanbod en vraaggestuurde werking samen. ' +
    'De delen (115 via ondersteuningsaanbod, 16 via vraaggestuurde werking) staan in hun eigen datasets; ze overlappen, dus er is geen voettelling.',
  records: [
    count('erkende-organisaties.totaal', 'Erkende organisaties sociaal-cultureel volwassenenwerk', '129', 'Uit de zin "bereikten we 115 van de 129 erkende organisaties".'),
    count('erkende-organisaties.bereikt-uniek', 'Totaal uniek bereikte erkende organisaties (ondersteuningsaanbod en vraaggestuurde werking)', '116', 'Alleen op de cijferpagina gedrukt.'),
  ],
}

const tevredenheid: DatasetSeed = {
  slug: 'tevredenheid-ondersteuningsaanbod-2024',
  title: 'Tevredenheid ondersteuningsaanbod 2024',
  period: '2024',
  source: 'Onze werking, "Ondersteuningsaanbod in cijfers": blok "Tevredenheid ondersteuningsaanbod"',
  description: 'Gemiddeld tevredenheidscijfer en net promotor score (NPS, van -100 tot +100) over alle activiteiten van het ondersteuningsaanbod.',
  records: [
    percent('tevredenheid.gemiddeld', 'Gemiddeld tevredenheidscijfer', '82'),
    { key: 'tevredenheid.nps', label: 'Net promotor score (NPS)', value: '39', unit: 'score', notes: 'Gedrukt als +39.' },
  ],
}

/* ------------------------------------------------------------------------ */
/* 3. Vraaggestuurde werking                                                  */
/* ------------------------------------------------------------------------ */

const vraaggestuurd: DatasetSeed = {
  slug: 'vraaggestuurde-werking-2024',
  title: 'Vraaggestuurde werking 2024',
  period: '2024',
  source:
    'Onze werking, "3. Vraaggestuurde werking": kaarten "104 ontvangen vragen", "41 gerealiseerde dienstverleningen", "207 deelnemers vraaggestuurde dienstverlening", ' +
    '"40 unieke organisaties vraaggestuurde dienstverlening"; goedgekeurde vragen uit de alinea "Bereik vraaggestuurde werking"',
  description: 'Ontvangen vragen, goedgekeurde vragen, gerealiseerde dienstverleningen, deelnemers en unieke organisaties, naar doelgroep en erkenning.',
  records: [
    count('vragen.totaal', 'Ontvangen vragen', '104'),
    count('vragen.primair', 'Vragen uit primaire doelgroep', '51'),
    count('vragen.secundair', 'Vragen uit secundaire doelgroep', '53'),
    count('vragen.primair.erkend', 'Vragen van erkende organisaties civiel sociaal-cultureel werk', '30'),
    count('vragen.primair.niet-erkend', 'Vragen van niet-erkende organisaties civiel sociaal-cultureel werk', '21'),
    count('vragen.goedgekeurd', 'Goedgekeurde vragen', '46', 'Uit de zin "Van de 104 ontvangen vragen keurden we er 46 goed."'),
    count(
      'vragen.goedgekeurd.zonder-gevolg',
      'Goedgekeurde vragen waaraan geen gevolg kon worden gegeven',
      '5',
      'Uit de zin "Aan 5 vragen konden we geen gevolg geven".',
    ),
    count('dienstverleningen.totaal', 'Gerealiseerde dienstverleningen', '41'),
    count('dienstverleningen.primair', 'Dienstverleningen primaire doelgroep', '38'),
    count('dienstverleningen.secundair', 'Dienstverleningen secundaire doelgroep', '3'),
    count('dienstverleningen.primair.erkend', 'Dienstverleningen erkende organisaties civiel sociaal-cultureel werk', '17'),
    count('dienstverleningen.primair.niet-erkend', 'Dienstverleningen niet-erkende organisaties civiel sociaal-cultureel werk', '21'),
    count('deelnemers.totaal', 'Deelnemers vraaggestuurde dienstverlening', '207'),
    count('deelnemers.primair', 'Deelnemers uit primaire doelgroep', '165'),
    count('deelnemers.secundair', 'Deelnemers uit secundaire doelgroep', '42'),
    count('deelnemers.primair.erkend', 'Deelnemers erkende organisaties civiel sociaal-cultureel werk', '141'),
    count('deelnemers.primair.niet-erkend', 'Deelnemers niet-erkende organisaties civiel sociaal-cultureel werk', '24'),
    count('organisaties.totaal', 'Unieke organisaties vraaggestuurde dienstverlening', '40'),
    count('organisaties.primair', 'Organisaties uit primaire doelgroep', '37'),
    count('organisaties.secundair', 'Organisaties uit secundaire doelgroep', '3'),
    count('organisaties.primair.erkend', 'Erkende organisaties civiel sociaal-cultureel werk', '16'),
    count('organisaties.primair.niet-erkend', 'Niet-erkende organisaties civiel sociaal-cultureel werk', '21'),
  ],
  footing: [
    { label: 'Ontvangen vragen: primaire + secundaire doelgroep', total: 'vragen.totaal', parts: ['vragen.primair', 'vragen.secundair'] },
    { label: 'Vragen primaire doelgroep: erkend + niet-erkend', total: 'vragen.primair', parts: ['vragen.primair.erkend', 'vragen.primair.niet-erkend'] },
    { label: 'Goedgekeurde vragen: dienstverlening + geen gevolg', total: 'vragen.goedgekeurd', parts: ['dienstverleningen.totaal', 'vragen.goedgekeurd.zonder-gevolg'] },
    { label: 'Dienstverleningen: primaire + secundaire doelgroep', total: 'dienstverleningen.totaal', parts: ['dienstverleningen.primair', 'dienstverleningen.secundair'] },
    {
      label: 'Dienstverleningen primaire doelgroep: erkend + niet-erkend',
      total: 'dienstverleningen.primair',
      parts: ['dienstverleningen.primair.erkend', 'dienstverleningen.primair.niet-erkend'],
    },
    { label: 'Deelnemers: primaire + secundaire doelgroep', total: 'deelnemers.totaal', parts: ['deelnemers.primair', 'deelnemers.secundair'] },
    { label: 'Deelnemers primaire doelgroep: erkend + niet-erkend', total: 'deelnemers.primair', parts: ['deelnemers.primair.erkend', 'deelnemers.primair.niet-erkend'] },
    { label: 'Unieke organisaties: primaire + secundaire doelgroep', total: 'organisaties.totaal', parts: ['organisaties.primair', 'organisaties.secundair'] },
    {
      label: 'Organisaties primaire doelgroep: erkend + niet-erkend',
      total: 'organisaties.primair',
      parts: ['organisaties.primair.erkend', 'organisaties.primair.niet-erkend'],
    },
  ],
}

/* ------------------------------------------------------------------------ */
/* 5./6. Ontwikkeltrajecten en onderzoek                                      */
/* ------------------------------------------------------------------------ */

const trajectenOnderzoek: DatasetSeed = {
  slug: 'ontwikkeltrajecten-en-onderzoek-2024',
  title: 'Ontwikkeltrajecten en onderzoeken 2024',
  period: '2024',
  source:
    '2024 in cijfers, "3. Trajecten en onderzoek": de opgesomde trajecten (doe- en leertraject burgerinitiatieven, ontwikkeltraject kruispuntdenken, ontwikkeltraject cultuurfunctie; ' +
    'hoofdstuk 5.1-5.3) en onderzoeken (landschapstekening, arbeidsmarkt; hoofdstuk 6.1-6.2)',
  records: [
    count('trajecten.aantal', 'Ontwikkeltrajecten in 2024', '3', 'Telling van de drie genoemde trajecten.'),
    count('onderzoeken.aantal', 'Onderzoeken in 2024', '2', 'Telling van de twee genoemde onderzoeken.'),
  ],
}

/* ------------------------------------------------------------------------ */
/* 7. Beeldvorming                                                            */
/* ------------------------------------------------------------------------ */

const praktijken: DatasetSeed = {
  slug: 'praktijken-2024',
  title: 'Ontsloten praktijken en initiatieven 2024',
  period: '2024',
  source: 'Onze werking, "7. Beeldvorming": tabel Erkend / Niet-erkend naar medium (Video, Podcast, Artikels, Vormingsaanbod); totalen uit de zin erboven',
  description: 'Organisaties, praktijken en initiatieven die via media en vormingsaanbod onder de aandacht werden gebracht, naar medium en erkenning.',
  records: [
    count('praktijken.totaal', 'Ontsloten praktijken en initiatieven', '85', 'Uit de zin boven de tabel.'),
    count('praktijken.erkend', 'Ontsloten praktijken: erkende organisaties', '42', 'Uit de zin boven de tabel.'),
    count('praktijken.niet-erkend', 'Ontsloten praktijken: niet-erkende organisaties', '43', 'Uit de zin boven de tabel.'),
    count('praktijken.erkend.video', 'Erkend: video', '8'),
    count('praktijken.erkend.podcast', 'Erkend: podcast', '11'),
    count('praktijken.erkend.artikels', 'Erkend: artikels', '12'),
    count('praktijken.erkend.vormingsaanbod', 'Erkend: vormingsaanbod', '11'),
    count('praktijken.niet-erkend.video', 'Niet-erkend: video', '12'),
    count('praktijken.niet-erkend.podcast', 'Niet-erkend: podcast', '12'),
    count('praktijken.niet-erkend.artikels', 'Niet-erkend: artikels', '12'),
    count('praktijken.niet-erkend.vormingsaanbod', 'Niet-erkend: vormingsaanbod', '7'),
  ],
  footing: [
    { label: 'Praktijken: erkend + niet-erkend = totaal', total: 'praktijken.totaal', parts: ['praktijken.erkend', 'praktijken.niet-erkend'] },
    {
      label: 'Erkende praktijken: som van de media',
      total: 'praktijken.erkend',
      parts: ['praktijken.erkend.video', 'praktijken.erkend.podcast', 'praktijken.erkend.artikels', 'praktijken.erkend.vormingsaanbod'],
    },
    {
      label: 'Niet-erkende praktijken: som van de media',
      total: 'praktijken.niet-erkend',
      parts: ['praktijken.niet-erkend.video', 'praktijken.niet-erkend.podcast', 'praktijken.niet-erkend.artikels', 'praktijken.niet-erkend.vormingsaanbod'],
    },
  ],
}

/* ------------------------------------------------------------------------ */
/* 8. Kennisknooppunt                                                         */
/* ------------------------------------------------------------------------ */

type ActorRow = { slug: string; label: string; actoren: string; overleg: string }
type ActorGroup = { slug: string; label: string; rows: ActorRow[]; subtotaal: { actoren: string; overleg: string } }

/** The table "Actoren / Aantal unieke actoren / Aantal overlegmomenten", group by group as printed. */
export const KENNISKNOOPPUNT_GROEPEN: ActorGroup[] = [
  {
    slug: 'beleidsactoren',
    label: 'Beleidsactoren',
    rows: [
      { slug: 'departementen-vlaamse-gemeenschap', label: 'Departementen Vlaamse Gemeenschap', actoren: '5', overleg: '37' },
      { slug: 'lokale-beleidsactoren', label: 'Lokale beleidsactoren', actoren: '2', overleg: '3' },
      { slug: 'vlaamse-adviesraden', label: 'Vlaamse adviesraden', actoren: '2', overleg: '6' },
      { slug: 'vlaamse-regering-of-kabinetten', label: 'Vlaamse Regering of kabinetten', actoren: '1', overleg: '1' },
      { slug: 'federale-regering-of-overheidsdiensten', label: 'Federale Regering of overheidsdiensten', actoren: '1', overleg: '1' },
      { slug: 'brussels-gewest-of-gemeenschapsactoren', label: 'Brussels Gewest of gemeenschapsactoren', actoren: '3', overleg: '3' },
      { slug: 'internationaal', label: 'Internationaal', actoren: '1', overleg: '1' },
    ],
    subtotaal: { actoren: '15', overleg: '52' },
  },
  {
    slug: 'onderzoek',
    label: 'Onderzoek',
    rows: [
      { slug: 'universiteiten', label: 'Universiteiten', actoren: '2', overleg: '2' },
      { slug: 'hogescholen', label: 'Hogescholen', actoren: '2', overleg: '4' },
      { slug: 'marktspelers', label: 'Marktspelers', actoren: '1', overleg: '6' },
      { slug: 'departementen-vlaamse-gemeenschap', label: 'Departementen Vlaamse Gemeenschap', actoren: '1', overleg: '8' },
      { slug: 'andere', label: 'Andere', actoren: '2', overleg: '2' },
    ],
    subtotaal: { actoren: '8', overleg: '22' },
  },
  {
    slug: 'opleidingen',
    label: 'Opleidingen',
    rows: [
      { slug: 'hogescholen-bachelor', label: 'Hogescholen bachelor', actoren: '3', overleg: '3' },
      { slug: 'hogescholen-voortgezette-opleidingen', label: 'Hogescholen voortgezette opleidingen', actoren: '1', overleg: '2' },
      { slug: 'universiteiten', label: 'Universiteiten', actoren: '1', overleg: '1' },
      { slug: 'studenten-hoger-onderwijs', label: 'Studenten hoger onderwijs', actoren: '5', overleg: '5' },
      { slug: 'andere-opleidingsverstrekkers', label: 'Andere opleidingsverstrekkers', actoren: '1', overleg: '2' },
    ],
    subtotaal: { actoren: '11', overleg: '13' },
  },
  {
    slug: 'internationale-actoren',
    label: 'Internationale actoren',
    rows: [
      { slug: 'nationale-agentschappen', label: 'Nationale agentschappen', actoren: '1', overleg: '1' },
      { slug: 'europees-netwerk', label: 'Europees netwerk', actoren: '1', overleg: '1' },
      { slug: 'buitenlandse-actoren', label: 'Buitenlandse actoren', actoren: '12', overleg: '20' },
    ],
    subtotaal: { actoren: '14', overleg: '22' },
  },
  {
    slug: 'bovenbouw',
    label: 'Partners in de bovenbouw',
    rows: [
      { slug: 'cultuurtafel', label: 'Cultuurtafel (directieoverleg culturele bovenbouw)', actoren: '1', overleg: '8' },
      { slug: 'overleg-sectorale-steunpunten', label: 'Overleg sectorale steunpunten', actoren: '1', overleg: '1' },
      { slug: 'bovenbouwactoren', label: 'Bovenbouwactoren', actoren: '14', overleg: '33' },
      { slug: 'belangenbehartigers', label: 'Belangenbehartigers', actoren: '1', overleg: '15' },
      { slug: 'andere', label: 'Andere', actoren: '5', overleg: '5' },
    ],
    subtotaal: { actoren: '22', overleg: '62' },
  },
]

const kennisknooppunt: DatasetSeed = {
  slug: 'kennisknooppunt-overleg-2024',
  title: 'Overlegmomenten kennisknooppunt 2024',
  period: '2024',
  source: 'Onze werking, "8.1. Divers netwerk": tabel "Actoren / Aantal unieke actoren / Aantal overlegmomenten" met Subtotaal per groep en Totaal',
  description: 'Aantal unieke actoren en overlegmomenten per soort actor, per groep (beleid, onderzoek, opleidingen, internationaal, bovenbouw).',
  records: [
    ...KENNISKNOOPPUNT_GROEPEN.flatMap((group) => [
      ...group.rows.flatMap((row) => [
        count(`${group.slug}.${row.slug}.actoren`, `${group.label} / ${row.label}: unieke actoren`, row.actoren),
        count(`${group.slug}.${row.slug}.overlegmomenten`, `${group.label} / ${row.label}: overlegmomenten`, row.overleg),
      ]),
      count(`${group.slug}.subtotaal.actoren`, `${group.label}: subtotaal unieke actoren`, group.subtotaal.actoren),
      count(`${group.slug}.subtotaal.overlegmomenten`, `${group.label}: subtotaal overlegmomenten`, group.subtotaal.overleg),
    ]),
    count('totaal.actoren', 'Totaal unieke actoren', '70'),
    count('totaal.overlegmomenten', 'Totaal overlegmomenten', '171'),
  ],
  footing: [
    ...KENNISKNOOPPUNT_GROEPEN.flatMap((group) => [
      {
        label: `${group.label}: subtotaal unieke actoren`,
        total: `${group.slug}.subtotaal.actoren`,
        parts: group.rows.map((row) => `${group.slug}.${row.slug}.actoren`),
      },
      {
        label: `${group.label}: subtotaal overlegmomenten`,
        total: `${group.slug}.subtotaal.overlegmomenten`,
        parts: group.rows.map((row) => `${group.slug}.${row.slug}.overlegmomenten`),
      },
    ]),
    { label: 'Totaal unieke actoren: som van de subtotalen', total: 'totaal.actoren', parts: KENNISKNOOPPUNT_GROEPEN.map((group) => `${group.slug}.subtotaal.actoren`) },
    {
      label: 'Totaal overlegmomenten: som van de subtotalen',
      total: 'totaal.overlegmomenten',
      parts: KENNISKNOOPPUNT_GROEPEN.map((group) => `${group.slug}.subtotaal.overlegmomenten`),
    },
  ],
}

/* ------------------------------------------------------------------------ */
/* 9. Digitaal platform                                                       */
/* ------------------------------------------------------------------------ */

const websites: DatasetSeed = {
  slug: 'websites-2024',
  title: 'Websites 2024',
  period: '2024',
  source:
    'Onze werking, "9.5. Onze media in cijfers": tabel "Websites" (socius.be, allemaalpolitiek.be: Bezoeken / Bezoekers / Bezochte pagina\'s / Pagina\'s/bezoek); ' +
    'cultuurvoorwelzijn.be uit de zin erboven',
  description:
    'Bezoeken, bezoekers en bezochte pagina\'s per website. De tabel heeft een tweede kolom "socius.be" met het label 2023 waarvan de waarden niet in de tekst van het verslag staan; die zijn niet overgenomen.',
  records: [
    count('socius-be.bezoeken', 'socius.be: bezoeken', '184546'),
    count('socius-be.bezoekers', 'socius.be: bezoekers', '160498'),
    count('socius-be.bezochte-paginas', "socius.be: bezochte pagina's", '625173'),
    decimal('socius-be.paginas-per-bezoek', "socius.be: pagina's per bezoek", '3.4', "Gedrukt als 3,4 (afgerond; bezochte pagina's ÷ bezoeken)."),
    count('allemaalpolitiek-be.bezoeken', 'allemaalpolitiek.be: bezoeken', '7018'),
    count('allemaalpolitiek-be.bezoekers', 'allemaalpolitiek.be: bezoekers', '6182'),
    count('allemaalpolitiek-be.bezochte-paginas', "allemaalpolitiek.be: bezochte pagina's", '13347'),
    decimal('allemaalpolitiek-be.paginas-per-bezoek', "allemaalpolitiek.be: pagina's per bezoek", '1.9', "Gedrukt als 1,9 (afgerond; bezochte pagina's ÷ bezoeken)."),
    count('cultuurvoorwelzijn-be.bezoekers', 'cultuurvoorwelzijn.be: bezoekers', '3042', 'Uit de zin over de Trefdag-site in 9.5.'),
    count('cultuurvoorwelzijn-be.bezoeken', 'cultuurvoorwelzijn.be: bezoeken', '3529', 'Uit de zin over de Trefdag-site in 9.5.'),
    count('cultuurvoorwelzijn-be.bezochte-paginas', "cultuurvoorwelzijn.be: bezochte pagina's", '9932', 'Uit de zin over de Trefdag-site in 9.5.'),
  ],
}

/** "mailinglijsten / abonnees / erkende organisaties / niet-erkende organisaties", as printed. */
export const MAILINGLIJSTEN = [
  { slug: 'totaal', label: 'Totaal', abonnees: '4571', erkend: '1321', nietErkend: '3250' },
  { slug: 'e-zine', label: 'E-zine', abonnees: '3166', erkend: '878', nietErkend: '2288' },
  { slug: 'burgerinitiatief', label: 'Burgerinitiatief', abonnees: '2155', erkend: '572', nietErkend: '1583' },
  { slug: 'communicatie', label: 'Communicatie', abonnees: '2284', erkend: '644', nietErkend: '1640' },
  { slug: 'digitaal', label: 'Digitaal', abonnees: '1899', erkend: '554', nietErkend: '1345' },
  { slug: 'diversiteit', label: 'Diversiteit', abonnees: '2249', erkend: '627', nietErkend: '1622' },
  { slug: 'internationaal', label: 'Internationaal', abonnees: '1762', erkend: '485', nietErkend: '1277' },
  { slug: 'organisatiebeleid', label: 'Organisatiebeleid', abonnees: '2402', erkend: '654', nietErkend: '1748' },
  { slug: 'sociaal-cultureel-werken', label: 'Sociaal-cultureel werken', abonnees: '2796', erkend: '884', nietErkend: '1912' },
  { slug: 'vrijwillige-inzet', label: 'Vrijwillige inzet', abonnees: '2029', erkend: '636', nietErkend: '1393' },
] as const

const mailinglijsten: DatasetSeed = {
  slug: 'mailinglijsten-2024',
  title: 'Mailinglijsten 2024',
  period: '2024',
  source: 'Onze werking, "9.5. Onze media in cijfers": tabel "Mailinglijsten" (mailinglijsten / abonnees / erkende organisaties / niet-erkende organisaties)',
  description:
    'Abonnees per mailinglijst, naar erkende en niet-erkende organisaties. De rij Totaal telt unieke abonnees over alle lijsten (een abonnee kan op meerdere lijsten staan) en is dus geen som van de lijsten.',
  records: MAILINGLIJSTEN.flatMap((list) => [
    count(`${list.slug}.abonnees`, `Mailinglijst ${list.label}: abonnees`, list.abonnees),
    count(`${list.slug}.erkend`, `Mailinglijst ${list.label}: erkende organisaties`, list.erkend),
    count(`${list.slug}.niet-erkend`, `Mailinglijst ${list.label}: niet-erkende organisaties`, list.nietErkend),
  ]),
  footing: MAILINGLIJSTEN.map((list) => ({
    label: `Mailinglijst ${list.label}: erkend + niet-erkend = abonnees`,
    total: `${list.slug}.abonnees`,
    parts: [`${list.slug}.erkend`, `${list.slug}.niet-erkend`],
  })),
}

const socialMedia: DatasetSeed = {
  slug: 'social-media-2024',
  title: 'Social media 2024',
  period: '2024',
  source: 'Onze werking, "9.5. Onze media in cijfers": blok "Social media" (1.811 volgers, 2.246 volgers)',
  description:
    'Volgers op social media. In de tekst van het verslag staan de twee getallen zonder kanaalnaam; ze zijn toegekend in de volgorde waarin de tekst de kanalen noemt (eerst LinkedIn, dan de Facebook-pagina \'Sociaalcultureel\').',
  records: [
    count('linkedin.volgers', 'LinkedIn: volgers', '1811', 'Eerste van de twee gedrukte getallen; kanaal afgeleid uit de volgorde van de tekst.'),
    count('facebook.volgers', "Facebook-pagina 'Sociaalcultureel': volgers", '2246', 'Tweede van de twee gedrukte getallen; kanaal afgeleid uit de volgorde van de tekst.'),
  ],
}

const publicaties: DatasetSeed = {
  slug: 'publicaties-2024',
  title: 'Publicaties 2024',
  period: '2024',
  source: 'Onze werking, "9.4. Publicaties": lijst van de publicaties met downloads',
  records: [
    count('publicaties.aantal', 'Publicaties uitgebracht in 2024', '5', 'Telling van de vijf opgesomde publicaties.'),
    count('downloads.jaarverslag-2023', 'Downloads Jaarverslag 2023', '207'),
    count('downloads.memorandum-2024-2029', 'Downloads Memorandum aan de Vlaamse Regering 2024-2029', '251'),
    count('downloads.grensoverschrijdend-gedrag', "Downloads 'Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag in jouw organisatie?'", '399'),
    count('downloads.arbeidsmarkt-scvw', "Downloads 'De arbeidsmarkt van het sociaal-cultureel volwassenenwerk'", '322'),
    count('downloads.landschapstekening', "Downloads 'Het civiel sociaal-cultureel werkveld – een landschapstekening'", '222'),
  ],
}

/* ------------------------------------------------------------------------ */
/* Zakelijk plan en financieel beleid                                         */
/* ------------------------------------------------------------------------ */

const VTE_PER_JAAR = [
  ['2013', '13.80'],
  ['2014', '14.40'],
  ['2015', '13.90'],
  ['2016', '13.90'],
  ['2017', '14.60'],
  ['2018', '13.70'],
  ['2019', '13.50'],
  ['2020', '16.50'],
  ['2021', '12.70'],
  ['2022', '14.70'],
  ['2023', '14.00'],
  ['2024', '12.80'],
] as const

export const VTE_JAREN = VTE_PER_JAAR.map(([year]) => year)

/**
 * The chart "Evolutie personeelsbestand" as one series of twelve periods: a dataset per year,
 * each with the same key `vte`, so a figure of one year and the `series` figure over all of them
 * name the same measure (and next year's report adds 2025 to it).
 */
export const VTE_SERIES = 'personeel-vte'

const personeelVte: DatasetSeed[] = VTE_PER_JAAR.map(([year, value]) => ({
  slug: `${VTE_SERIES}-${year}`,
  title: `Personeelsbestand ${year} (VTE op payroll)`,
  period: year,
  series: VTE_SERIES,
  source: 'Ons zakelijk plan, "Personeel": grafiek "Evolutie personeelsbestand VTE % op payroll"',
  description: `Voltijdse equivalenten op de payroll in ${year}, zoals gedrukt in de grafiek 2013-2024 (13,80 = 13,80 VTE).`,
  records: [decimal('vte', 'VTE op payroll', value)],
}))

const personeelFunctie: DatasetSeed = {
  slug: 'personeel-vte-functie-2024',
  title: 'VTE % effectieve inzetbaarheid naar functie 2024',
  period: '2024',
  source: 'Ons zakelijk plan, "Personeel": tabel "VTE % effectieve inzetbaarheid naar functie en kernopdrachten dd. 1 januari 2024"',
  description: 'Effectieve inzetbaarheid na aftrek tijdskrediet, CAO en leeftijdsdagen, in VTE-procent (100% = één voltijds equivalent), op 1 januari 2024.',
  records: [
    percent('functie.directie-en-coordinatie', 'Directie en coördinatietaken', '141.87'),
    percent('functie.werking', 'Werking', '519.28'),
    percent('functie.communicatie', 'Communicatie', '269.40'),
    percent('functie.office-management', 'Office management, administratie en logistiek', '210.97'),
    percent('functie.totaal', 'Totaal', '1141.52'),
  ],
  footing: [
    {
      label: 'VTE % naar functie: som = totaal',
      total: 'functie.totaal',
      parts: ['functie.directie-en-coordinatie', 'functie.werking', 'functie.communicatie', 'functie.office-management'],
    },
  ],
}

const resultatenrekening: DatasetSeed = {
  slug: 'resultatenrekening-2024',
  title: 'Samenvatting resultatenrekening 2024',
  period: '2024',
  source: 'Financieel beleid: tabel "Samenvatting resultatenrekening 2024" (Uit / % / In / %)',
  description: 'Kosten (uit) en opbrengsten (in) per post, in euro, met het gedrukte aandeel in het totaal; resultaat = in - uit.',
  records: [
    euro('in.subsidie-vlaamse-gemeenschap', 'In: subsidie Vlaamse Gemeenschap', '1552000.00'),
    euro('uit.werking', 'Uit: werking', '199277.97'),
    euro('in.werking', 'In: werking', '100889.56'),
    euro('uit.werking.sd1', 'Uit: strategische doelstelling 1', '52155.82'),
    euro('in.werking.sd1', 'In: strategische doelstelling 1', '79826.59'),
    euro('uit.werking.sd2', 'Uit: strategische doelstelling 2', '63668.16'),
    euro('in.werking.sd2', 'In: strategische doelstelling 2', '17070.00'),
    euro('uit.werking.sd3', 'Uit: strategische doelstelling 3', '39418.74'),
    euro('in.werking.sd3', 'In: strategische doelstelling 3', '3554.75'),
    euro('uit.werking.sd4', 'Uit: strategische doelstelling 4', '44035.25'),
    euro('in.werking.sd4', 'In: strategische doelstelling 4', '438.22'),
    euro('uit.communicatie', 'Uit: communicatie', '16500.06'),
    euro('in.communicatie', 'In: communicatie', '20503.98'),
    euro('uit.personeel', 'Uit: personeel', '1471237.94'),
    euro('in.personeel', 'In: personeel', '148023.19'),
    euro('uit.overhead', 'Uit: overhead', '122795.02'),
    euro('in.overhead', 'In: overhead', '8753.73'),
    euro('uit.totaal', 'Uit: totaal', '1809810.99'),
    euro('in.totaal', 'In: totaal', '1830170.46'),
    euro('resultaat', 'Resultaat', '20359.47'),
    percent('in.subsidie-vlaamse-gemeenschap.aandeel', 'In: aandeel subsidie Vlaamse Gemeenschap', '84.80', 'Gedrukt aandeel in het totaal van de opbrengsten.'),
    percent('uit.werking.aandeel', 'Uit: aandeel werking', '11.01', 'Gedrukt aandeel in het totaal van de kosten.'),
    percent('in.werking.aandeel', 'In: aandeel werking', '5.51', 'Gedrukt aandeel in het totaal van de opbrengsten.'),
    percent('uit.communicatie.aandeel', 'Uit: aandeel communicatie', '0.91', 'Gedrukt aandeel in het totaal van de kosten.'),
    percent('in.communicatie.aandeel', 'In: aandeel communicatie', '1.12', 'Gedrukt aandeel in het totaal van de opbrengsten.'),
    percent('uit.personeel.aandeel', 'Uit: aandeel personeel', '81.29', 'Gedrukt aandeel in het totaal van de kosten.'),
    percent('in.personeel.aandeel', 'In: aandeel personeel', '8.09', 'Gedrukt aandeel in het totaal van de opbrengsten.'),
    percent('uit.overhead.aandeel', 'Uit: aandeel overhead', '6.79', 'Gedrukt aandeel in het totaal van de kosten (exact 6,785%).'),
    percent('in.overhead.aandeel', 'In: aandeel overhead', '0.48', 'Gedrukt aandeel in het totaal van de opbrengsten.'),
    percent('uit.totaal.aandeel', 'Uit: totaal (aandeel)', '100'),
    percent('in.totaal.aandeel', 'In: totaal (aandeel)', '100'),
  ],
  footing: [
    {
      label: 'Uit werking: som van de strategische doelstellingen',
      total: 'uit.werking',
      parts: ['uit.werking.sd1', 'uit.werking.sd2', 'uit.werking.sd3', 'uit.werking.sd4'],
    },
    {
      label: 'In werking: som van de strategische doelstellingen',
      total: 'in.werking',
      parts: ['in.werking.sd1', 'in.werking.sd2', 'in.werking.sd3', 'in.werking.sd4'],
    },
    { label: 'Uit totaal: werking + communicatie + personeel + overhead', total: 'uit.totaal', parts: ['uit.werking', 'uit.communicatie', 'uit.personeel', 'uit.overhead'] },
    {
      label: 'In totaal: subsidie + werking + communicatie + personeel + overhead',
      total: 'in.totaal',
      parts: ['in.subsidie-vlaamse-gemeenschap', 'in.werking', 'in.communicatie', 'in.personeel', 'in.overhead'],
    },
    { label: 'In totaal = uit totaal + resultaat', total: 'in.totaal', parts: ['uit.totaal', 'resultaat'] },
    {
      label: 'Aandelen uit: som = 100%',
      total: 'uit.totaal.aandeel',
      parts: ['uit.werking.aandeel', 'uit.communicatie.aandeel', 'uit.personeel.aandeel', 'uit.overhead.aandeel'],
    },
    {
      label: 'Aandelen in: som = 100%',
      total: 'in.totaal.aandeel',
      parts: ['in.subsidie-vlaamse-gemeenschap.aandeel', 'in.werking.aandeel', 'in.communicatie.aandeel', 'in.personeel.aandeel', 'in.overhead.aandeel'],
    },
  ],
}

export const datasets: DatasetSeed[] = [
  activiteiten,
  deelnemers,
  organisaties,
  bereikErkend,
  tevredenheid,
  vraaggestuurd,
  trajectenOnderzoek,
  praktijken,
  kennisknooppunt,
  websites,
  mailinglijsten,
  socialMedia,
  publicaties,
  ...personeelVte,
  personeelFunctie,
  resultatenrekening,
]
