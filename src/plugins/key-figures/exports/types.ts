/** The package's public types, in one place. */
export type { FigureDocument, DatasetImportEntry, FigureCheckChange, FigureCheckChangeListener, FigureCheckStatus, KeyFigures, KeyFiguresPlugin, KeyFiguresPluginOptions, PublicationCheckSection, PublicationCheckSectionProps, RemovedWithDataset, SanitizedKeyFiguresOptions } from '../types.js'
export type { DatasetInfo, FigureInput, FigureResult, FigureUnit, Finding, FindingKind, FindingSource, LocalizedText, Operation, RecordId, RecordInfo } from '../engine/index.js'
export type { ReportCheck, ReportFinding } from '../server/checkReport.js'
export type { ExportedFigure, FiguresExport } from '../server/exportFigures.js'
export type { ImportPlan, StaleDocument } from '../import/server/importDataset.js'
export type { ResolvedDataset, ResolvedFigure } from '../resolve/resolveFigure.js'
