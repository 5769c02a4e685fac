/** The package's public types, in one place. */
export type { FigureDocument, DatasetImportEntry, FigureCheckChange, FigureCheckChangeListener, FigureCheckStatus, KeyFigures, KeyFiguresPlugin, KeyFiguresPluginOptions, PublicationCheckSection, PublicationCheckSectionProps, RemovedWithDataset, SanitizedKeyFiguresOptions } from '../types.ts'
export type { DatasetInfo, FigureInput, FigureResult, FigureUnit, Finding, FindingKind, FindingSource, LocalizedText, Operation, RecordId, RecordInfo } from '../engine/index.ts'
export type { ReportCheck, ReportFinding } from '../server/checkReport.ts'
export type { ExportedFigure, FiguresExport } from '../server/exportFigures.ts'
export type { ImportPlan, StaleDocument } from '../import/server/plan.ts'
export type { ResolvedDataset, ResolvedFigure } from '../resolve/resolveFigure.ts'
