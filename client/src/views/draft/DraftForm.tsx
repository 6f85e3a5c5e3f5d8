/**
 * The draft laid out as the form: sections in the form's order, each field
 * in its shell with the body its kind needs, then «Не вошло в форму» when a
 * template switch left text there.
 */
import { draftFragment, leftoverFragment } from '../../../../shared/draft/index.js'
import { TABLE_KINDS, type Template, type TemplateField, type TemplateSection } from '../../../../shared/templates/index.js'
import { useFragmentText } from '../../editor/useFragmentText.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { TableField } from './tables/TableField.js'
import { ChoiceFieldBody } from './ChoiceFieldBody.js'
import { FieldShell, fieldElementId } from './FieldShell.js'
import { ListFieldBody } from './ListFieldBody.js'
import { PeriodFieldBody } from './PeriodFieldBody.js'
import { TextFieldBody } from './TextFieldBody.js'

/** A field's name with its number, as the readiness list and the export say it. */
const numbered = (number: string, title: string) => (number === '' ? title : `${number} ${title}`)

export function DraftForm({ entry, template }: { entry: OpenDoc; template: Template }) {
  return (
    <div className="draft-form">
      {template.sections.map((section) => (
        <DraftSection key={section.id} entry={entry} template={template} section={section} />
      ))}
      <LeftoverSection entry={entry} />
    </div>
  )
}

function DraftSection({ entry, template, section }: { entry: OpenDoc; template: Template; section: TemplateSection }) {
  const [only] = section.fields
  // A one-field section is the field: one heading, the section's, not two saying the same.
  if (section.fields.length === 1 && only) {
    const number = only.number !== '' ? only.number : section.number
    return (
      <div className="draft-section">
        <FieldShell doc={entry.doc} field={only} number={number} title={section.title} level={3}>
          <FieldBody entry={entry} template={template} field={only} label={numbered(number, section.title)} />
        </FieldShell>
      </div>
    )
  }
  // When a field repeats the section's name («1 Грантовое направление» over «1 Грантовое направление»), the fields carry the headings.
  const titled = !section.fields.some((f) => f.title === section.title)
  const headingId = `draft-section-${section.id}`
  return (
    <section className="draft-section draft-section--group" aria-labelledby={titled ? headingId : undefined}>
      {titled && (
        <h3 className="draft-section__title" id={headingId}>
          {section.number !== '' && <span className="draft-field__number">{section.number}</span>}
          {section.title}
        </h3>
      )}
      {section.fields.map((field) => (
        <FieldShell key={field.id} doc={entry.doc} field={field} number={field.number} title={field.title} level={titled ? 4 : 3}>
          <FieldBody entry={entry} template={template} field={field} label={numbered(field.number, field.title)} />
        </FieldShell>
      ))}
    </section>
  )
}

function FieldBody({ entry, template, field, label }: { entry: OpenDoc; template: Template; field: TemplateField; label: string }) {
  // The hint and the counter: a screen reader says both on entering the text.
  const base = fieldElementId(field.id)
  const describedBy = field.hint !== '' ? `${base}-hint ${base}-count` : `${base}-count`
  if (TABLE_KINDS.includes(field.kind)) return <TableField entry={entry} field={field} template={template} />
  switch (field.kind) {
    case 'text':
    case 'rich':
      return <TextFieldBody entry={entry} fragment={draftFragment(entry.doc, field.id)} label={label} single={field.kind === 'text'} describedBy={describedBy} />
    case 'list':
      return <ListFieldBody entry={entry} field={field} label={label} />
    case 'choice':
      return <ChoiceFieldBody entry={entry} field={field} label={label} />
    case 'period':
      return <PeriodFieldBody entry={entry} fieldId={field.id} />
    default:
      return null
  }
}

/** Text a template switch had no place for; hidden while it is empty. */
function LeftoverSection({ entry }: { entry: OpenDoc }) {
  const { t } = useI18n()
  const fragment = leftoverFragment(entry.doc)
  const text = useFragmentText(fragment)
  if (text.text.trim() === '') return null
  return (
    <section className="draft-section draft-leftover" id="draft-leftover" aria-labelledby="draft-leftover-title">
      <h3 className="draft-section__title" id="draft-leftover-title">
        {t('draft.leftover.title')}
      </h3>
      <p className="draft-field__hint" id="draft-leftover-hint">
        {t('draft.leftover.explain')}
      </p>
      <TextFieldBody entry={entry} fragment={fragment} label={t('draft.leftover.label')} single={false} describedBy="draft-leftover-hint" />
    </section>
  )
}
