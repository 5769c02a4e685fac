/**
 * `@jaarverslag/key-figures`: the server entry. The plugin, and what a server (hooks, endpoints,
 * scripts) may call; admin components are in `./client` and `./rsc`, types in `./types`, the pure
 * engine in `./engine`.
 */
export { keyFiguresPlugin } from './plugin.js'
export { SKIP_FIGURE_CHECK } from './types.js'
export { SKIP_FIGURE_RESOLVE } from './resolve/field.js'
export { checkReport, ReportNotFoundError } from './server/checkReport.js'
export { KeyFiguresGateError } from './server/gateError.js'
export { settleFigureRechecks } from './import/server/recheck.js'
export { applyImport, DatasetNotFoundError, ImportRefusedError, planImport } from './import/server/importDataset.js'
