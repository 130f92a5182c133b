import { PaperSchema } from '../../schema/paper.js'

/** The fields the repositories plugin contributes: code, project pages and other links. */
export const RepositoriesSchema = PaperSchema.pick({ repositories: true, projectPages: true, links: true }).partial()
