/** The form's sections in order, each with its fields: edit, add, remove (with «Отменить»), reorder. */
import { useState } from 'react'
import type { Template, TemplateField, TemplateSection } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { UndoOffer } from '../../components/UndoBar.js'
import { FieldEditor } from './FieldEditor.js'
import { issuesAt, type EditorIssue } from './issues.js'
import { IssueList, TextInput } from './inputs.js'
import { ItemTools } from './ItemTools.js'
import { insertAt, moveItem, newField, newSection, usedIds, withField, withSection } from './templateEdits.js'

export interface SectionsEditorProps {
  template: Template
  issues: readonly EditorIssue[]
  onChange(template: Template): void
  /** A change applied to the template as it is then (undo comes later, after other edits). */
  update(change: (template: Template) => Template): void
  offerUndo(offer: UndoOffer): void
}

export function SectionsEditor({ template, issues, onChange, update, offerUndo }: SectionsEditorProps) {
  const { t } = useI18n()
  const sections = template.sections
  const setSections = (next: TemplateSection[]) => onChange({ ...template, sections: next })
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set())
  const hasIssues = (path: string) => issues.some((i) => i.path === path || i.path.startsWith(`${path}.`))
  // Closed by default (the ФПГ form has 17 sections); one with a problem opens by itself.
  const isOpen = (id: string, path: string) => opened.has(id) || hasIssues(path)
  const toggle = (id: string, open: boolean) =>
    setOpened((prev) => {
      if (prev.has(id) === open) return prev
      const next = new Set(prev)
      if (open) next.add(id)
      else next.delete(id)
      return next
    })
  const sectionName = (s: TemplateSection) => (s.title.trim() === '' ? t('templates.sectionUntitled') : t('templates.quoted', { text: s.title.trim() }))

  const removeSection = (si: number) => {
    const gone = sections[si] as TemplateSection
    setSections(sections.filter((_, i) => i !== si))
    offerUndo({ message: t('templates.sectionRemoved', { name: sectionName(gone) }), undo: () => update((tpl) => ({ ...tpl, sections: insertAt(tpl.sections, si, gone) })) })
  }
  const removeField = (si: number, fi: number) => {
    const section = sections[si] as TemplateSection
    const gone = section.fields[fi] as TemplateField
    onChange(withSection(template, si, (s) => ({ ...s, fields: s.fields.filter((_, i) => i !== fi) })))
    offerUndo({
      message: t('templates.fieldRemoved', { name: gone.title.trim() || t('templates.fieldUntitled') }),
      // Back into its section wherever that is now; at the end of the first one if the section went too.
      undo: () =>
        update((tpl) => {
          const at = tpl.sections.findIndex((x) => x.id === section.id)
          return withSection(tpl, Math.max(0, at), (x) => ({ ...x, fields: insertAt(x.fields, at === -1 ? x.fields.length : fi, gone) }))
        }),
    })
  }

  return (
    <section className="section tpl-sections" aria-labelledby="tpl-sections-title">
      <h2 id="tpl-sections-title" className="section__title">
        {t('templates.sections')}
      </h2>
      <IssueList issues={issuesAt(issues, 'sections')} />
      <ol className="tpl-sections__list">
        {sections.map((s, si) => {
          const path = `sections.${si}`
          return (
            <li key={s.id} className="tpl-section" data-section={s.id}>
              {/* A <details>, not a button: it still opens inside the read-only (disabled) fieldset. */}
              <details open={isOpen(s.id, path)} onToggle={(e) => toggle(s.id, e.currentTarget.open)}>
                <summary className="tpl-section__summary">
                  {s.number && <span className="tpl-section__number">{s.number}</span>}
                  <span className="tpl-section__name">{s.title.trim() || t('templates.sectionUntitled')}</span>
                  <span className="tpl-section__count">{t('templates.fieldCount', { count: s.fields.length })}</span>
                  {hasIssues(path) && <span className="tpl-section__bad">{t('templates.sectionHasIssues')}</span>}
                </summary>
                <div className="tpl-section__head">
                  <div className="tpl-grid">
                    <TextInput className="tpl-field--number" label={t('templates.number')} path={`${path}.number`} issues={issues} value={s.number} maxLength={16} onChange={(number) => setSections(sections.map((x, i) => (i === si ? { ...x, number } : x)))} />
                    <TextInput className="tpl-field--grow" label={t('templates.sectionTitle')} path={`${path}.title`} issues={issues} value={s.title} onChange={(title) => setSections(sections.map((x, i) => (i === si ? { ...x, title } : x)))} />
                  </div>
                  <ItemTools
                    name={sectionName(s)}
                    onUp={si > 0 ? () => setSections(moveItem(sections, si, -1)) : null}
                    onDown={si < sections.length - 1 ? () => setSections(moveItem(sections, si, 1)) : null}
                    onRemove={sections.length > 1 ? () => removeSection(si) : null}
                  />
                </div>
                <IssueList issues={issuesAt(issues, `${path}.fields`)} />
                <ol className="tpl-fields">
                  {s.fields.map((f, fi) => (
                    <FieldEditor
                      key={f.id}
                      field={f}
                      path={`${path}.fields.${fi}`}
                      issues={issues}
                      onChange={(field) => onChange(withField(template, si, fi, () => field))}
                      onUp={fi > 0 ? () => onChange(withSection(template, si, (x) => ({ ...x, fields: moveItem(x.fields, fi, -1) }))) : null}
                      onDown={fi < s.fields.length - 1 ? () => onChange(withSection(template, si, (x) => ({ ...x, fields: moveItem(x.fields, fi, 1) }))) : null}
                      onRemove={s.fields.length > 1 ? () => removeField(si, fi) : null}
                    />
                  ))}
                </ol>
                <button type="button" className="button tpl-add" onClick={() => onChange(withSection(template, si, (x) => ({ ...x, fields: [...x.fields, newField(usedIds(template), t('templates.newField'))] })))}>
                  {t('templates.addField')}
                </button>
              </details>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button tpl-add"
        onClick={() => {
          const added = newSection(usedIds(template), t('templates.newSection'), t('templates.newField'))
          setSections([...sections, added])
          toggle(added.id, true)
        }}
      >
        {t('templates.addSection')}
      </button>
    </section>
  )
}
