#!/usr/bin/env node
import { main } from './main.js'

const stdinBytes = async (): Promise<Uint8Array> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: stdinBytes,
  stdinStream: () => process.stdin,
  columns: process.stdout.columns,
})
