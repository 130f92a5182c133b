#!/usr/bin/env node
import { main } from './main.js'

const stdinBytes = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

// A reader that stops early (`papersift parse x | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: stdinBytes,
  stdinStream: () => process.stdin,
  columns: process.stdout.columns,
  drain: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
  progress: process.stderr.isTTY === true,
})
