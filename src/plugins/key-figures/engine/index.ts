/**
 * Public API of the key-figure validation engine.
 *
 * The engine is pure TypeScript (only decimal.js): it never imports Payload
 * or React, so the plugin's hooks, admin components, scripts and tests can
 * all share one definition of "this figure matches its data".
 */
export * from './units'
export { Dec, decimalsOf, isDecimalString, roundToStep, stepForDecimals, toDecimal, toPlain } from './decimal'
export { parseFigure } from './parse'
export { readRecordValue, type RecordValueReading, writeRecordValue } from './recordValue'
export { defaultStyle, formatFigure } from './format'
export { deriveValue, operationArity, type DeriveResult } from './derive'
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
} from './compare'
export {
  checkFooting,
  footingRulesUsing,
  type FootingEntry,
  type FootingProblem,
  type FootingResult,
  type FootingRule,
} from './footing'
export {
  KEY_FIGURE_BLOCK,
  findInlineFigures,
  inlineFigureToInput,
  mapInlineFigures,
  type InlineFigure,
  type KeyFigureFields,
  type MapContext,
  type WalkOptions,
} from './lexical'
export {
  checkDatasetsFooting,
  checkFigures,
  collectReferencedRecordIds,
  footingRuleFromRecords,
  normalizeRecordId,
  shownText,
  verdictKey,
  type DatasetFootingRule,
} from './checkDocument'
export { operationName, quote, unitName } from './messages'
