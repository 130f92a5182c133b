/**
 * A damage sweep (issue 15): every fixture whose name starts with the prefix given, damaged at
 * `N` evenly spread offsets (default 200; `SHIFT`, default 0.37, moves them within their step),
 * one damage each, the four operations in turn (flip, insert, delete, cut) with the damaging
 * characters of `test/hostile/damage.ts`. Prints, per fixture, how many damages cost more than
 * the entry they hit (the rule the damage test applies; documented exceptions excluded) and the
 * first few of them. `npx tsx scripts/damage-sweep.ts generic-html/` (`N=200 SHIFT=0.71`).
 */
import { parseSync } from '../src/index.js'
import { damaging, fixtures, judge, type Operation } from '../test/hostile/damage.js'

const operations: Operation[] = ['flip', 'insert', 'delete', 'cut']
const prefix = process.argv[2] ?? ''
const count = Number(process.env.N ?? 200)
const shift = Number(process.env.SHIFT ?? 0.37)

let total = 0
for (const fixture of fixtures().filter((each) => each.name.startsWith(prefix))) {
  const base = parseSync(fixture.text, { referenceDate: '2025-12-08', ...fixture.options })
  let over = 0
  const examples: string[] = []
  for (let step = 0; step < count; step++) {
    const operation = operations[step % operations.length] as Operation
    const offset = Math.floor((fixture.text.length * (step + shift)) / count)
    const character = damaging[(step * 7 + 3) % damaging.length] as string
    const verdict = judge(fixture, base.papers, base.format, operation, offset, character)
    if (verdict.affected <= verdict.allowed || verdict.exception) continue
    over++
    if (examples.length < 3)
      examples.push(
        `${operation} ${JSON.stringify(character)} at ${offset}: ${verdict.affected} of ${base.papers.length}`,
      )
  }
  total += over
  console.log(fixture.name.padEnd(48), `${over}/${count}`, examples.join(' | '))
}
console.log(`over the rule: ${total}`)
