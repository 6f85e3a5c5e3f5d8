/** Budget articles (code and title, in order; «1.1» under «1») and the caps the competition states, money in roubles. */
import type { BudgetCaps, Template } from '../../../../shared/templates/index.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { issuesAt, type EditorIssue } from './issues.js'
import { CountInput, IssueList, MoneyInput, TextInput } from './inputs.js'
import { ItemTools } from './ItemTools.js'
import { moveItem, withArticle } from './templateEdits.js'

export interface BudgetEditorProps {
  template: Template
  issues: readonly EditorIssue[]
  onChange(template: Template): void
}

type MoneyCap = 'salaryPerMonth' | 'hotelPerNight' | 'dailyAllowance' | 'maxRequested'
const MONEY_CAPS: readonly MoneyCap[] = ['salaryPerMonth', 'hotelPerNight', 'dailyAllowance', 'maxRequested']

export function BudgetEditor({ template, issues, onChange }: BudgetEditorProps) {
  const { t } = useI18n()
  const articles = template.budgetArticles
  const setCaps = (patch: Partial<BudgetCaps>) => onChange({ ...template, caps: { ...template.caps, ...patch } })
  const next = () => {
    const top = articles.filter((a) => !a.code.includes('.')).map((a) => Number(a.code))
    return String(top.length === 0 ? 1 : Math.max(...top) + 1)
  }
  return (
    <section className="section tpl-budget" aria-labelledby="tpl-budget-title">
      <h2 id="tpl-budget-title" className="section__title">
        {t('templates.budget')}
      </h2>
      <p className="muted tpl-note">{t('templates.articlesHint')}</p>
      <IssueList issues={issuesAt(issues, 'budgetArticles')} />
      {articles.length === 0 && <p className="tpl-note">{t('templates.noArticles')}</p>}
      <ol className="tpl-articles">
        {articles.map((a, i) => {
          const path = `budgetArticles.${i}`
          const name = `${a.code} ${a.title}`.trim()
          return (
            <li key={i} className={`tpl-article ${a.code.includes('.') ? 'tpl-article--sub' : ''}`}>
              <TextInput labelHidden={i > 0} className="tpl-field--code" label={t('templates.articleCode')} path={`${path}.code`} issues={issues} value={a.code} maxLength={5} onChange={(code) => onChange(withArticle(template, i, (x) => ({ ...x, code })))} />
              <TextInput labelHidden={i > 0} className="tpl-field--grow" label={t('templates.articleTitle')} path={`${path}.title`} issues={issues} value={a.title} onChange={(title) => onChange(withArticle(template, i, (x) => ({ ...x, title })))} />
              <ItemTools
                name={name || t('templates.articleUntitled')}
                onUp={i > 0 ? () => onChange({ ...template, budgetArticles: moveItem(articles, i, -1) }) : null}
                onDown={i < articles.length - 1 ? () => onChange({ ...template, budgetArticles: moveItem(articles, i, 1) }) : null}
                onRemove={() => onChange({ ...template, budgetArticles: articles.filter((_, k) => k !== i) })}
              />
            </li>
          )
        })}
      </ol>
      <button type="button" className="button tpl-add" onClick={() => onChange({ ...template, budgetArticles: [...articles, { code: next(), title: t('templates.newArticle') }] })}>
        {t('templates.addArticle')}
      </button>

      <h3 className="tpl-subtitle">{t('templates.caps')}</h3>
      <p className="muted tpl-note">{t('templates.capsHint')}</p>
      <div className="tpl-grid tpl-grid--caps">
        {MONEY_CAPS.map((cap) => (
          <MoneyInput key={cap} label={t(`templates.cap.${cap}`)} path={`caps.${cap}`} issues={issues} value={template.caps[cap]} onChange={(v) => setCaps({ [cap]: v })} />
        ))}
        <CountInput label={t('templates.cap.subcontractSharePercent')} path="caps.subcontractSharePercent" issues={issues} value={template.caps.subcontractSharePercent} onChange={(v) => setCaps({ subcontractSharePercent: v })} />
      </div>
      <TextInput label={t('templates.cap.note')} path="caps.note" issues={issues} value={template.caps.note} multiline maxLength={500} onChange={(note) => setCaps({ note })} />
    </section>
  )
}
