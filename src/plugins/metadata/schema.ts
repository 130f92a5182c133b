// Defined with the record schemas, so `papersift/schema` exports it without the plugin.
export { MetadataSchema } from '../../schema/plugins.js'
