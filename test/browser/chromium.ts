/**
 * Finding a Chromium to drive, without downloading one: `CHROMIUM_PATH`, else the first of the
 * usual names on `PATH` (Debian's `chromium` package installs `/usr/bin/chromium`; `.ci/run`
 * installs it).
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

/** The Chromium executable to launch, or `undefined` when there is none (or `CHROMIUM_PATH` names none). */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH
  if (given) return runnable(given) ? given : undefined
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue
    for (const name of names) if (runnable(join(folder, name))) return join(folder, name)
  }
  return undefined
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** CI must run the browser tests: a CI run without Chromium fails rather than skips. */
export const browserRequired = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0'
