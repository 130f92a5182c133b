/**
 * The version of the `Paper` record shape, following semver: major when a field is removed,
 * renamed, narrowed or made required; minor when an optional field is added or a check is
 * relaxed; patch when only descriptions change. Independent of the package version.
 */
export const SCHEMA_VERSION = '1.2.0'
