/** The generic reader's driver: the kept groups' records in document order, each with its group. */
import { describe, expect, it } from 'vitest'
import type { Group } from '../../../src/readers/generic-html/groups.js'
import { keptRecords } from '../../../src/readers/generic-html/index.js'
import type { Record } from '../../../src/readers/generic-html/record.js'
import { seeded } from '../../helpers.js'

const record = (start: number, evidence: number, tag: string) => ({ start, evidence, tag }) as unknown as Record
const group = (records: Record[]) => ({ records }) as unknown as Group

/** What the driver did before: `flatMap` of the records with evidence, then a stable sort by start. */
function reference(kept: Group[]): Array<[Record, Group]> {
  return kept
    .flatMap((item) =>
      item.records.filter((entry) => entry.evidence > 0).map((entry) => [entry, item] as [Record, Group]),
    )
    .sort((a, b) => a[0].start - b[0].start)
}

describe('keptRecords', () => {
  it('orders records like a flatMap and a stable sort, with evidence only, on random groups', () => {
    const next = seeded(11)
    const random = () => next(1_000_000) / 1_000_000
    for (let round = 0; round < 500; round++) {
      const kept: Group[] = []
      const groups = 1 + Math.floor(random() * 4)
      for (let index = 0; index < groups; index++) {
        const records: Record[] = []
        let start = Math.floor(random() * 50)
        const count = Math.floor(random() * 8)
        for (let at = 0; at < count; at++) {
          // Mostly ascending within a group, with ties and the odd step back; evidence 0, NaN or more.
          start += Math.floor(random() * 20) - (random() < 0.1 ? 15 : 0)
          const evidence = random() < 0.2 ? 0 : random() < 0.05 ? Number.NaN : Math.floor(random() * 4) + 1
          records.push(record(start, evidence, `${index}.${at}`))
        }
        kept.push(group(records))
      }
      const { records, owners } = keptRecords(kept)
      const expected = reference(kept)
      expect(records).toEqual(expected.map(([entry]) => entry))
      expect(owners.every((owner, index) => owner === expected[index]?.[1])).toBe(true)
    }
  })
})
