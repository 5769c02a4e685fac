/**
 * Public API of the key-figure validation engine.
 *
 * The engine is pure TypeScript (only decimal.js): it never imports Payload
 * or React, so the plugin's hooks, admin components, scripts and tests can
 * all share one definition of "this figure matches its data".
 */
export * from './types.js'
export { Dec, decimalsOf, isDecimalString, roundToStep, stepForDecimals, toDecimal, toPlain } from './decimal.js'
export { parseFigure } from './parse.js'
export { readRecordValue, type RecordValueReading, writeRecordValue } from './recordValue.js'
export { defaultStyle, formatFigure } from './format.js'
export { deriveValue, operationArity, type DeriveResult } from './derive.js'
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
} from './compare.js'
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
} from './footing.js'
export {
  KEY_FIGURE_BLOCK,
  findInlineFigures,
  inlineFigureToInput,
  mapInlineFigures,
  type InlineFigure,
  type KeyFigureFields,
  type MapContext,
  type WalkOptions,
} from './lexical.js'
export { collectReferencedRecordIds, normalizeRecordId } from './binding.js'
export { checkFigures, shownText } from './checkFigures.js'
export { verdictKey } from './verdictKey.js'
export { operationName, quote, unitName } from './messages.js'
