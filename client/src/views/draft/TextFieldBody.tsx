/**
 * A text field of the draft: a collaborative editor over the field's
 * fragment. A form has up to thirty of them, so an editor is made only when
 * its field comes near the screen (or gets focus); until then the text shows
 * as plain paragraphs, which also keeps the page light on an old laptop.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import type * as Y from 'yjs'
import { RichBlocks } from '../../components/RichBlocks.js'
import { CollabEditor } from '../../editor/CollabEditor.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'

/** How far below the screen an editor is already made, so scrolling does not show the plain text. */
const NEAR_SCREEN = '600px 0px'

export interface TextFieldBodyProps {
  entry: OpenDoc
  fragment: Y.XmlFragment
  /** The field's name (the editor's accessible name). */
  label: string
  /** `text` fields are one paragraph in the form: Enter does not start another. */
  single: boolean
  describedBy?: string
}

export function TextFieldBody({ entry, fragment, label, single, describedBy }: TextFieldBodyProps) {
  const { t } = useI18n()
  const { person } = usePerson()
  const { readOnly } = useAccess()
  const box = useRef<HTMLDivElement | null>(null)
  const [mounted, setMounted] = useState(false)
  const focusWhenMounted = useRef(false)

  useEffect(() => {
    const el = box.current
    if (mounted || !el) return
    if (typeof IntersectionObserver === 'undefined') {
      setMounted(true)
      return
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setMounted(true)
    }, { rootMargin: NEAR_SCREEN })
    observer.observe(el)
    return () => observer.disconnect()
  }, [mounted])

  // Printing shows every field as its editor would (the plain stand-in loses nothing, but lists print better).
  useEffect(() => {
    if (mounted) return
    const mountNow = () => flushSync(() => setMounted(true))
    window.addEventListener('beforeprint', mountNow)
    return () => window.removeEventListener('beforeprint', mountNow)
  }, [mounted])

  // Focus asked for before the editor existed (a click on the plain text, a readiness link): hand it over.
  useEffect(() => {
    if (!mounted || !focusWhenMounted.current) return
    let frame = 0
    let tries = 0
    const tryFocus = () => {
      const editable = box.current?.querySelector<HTMLElement>('.ProseMirror')
      if (editable) {
        focusWhenMounted.current = false
        editable.focus()
      } else if (tries++ < 30) frame = requestAnimationFrame(tryFocus)
    }
    tryFocus()
    return () => cancelAnimationFrame(frame)
  }, [mounted])

  // A one-line field is one line high: its hint must fit it on a phone.
  const placeholder = t(readOnly ? 'access.noValue' : single ? 'draft.text.placeholderShort' : 'draft.text.placeholder')

  const keepOneParagraph = (e: KeyboardEvent<HTMLDivElement>) => {
    if (single && e.key === 'Enter') {
      // Stopped before the editor sees it: the form's field is one paragraph.
      e.preventDefault()
      e.stopPropagation()
    }
  }

  return (
    <div ref={box} className={single ? 'draft-text draft-text--single' : 'draft-text'} onKeyDownCapture={keepOneParagraph}>
      {mounted && person ? (
        <CollabEditor
          fragment={fragment}
          provider={entry.provider}
          person={person}
          variant="compact"
          label={label}
          toolbarLabel={t('draft.text.tools', { field: label })}
          placeholder={placeholder}
          describedBy={describedBy}
        />
      ) : (
        <div
          className="draft-text__preview editor editor--compact"
          role="textbox"
          aria-multiline={!single}
          aria-readonly="true"
          aria-label={label}
          aria-describedby={describedBy}
          // A reader has nothing to focus here: the editor it stands in for is read-only too.
          tabIndex={readOnly ? undefined : 0}
          data-draft-focus={readOnly ? undefined : ''}
          onFocus={() => {
            focusWhenMounted.current = true
            setMounted(true)
          }}
        >
          <div className="editor__content">
            <RichBlocks fragment={fragment} empty={<p className="draft-text__empty">{placeholder}</p>} />
          </div>
        </div>
      )}
    </div>
  )
}
