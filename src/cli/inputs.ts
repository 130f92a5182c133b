import { stat } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/**
 * The files named by `targets`: a file as it is, a directory as every file under it (dot files
 * left out), a glob as its matches, `-` as stdin; each in order, directory and glob matches
 * sorted. A target that names nothing is a problem, reported and skipped.
 */
export async function expandInputs(targets: readonly string[]): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = []
  const problems: string[] = []
  for (const target of targets) {
    if (target === '-') {
      files.push(target)
      continue
    }
    const kind = await stat(target).then(
      (info) => (info.isDirectory() ? 'directory' : 'file'),
      () => undefined,
    )
    if (kind === 'file') {
      files.push(target)
      continue
    }
    if (kind === 'directory' || isDynamicPattern(target)) {
      const found = (
        kind === 'directory'
          ? await glob('**/*', { cwd: target, onlyFiles: true, absolute: false, expandDirectories: false }).then(
              (names) => names.map((name) => joinPath(target, name)),
            )
          : await glob(target, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(target) })
      ).sort()
      if (found.length === 0) problems.push(`${target}: error No files match`)
      for (const file of found) files.push(file)
      continue
    }
    problems.push(`${target}: error Cannot read input: no such file or directory`)
  }
  return { files, problems }
}

function joinPath(directory: string, name: string): string {
  return directory.endsWith('/') ? `${directory}${name}` : `${directory}/${name}`
}
