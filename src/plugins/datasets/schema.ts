import { PaperSchema } from '../../schema/paper.js'

/** The field the datasets plugin contributes: `datasets`, one record per dataset the abstract mentions. */
export const DatasetsSchema = PaperSchema.pick({ datasets: true }).partial()
