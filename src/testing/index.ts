/**
 * papersift/testing: what plugin and reader authors need to test their own, with the same
 * checks the built-ins get.
 *
 * @packageDocumentation
 */
export { type ReadEntries, readEntries } from '../core/parser.js'
export { createEntry, type EntrySpec, type TextFieldName } from './entry.js'
export {
  type FieldScore,
  type FixtureCase,
  type FixtureMismatch,
  type FixtureOptions,
  type FixtureReport,
  runFixtures,
} from './fixtures.js'
export {
  checkHostile,
  type HostileField,
  type HostileOptions,
  type HostileReport,
  type HostileTiming,
} from './hostile.js'
export { type PluginRun, type RunPluginOptions, runPlugin, runPluginSync } from './run.js'
