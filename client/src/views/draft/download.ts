/**
 * Saving an exported file: the name comes from the server's
 * Content-Disposition (`filename*=UTF-8''…` carries the Russian name,
 * `filename="…"` is the ASCII fallback).
 */

/** The file name a Content-Disposition header gives, or null. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*([^;]+)/i.exec(header)
  if (star?.[1]) {
    const value = star[1].trim().replace(/^"(.*)"$/, '$1')
    // charset'language'percent-encoded-name
    const match = /^([^']*)'[^']*'(.*)$/.exec(value)
    const encoded = match ? match[2] ?? '' : value
    try {
      const name = decodeURIComponent(encoded)
      if (name.trim() !== '') return safeName(name)
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header)
  if (!plain) return null
  const name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : (plain[1] ?? '').trim()
  return name.trim() === '' ? null : safeName(name)
}

/** No folders in a download name. */
function safeName(name: string): string {
  return name.replace(/[/\\]/g, '_').trim()
}

/** Hands a blob to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The browser has taken the file once the click is handled; a minute is plenty for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
