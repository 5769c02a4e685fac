/**
 * `@jaarverslag/key-figures`: the server entry. The plugin, and what a server (hooks, endpoints,
 * scripts) may call; admin components are in `./client` and `./rsc`, types in `./types`, the pure
 * engine in `./engine`.
 */
export { keyFiguresPlugin } from './plugin.ts'
export { SKIP_FIGURE_CHECK } from './types.ts'
export { SKIP_FIGURE_RESOLVE } from './resolve/field.ts'
export { checkReport, ReportNotFoundError } from './server/checkReport.ts'
export { KeyFiguresGateError } from './server/gateError.ts'
export { settleFigureRechecks } from './import/server/recheck.ts'
export { applyImport, DatasetNotFoundError, ImportRefusedError, planImport } from './import/server/importDataset.ts'
