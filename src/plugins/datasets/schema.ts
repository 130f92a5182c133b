// Defined with the record schemas, so `papersift/schema` exports it without the plugin.
export { DatasetsSchema } from '../../schema/plugins.js'
