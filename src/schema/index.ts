export { createPaper, type PaperInit } from './create.js'
export { type DatasetEntry, DatasetEntrySchema } from './dataset-entry.js'
export { type PaperIdFields, paperId } from './id.js'
export * from './paper.js'
export { DatasetsSchema, MetadataSchema, RepositoriesSchema } from './plugins.js'
export * from './position.js'
export {
  type ExtendedPaper,
  isPaper,
  type PaperExtension,
  type RecordValidation,
  type ValidateOptions,
  type ValidationProblem,
  type ValidationResult,
  validatePapers,
} from './validate.js'
export { SCHEMA_VERSION } from './version.js'
