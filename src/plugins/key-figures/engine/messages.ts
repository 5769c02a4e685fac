/**
 * Every sentence the engine can say, in Dutch and English.
 *
 * Kept in one place so the wording stays consistent between parse errors,
 * comparisons and document findings, and so translators find it all at once.
 * Numbers inside messages are always printed in the report's nl-BE style,
 * also in English, because that is what the editor sees in the text.
 */
import type { FigureUnit, LocalizedText, Operation } from './types.ts'

type Text = LocalizedText

/** Shows a text safely inside a message: quoted, control characters made visible, cut short. */
export const quote = (text: string, max = 60): string => {
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
  return `"${visible.length > max ? `${visible.slice(0, max)}…` : visible}"`
}

const UNIT_NAMES: Record<FigureUnit, Text> = {
  count: { nl: 'aantal', en: 'count' },
  percent: { nl: 'percentage', en: 'percentage' },
  score: { nl: 'score', en: 'score' },
  duration: { nl: 'duur', en: 'duration' },
  euro: { nl: 'eurobedrag', en: 'euro amount' },
  decimal: { nl: 'decimaal getal', en: 'decimal number' },
}

const OPERATION_NAMES: Record<Operation, Text> = {
  sum: { nl: 'som', en: 'sum' },
  difference: { nl: 'verschil', en: 'difference' },
  percentage: { nl: 'percentage', en: 'percentage' },
  ratio: { nl: 'verhouding', en: 'ratio' },
  average: { nl: 'gemiddelde', en: 'average' },
  change: { nl: 'verandering', en: 'change' },
  growth: { nl: 'groei', en: 'growth' },
  series: { nl: 'reeks', en: 'series' },
}

export function unitName(unit: FigureUnit): Text {
  // A record read past Payload's validation may carry any unit: name it as it is instead of failing.
  return UNIT_NAMES[unit] ?? { nl: `"${String(unit)}"`, en: `"${String(unit)}"` }
}

export function operationName(operation: Operation): Text {
  return OPERATION_NAMES[operation]
}

/* ------------------------------------------------------------------------ */
/* Why a printed figure cannot be read                                       */
/* ------------------------------------------------------------------------ */

export const why = {
  notText: { nl: 'het is geen tekst', en: 'it is not text' },
  empty: { nl: 'de tekst is leeg', en: 'the text is empty' },
  noDigits: { nl: 'er staan geen cijfers in', en: 'it contains no digits' },
  unexpectedChar: (char: string): Text => ({
    nl: `onverwacht teken "${char}"`,
    en: `unexpected character "${char}"`,
  }),
  multipleCommas: { nl: 'meer dan één decimale komma', en: 'more than one decimal comma' },
  nothingAfterComma: {
    nl: 'geen cijfers na de decimale komma',
    en: 'no digits after the decimal comma',
  },
  nothingBeforeComma: {
    nl: 'geen cijfers vóór de decimale komma',
    en: 'no digits before the decimal comma',
  },
  dotAfterComma: {
    nl: 'een punt na de decimale komma',
    en: 'a dot after the decimal comma',
  },
  badThousands: {
    nl: 'een punt scheidt duizendtallen en moet telkens door drie cijfers gevolgd worden (gebruik een komma voor decimalen)',
    en: 'a dot separates thousands and must always be followed by three digits (use a comma for decimals)',
  },
  countNotInteger: {
    nl: 'een aantal is een geheel getal, zonder decimale komma',
    en: 'a count is a whole number, without a decimal comma',
  },
  innerSpace: (printed: string | null): Text => ({
    nl: `een spatie midden in het getal${printed === null ? '' : `; correct gedrukt is dat "${printed}"`}`,
    en: `a space inside the number${printed === null ? '' : `; correctly printed that is "${printed}"`}`,
  }),
  leadingZeros: (printed: string): Text => ({
    nl: `een gedrukt getal begint niet met een nul; correct gedrukt is dat "${printed}"`,
    en: `a printed number does not start with a zero; correctly printed that is "${printed}"`,
  }),
  signedZero: (printed: string): Text => ({
    nl: `nul krijgt geen plus- of minteken; correct gedrukt is dat "${printed}"`,
    en: `zero takes no plus or minus sign; correctly printed that is "${printed}"`,
  }),
  plusWithoutChange: (printed: string): Text => ({
    nl: `een plusteken staat alleen voor een verschil (bron "verschil") of een score, en dit kerncijfer is geen van beide; correct gedrukt is dat "${printed}"`,
    en: `a plus sign only belongs to a change (source "difference") or a score, and this key figure is neither; correctly printed that is "${printed}"`,
  }),
  doubleSign: {
    nl: 'meer dan één plus- of minteken',
    en: 'more than one plus or minus sign',
  },
  symbolNotForUnit: (symbol: string, unit: FigureUnit): Text => ({
    nl: `het teken "${symbol}" hoort niet bij een ${UNIT_NAMES[unit].nl}`,
    en: `the "${symbol}" sign does not belong to a ${UNIT_NAMES[unit].en}`,
  }),
  misplacedSymbol: (symbol: string): Text => ({
    nl: `het teken "${symbol}" staat op een verkeerde plaats`,
    en: `the "${symbol}" sign is in the wrong place`,
  }),
  missingPercent: { nl: 'het procentteken (%) ontbreekt', en: 'the percent sign (%) is missing' },
  missingEuro: { nl: 'het euroteken (€) ontbreekt', en: 'the euro sign (€) is missing' },
  durationNoU: {
    nl: 'een duur schrijf je als uren, "u" en minuten (bv. 720u45)',
    en: 'a duration is written as hours, "u" and minutes (e.g. 720u45)',
  },
  durationNoHours: { nl: 'geen uren vóór de "u"', en: 'no hours before the "u"' },
  durationComma: {
    nl: 'een duur heeft geen decimale komma; schrijf uren en minuten (bv. 8u30)',
    en: 'a duration has no decimal comma; write hours and minutes (e.g. 8u30)',
  },
  minutesTwoDigits: {
    nl: 'de minuten moeten uit twee cijfers bestaan (bv. 8u05)',
    en: 'minutes must have two digits (e.g. 8u05)',
  },
  minutesOver59: {
    nl: 'de minuten moeten tussen 00 en 59 liggen',
    en: 'minutes must be between 00 and 59',
  },
} as const

export function unreadableFigure(text: string, unit: FigureUnit, reason: Text): Text {
  const isDuration = unit === 'duration'
  return {
    nl: `${quote(text)} is ${isDuration ? 'geen geldige duur' : 'geen geldig getal'}: ${reason.nl}`,
    en: `${quote(text)} is not a valid ${isDuration ? 'duration' : 'number'}: ${reason.en}`,
  }
}

/* ------------------------------------------------------------------------ */
/* Why a record value cannot be read                                         */
/* ------------------------------------------------------------------------ */

export const recordValueWhy = {
  notText: { nl: 'de waarde is geen tekst of getal.', en: 'the value is not text or a number.' },
  empty: { nl: 'de waarde is leeg.', en: 'the value is empty.' },
  notFinite: (value: string): Text => ({
    nl: `waarde ${value} is geen eindig getal.`,
    en: `value ${value} is not a finite number.`,
  }),
  ambiguous: (text: string, thousands: string, decimal: string, unambiguousDecimal: string): Text => ({
    nl: `waarde ${quote(text)} is dubbelzinnig: ${thousands} in Belgische notatie of ${decimal} in internationale notatie. Schrijf ${thousands} voor het eerste, ${unambiguousDecimal} voor het tweede.`,
    en: `value ${quote(text)} is ambiguous: ${thousands} in nl-BE notation or ${decimal} in international notation. Write ${thousands} for the first, ${unambiguousDecimal} for the second.`,
  }),
  notANumber: (text: string, reason: Text): Text => ({
    nl: `waarde ${quote(text)} is geen getal (${reason.nl}).`,
    en: `value ${quote(text)} is not a number (${reason.en}).`,
  }),
}

/* ------------------------------------------------------------------------ */
/* Derivations                                                               */
/* ------------------------------------------------------------------------ */

export function operandCount(
  operation: Operation,
  rule: 'exactly' | 'at least',
  needed: number,
  got: number,
): Text {
  const name = OPERATION_NAMES[operation]
  return {
    nl: `een ${name.nl} heeft ${rule === 'exactly' ? 'precies' : 'minstens'} ${needed} operand${needed === 1 ? '' : 'en'} nodig, maar kreeg er ${got}`,
    en: `a ${name.en} needs ${rule} ${needed} operand${needed === 1 ? '' : 's'} but got ${got}`,
  }
}

export function invalidOperand(index: number, value: unknown): Text {
  const shown = typeof value === 'string' ? `"${value}"` : String(value)
  return {
    nl: `operand ${index + 1} (${shown}) is geen geldig getal`,
    en: `operand ${index + 1} (${shown}) is not a valid number`,
  }
}

export function divisionByZero(operation: Operation): Text {
  if (operation === 'growth') {
    return {
      nl: 'groei vanaf 0 bestaat niet: de eerdere periode is 0 (toon de verandering in plaats van de groei)',
      en: 'there is no growth from 0: the earlier period is 0 (show the change instead of the growth)',
    }
  }
  const name = OPERATION_NAMES[operation]
  return {
    nl: `deling door nul: de noemer van de ${name.nl} is 0`,
    en: `division by zero: the denominator of the ${name.en} is 0`,
  }
}

export function unknownOperation(operation: unknown): Text {
  return {
    nl: `onbekende bewerking "${String(operation)}"`,
    en: `unknown operation "${String(operation)}"`,
  }
}

/* ------------------------------------------------------------------------ */
/* Comparisons                                                               */
/* ------------------------------------------------------------------------ */

export function exactMismatch(shown: string, expected: string): Text {
  return {
    nl: `"${shown}" moet exact gelijk zijn aan ${expected}: een aantal of bedrag uit één record wordt nooit afgerond`,
    en: `"${shown}" must equal ${expected} exactly: a count or amount taken from a single record is never rounded`,
  }
}

export function tolerantMismatch(shown: string, expected: string): Text {
  return {
    nl: `"${shown}" wijkt af van ${expected}: het verschil is niet kleiner dan één eenheid van het laatst getoonde cijfer`,
    en: `"${shown}" differs from ${expected}: the difference is not smaller than one unit of the last printed digit`,
  }
}

export function halfUpMismatch(shown: string, expected: string): Text {
  return {
    nl: `"${shown}" moet ${expected} zijn (afgerond vanaf 5 naar boven)`,
    en: `"${shown}" must be ${expected} (rounded half up)`,
  }
}

/* ------------------------------------------------------------------------ */
/* Footing                                                                   */
/* ------------------------------------------------------------------------ */

export function footingMismatch(
  label: string,
  totalKey: string,
  total: string,
  sum: string,
  parts: string,
): Text {
  return {
    nl: `Voettelling "${label}": totaal ${totalKey} = ${total}, som van de delen = ${sum} (${parts})`,
    en: `Footing "${label}": total ${totalKey} = ${total}, sum of the parts = ${sum} (${parts})`,
  }
}

export function footingNoParts(label: string, totalKey: string): Text {
  return {
    nl: `Voettelling "${label}": totaal ${totalKey} heeft geen delen om op te tellen`,
    en: `Footing "${label}": total ${totalKey} has no parts to add up`,
  }
}

export function footingMissingValues(label: string, keys: string[]): Text {
  return {
    nl: `Voettelling "${label}": geen waarde voor ${keys.join(', ')}`,
    en: `Footing "${label}": no value for ${keys.join(', ')}`,
  }
}

export function footingInvalidValues(label: string, entries: string[]): Text {
  return {
    nl: `Voettelling "${label}": geen geldig getal in ${entries.join(', ')}`,
    en: `Footing "${label}": not a valid number in ${entries.join(', ')}`,
  }
}

/* ------------------------------------------------------------------------ */
/* Document findings                                                         */
/* ------------------------------------------------------------------------ */

export function figureMismatch(label: string, shown: string, expected: string, source: Text): Text {
  return {
    nl: `Kerncijfer "${label}" toont ${shown} maar de data zegt ${expected} (bron: ${source.nl})`,
    en: `Key figure "${label}" shows ${shown} but the data says ${expected} (source: ${source.en})`,
  }
}

export function figureUnreadable(label: string, reason: Text, expected: string, source: Text): Text {
  return {
    nl: `Kerncijfer "${label}": ${reason.nl}; de data zegt ${expected} (bron: ${source.nl})`,
    en: `Key figure "${label}": ${reason.en}; the data says ${expected} (source: ${source.en})`,
  }
}

export function figureUnresolved(label: string, shown: string, reason: Text): Text {
  return {
    nl: `Kerncijfer "${label}" (toont "${shown}") kan niet gecontroleerd worden: ${reason.nl}`,
    en: `Key figure "${label}" (shows "${shown}") cannot be checked: ${reason.en}`,
  }
}

export const unresolvedWhy = {
  notLinked: { nl: 'niet gekoppeld aan data', en: 'not linked to data' },
  unknownUnit: (unit: unknown): Text => ({
    nl: `onbekende eenheid "${String(unit)}"`,
    en: `unknown unit "${String(unit)}"`,
  }),
  recordMissing: (id: string): Text => ({
    nl: `record ${id} bestaat niet (meer)`,
    en: `record ${id} does not exist (any more)`,
  }),
  emptyOperand: (index: number): Text => ({
    nl: `operand ${index + 1} verwijst naar geen record`,
    en: `operand ${index + 1} refers to no record`,
  }),
  datasetUnpublished: (slug: string): Text => ({
    nl: `dataset ${slug} is niet gepubliceerd`,
    en: `dataset ${slug} is not published`,
  }),
  invalidRecordValue: (source: string, value: unknown): Text => ({
    nl: `record ${source} heeft geen geldige waarde (${JSON.stringify(value) ?? String(value)})`,
    en: `record ${source} has no valid value (${JSON.stringify(value) ?? String(value)})`,
  }),
  recordUnit: (figureUnit: FigureUnit, source: string, recordUnit: FigureUnit): Text => ({
    nl: `het kerncijfer is een ${UNIT_NAMES[figureUnit].nl}, maar record ${source} is een ${unitName(recordUnit).nl}`,
    en: `the key figure is a ${UNIT_NAMES[figureUnit].en}, but record ${source} is a ${unitName(recordUnit).en}`,
  }),
  percentageUnit: (figureUnit: FigureUnit): Text => ({
    nl: `een percentage wordt getoond als percentage, niet als ${UNIT_NAMES[figureUnit].nl}`,
    en: `a percentage is shown as a percentage, not as a ${UNIT_NAMES[figureUnit].en}`,
  }),
  operandUnit: (operation: Operation, figureUnit: FigureUnit, source: string, recordUnit: FigureUnit): Text => ({
    nl: `een ${OPERATION_NAMES[operation].nl} als ${UNIT_NAMES[figureUnit].nl} kan enkel records met die eenheid combineren, maar ${source} is een ${unitName(recordUnit).nl}`,
    en: `a ${OPERATION_NAMES[operation].en} shown as a ${UNIT_NAMES[figureUnit].en} can only combine records of that unit, but ${source} is a ${unitName(recordUnit).en}`,
  }),
  periodOperands: (operation: Operation, found: number): Text =>
    operation === 'series'
      ? { nl: `een reeks neemt minstens één record, maar kreeg er ${found}`, en: `a series takes at least one record, but got ${found}` }
      : {
          nl: `een ${OPERATION_NAMES[operation].nl} vergelijkt precies twee perioden (deze en een eerdere), maar kreeg ${found} records`,
          en: `a ${OPERATION_NAMES[operation].en} compares exactly two periods (this one and an earlier one), but got ${found} records`,
        },
  periodUnknown: (source: string): Text => ({
    nl: `de dataset van ${source} heeft geen leesbare periode (een jaar zoals 2024 of een bereik zoals 2021-2025)`,
    en: `the dataset of ${source} has no readable period (a year such as 2024 or a range such as 2021-2025)`,
  }),
  otherSeries: (first: string, other: string): Text => ({
    nl: `${first} en ${other} horen niet bij dezelfde reeks`,
    en: `${first} and ${other} do not belong to the same series`,
  }),
  otherKey: (first: string, other: string): Text => ({
    nl: `${first} en ${other} zijn niet dezelfde maat (een andere sleutel)`,
    en: `${first} and ${other} are not the same measure (another key)`,
  }),
  samePeriod: (period: string): Text => ({
    nl: `periode ${period} komt meer dan eens voor`,
    en: `period ${period} occurs more than once`,
  }),
  notEarlier: (later: string, earlier: string): Text => ({
    nl: `de tweede periode moet de eerdere zijn, maar ${earlier} komt niet vóór ${later}`,
    en: `the second period must be the earlier one, but ${earlier} does not come before ${later}`,
  }),
  periodUnits: (period: string, unit: FigureUnit, other: string, otherUnit: FigureUnit): Text => ({
    nl: `eenheden niet vergelijkbaar: ${period} is een ${unitName(unit).nl}, ${other} een ${unitName(otherUnit).nl}`,
    en: `units cannot be compared: ${period} is a ${unitName(unit).en}, ${other} a ${unitName(otherUnit).en}`,
  }),
  growthUnit: (figureUnit: FigureUnit): Text => ({
    nl: `een groei wordt getoond als percentage, niet als ${UNIT_NAMES[figureUnit].nl}`,
    en: `a growth is shown as a percentage, not as a ${UNIT_NAMES[figureUnit].en}`,
  }),
  mixedPercentageOperands: (first: string, other: string): Text => ({
    nl: `een percentage vergelijkt gelijksoortige records, maar ${first} en ${other} hebben een verschillende eenheid`,
    en: `a percentage compares like with like, but ${first} and ${other} have different units`,
  }),
}

export function figureAwaiting(label: string, shown: string, awaited: string[]): Text {
  const list = awaited.join(', ')
  return {
    nl: `Kerncijfer "${label}" (toont "${shown}") wacht op data: ${list}`,
    en: `Key figure "${label}" (shows "${shown}") awaits data: ${list}`,
  }
}

/** "vragen.totaal 2024 t.o.v. 2023", "vte 2013-2024 (12 perioden)": what a figure over periods compares. */
export function periodsText(operation: Operation, key: string, periods: string[]): Text {
  if (operation === 'series') {
    const span = periods.length > 1 ? `${periods[0]} tot ${periods[periods.length - 1]}` : (periods[0] ?? '')
    const spanEn = periods.length > 1 ? `${periods[0]} to ${periods[periods.length - 1]}` : (periods[0] ?? '')
    return { nl: `reeks van ${key}, ${span} (laatste periode)`, en: `series of ${key}, ${spanEn} (latest period)` }
  }
  const [now, earlier] = periods
  const name = OPERATION_NAMES[operation]
  return { nl: `${name.nl} van ${key} ${now} t.o.v. ${earlier}`, en: `${name.en} of ${key} ${now} compared with ${earlier}` }
}

/** "deelnemers-2024 / deelnemers.totaal", or "som van a / x, a / y". */
export function sourceText(operation: Operation | 'record', references: string[]): Text {
  const list = references.join(', ')
  if (operation === 'record') return { nl: list, en: list }
  const name = OPERATION_NAMES[operation]
  return { nl: `${name.nl} van ${list}`, en: `${name.en} of ${list}` }
}
