import type { Entry, EntryFields, EntryLink, PluginContext } from '../../../src/index.js'
import { RepositoriesSchema, repositories } from '../../../src/index.js'

/** Run the repositories plugin on one entry with a recording context. */
export function run(fields: EntryFields, links: EntryLink[] = [], paper: Record<string, unknown> = {}) {
  const cited: Record<string, unknown> = {}
  const messages: string[] = []
  const context: PluginContext<typeof RepositoriesSchema> = {
    paper,
    referenceDate: '2025-12-08',
    referenceSource: 'option',
    message: (reason) => messages.push(reason),
    cite: (field, citation) => {
      cited[field] = citation
    },
  }
  const entry: Entry = { reader: 'test', index: 0, text: '', fields, links }
  const out = repositories().extract(entry, context)
  if (out instanceof Promise) throw new Error('repositories is synchronous')
  const checked = RepositoriesSchema.safeParse(out)
  if (!checked.success) throw new Error(`invalid output: ${checked.error.message}`)
  return { out: checked.data, cited, messages }
}

/** The plugin's output for one abstract, reduced to what the tables state. */
export function fromAbstract(text: string) {
  const { out } = run({ abstract: { value: text } })
  return {
    repositories: (out.repositories ?? []).map((repo) => [repo.url, repo.official] as const),
    projectPages: out.projectPages ?? [],
    links: (out.links ?? []).map((link) => [link.url, link.kind] as const),
  }
}
