import { main } from '../../src/cli/main.js'

/** Run the CLI in-process; stdin is text, or chunks pulled one at a time. */
export async function cli(args: string[], stdin: string | AsyncIterable<Uint8Array> = '', columns = 100) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => new TextEncoder().encode(typeof stdin === 'string' ? stdin : ''),
    ...(typeof stdin === 'string' ? {} : { stdinStream: () => stdin }),
    columns,
  })
  return { code, stdout, stderr }
}
