/** Copies text: the Clipboard API where allowed (https or localhost), else selects the field for Ctrl+C. */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return 'copied'
    }
  } catch {
    // Refused (permissions, an old browser): fall back to selecting.
  }
  if (field) {
    field.focus()
    field.select()
    field.setSelectionRange(0, text.length)
    try {
      // Deprecated but still the only way on plain http in many browsers.
      if (document.execCommand('copy')) return 'copied'
    } catch {
      // The selection stays for the person to copy.
    }
  }
  return 'selected'
}
