export * from './paper.js'
export * from './position.js'
export {
  isPaper,
  type RecordValidation,
  type ValidateOptions,
  type ValidationProblem,
  type ValidationResult,
  validatePapers,
} from './validate.js'
export { SCHEMA_VERSION } from './version.js'
