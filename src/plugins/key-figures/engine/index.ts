/**
 * Public API of the key-figure validation engine.
 *
 * The engine is pure TypeScript (only decimal.js): it never imports Payload
 * or React, so the plugin's hooks, admin components, scripts and tests can
 * all share one definition of "this figure matches its data".
 */
export * from './types.ts'
export { Dec, decimalsOf, isDecimalString, roundToStep, stepForDecimals, toDecimal, toPlain } from './decimal.ts'
export { parseFigure } from './parse.ts'
export { awaitedKey, awaitingOf, bindAwaited } from './awaiting.ts'
export { comparePeriods, formatPeriod, nextPeriod, parsePeriod, periodCovers, seriesKeyOf, type Period } from './periods.ts'
export { readRecordValue, type RecordValueReading, writeRecordValue } from './recordValue.ts'
export { defaultStyle, formatFigure } from './format.ts'
export { deriveValue, operationArity, type DeriveResult } from './derive.ts'
export {
  compareFigure,
  comparisonRule,
  fallbackStyle,
  mayCarryPlus,
  type CompareInput,
  type CompareMismatch,
  type CompareOk,
  type CompareResult,
  type CompareUnreadable,
  type ComparisonRule,
} from './compare.ts'
export {
  checkDatasetsFooting,
  checkFooting,
  footingRuleFromRecords,
  footingRulesUsing,
  type DatasetFootingRule,
  type FootingEntry,
  type FootingProblem,
  type FootingResult,
  type FootingRule,
} from './footing.ts'
export {
  KEY_FIGURE_BLOCK,
  findInlineFigures,
  inlineFigureToInput,
  mapInlineFigures,
  type InlineFigure,
  type KeyFigureFields,
  type MapContext,
  type WalkOptions,
} from './lexical.ts'
export { collectReferencedRecordIds, normalizeRecordId } from './binding.ts'
export { checkFigures, shownText } from './checkFigures.ts'
export { verdictKey } from './verdictKey.ts'
export { operationName, quote, unitName } from './messages.ts'
export {
  findNumbersInRichText,
  findNumbersInText,
  suggestRecordsFor,
  bindNumberInRichText,
  type NumberInText,
  type NumberTarget,
  type RecordLike,
  type RichTextNumbers,
} from './unboundNumbers.ts'
