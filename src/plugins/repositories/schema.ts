// Defined with the record schemas, so `papersift/schema` exports it without the plugin.
export { RepositoriesSchema } from '../../schema/plugins.js'
