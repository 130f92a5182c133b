import type { CliIo } from './io.js'

/** A one-line progress bar on stderr (only made when stderr is a terminal). */
export interface Progress {
  paper(bytes: number): void
  file(papers: number, bytes: number): void
  /** Erase the line, so a message can be written above it. */
  clear(): void
  done(): void
}

/** `files 3/200  papers 1234  2.1 MB/s  ETA 12s`, redrawn at most ten times a second. */
export function progressBar(totalFiles: number, totalBytes: number, io: Pick<CliIo, 'stderr'>): Progress {
  const started = Date.now()
  let files = 0
  let papers = 0
  let bytes = 0
  let filePapers = 0
  let drawn = 0
  let shown = false
  const draw = (force = false) => {
    const now = Date.now()
    if (!force && now - drawn < 100) return
    drawn = now
    const seconds = Math.max((now - started) / 1000, 0.001)
    const rate = bytes / seconds
    const left = totalBytes > bytes && rate > 0 ? Math.ceil((totalBytes - bytes) / rate) : 0
    const width = 20
    const filled = totalFiles === 0 ? width : Math.round((files / totalFiles) * width)
    io.stderr(
      `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] files ${files}/${totalFiles}  papers ${papers + filePapers}  ${(rate / 1e6).toFixed(1)} MB/s  ETA ${left}s`,
    )
    shown = true
  }
  return {
    paper() {
      filePapers++
      draw()
    },
    file(count, size) {
      files++
      papers += count
      filePapers = 0
      bytes += size
      draw(files === totalFiles)
    },
    clear() {
      if (shown) io.stderr('\r\u001b[2K')
      shown = false
    },
    done() {
      if (shown) io.stderr('\n')
      shown = false
    },
  }
}
