/**
 * File names for downloads: the Russian name for browsers that read RFC 5987
 * (`filename*=UTF-8''…`, all current ones) and a transliterated ASCII
 * fallback for the rest (`filename="…"`).
 */

const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
}

/** Longest file name (characters, before the extension); file systems take 255 bytes. */
const NAME_MAX = 120

/** A file name safe on every system: no path separators, reserved or control characters; never empty. */
export function safeFileName(name: string, fallback = 'export'): string {
  const clean = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  const cut = [...clean].slice(0, NAME_MAX).join('').trim()
  return cut === '' ? fallback : cut
}

/** Russian letters transliterated, dashes and quotes made ASCII, anything else non-ASCII dropped. */
export function asciiFileName(name: string, fallback = 'export'): string {
  const out = [...name]
    .map((ch) => {
      const lower = ch.toLowerCase()
      const latin = TRANSLIT[lower]
      if (latin !== undefined) return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1)
      if (/[\u2012-\u2015\u2212]/.test(ch)) return '-'
      if (/[«»„“”]/.test(ch)) return ''
      return /[\x20-\x7e]/.test(ch) ? ch : ''
    })
    .join('')
  return safeFileName(out.replace(/[%;,]/g, '').replace(/\s+/g, ' '), fallback)
}

/** RFC 5987 percent-encoding (encodeURIComponent leaves a few characters the header grammar does not allow). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** `Content-Disposition: attachment` with both the UTF-8 name and its ASCII fallback. */
export function contentDisposition(baseName: string, extension: string): string {
  const name = `${safeFileName(baseName)}.${extension}`
  const ascii = `${asciiFileName(baseName)}.${extension}`
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`
}
