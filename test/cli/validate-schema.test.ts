/** `papersift validate --schema plugin-fields.json`: records that carry plugin fields. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { arxivRecord } from '../schema/records.js'
import { cli } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'papersift-validate-schema-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const fields = file(
  'plugin-fields.json',
  JSON.stringify({
    type: 'object',
    properties: { conference: { type: 'string', enum: ['ICML', 'NeurIPS'] }, stars: { type: 'integer', minimum: 0 } },
    required: ['conference'],
  }),
)
const record = (extra: Record<string, unknown>) => JSON.stringify({ ...structuredClone(arxivRecord), ...extra })

describe('papersift validate --schema', () => {
  it('checks the plugin fields, and counts them as known in strict mode', async () => {
    const good = file(
      'good.jsonl',
      `${record({ conference: 'ICML', stars: 3 })}\n${record({ conference: 'NeurIPS' })}\n`,
    )
    expect(await cli(['validate', good, '--schema', fields, '--strict'])).toEqual({
      code: 0,
      stdout: '2 valid, 0 invalid\n',
      stderr: '',
    })
    // Without --schema, strict mode does not know the fields.
    expect((await cli(['validate', good, '--strict'])).stdout).toContain('Unexpected field `conference`')
  })

  it('reports a plugin field that fails its schema, or a required one that is missing', async () => {
    const bad = file('bad.jsonl', `${record({ conference: 'AAAI' })}\n${record({ stars: -1 })}\n`)
    const { code, stdout } = await cli(['validate', bad, '--schema', fields])
    expect(code).toBe(1)
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `${bad}:1: $.conference: Unexpected \`AAAI\`, expected one of \`ICML\`, \`NeurIPS\``,
      `${bad}:2: $.conference: Missing field, expected one of \`ICML\`, \`NeurIPS\``,
      `${bad}:2: $.stars: Unexpected \`-1\`, expected a number >= 0`,
      '0 valid, 2 invalid',
    ])
  })

  it('is a usage error when the file is not such a schema', async () => {
    const notSchema = file('not-schema.json', '[1, 2]')
    const result = await cli(['validate', file('x.jsonl', record({})), '--schema', notSchema])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^papersift: --schema .*not-schema\.json: expected a JSON Schema of an object whose `properties`/,
    )
    expect((await cli(['parse', '-', '--schema', fields])).stderr).toMatch(/`--schema` is not an option of `parse`/)
  })
})
