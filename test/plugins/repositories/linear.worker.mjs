// Runs in a worker thread so that a super-linear pattern can be stopped: for each hostile
// input named in workerData, build 1 MB of it, run URL finding and the whole plugin, and
// post how long that took.
import { parentPort, workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { repositories } = await tsImport('../../../src/index.ts', import.meta.url)
const { findUrls } = await tsImport('../../../src/plugins/repositories/find-urls.ts', import.meta.url)

const size = 1 << 20
for (const unit of workerData.units) {
  const value = unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: size + 1, offset: size } }
  const entry = { format: 'test', index: 0, text: value, fields: { abstract: { value, position } }, links: [] }
  const context = { paper: {}, referenceDate: '2025-12-08', referenceSource: 'option', message() {}, cite() {} }
  const started = performance.now()
  findUrls(value)
  repositories().extract(entry, context)
  parentPort.postMessage({ unit, ms: performance.now() - started })
}
