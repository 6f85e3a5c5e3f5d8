/**
 * Words the draft writes or the export prints, in Russian and English:
 * canvas block titles (headings when several blocks feed one field — the
 * client's dictionary has the same names for the canvas view), table column
 * headers and the export's own lines.
 */
import type { CanvasBlockId } from '../schema/initiative.js'
import type { ContributionKind } from './tables.js'
import type { Lang, Localized } from './messages.js'

/** Canvas block names. */
export const CANVAS_BLOCK_TITLES: Readonly<Record<CanvasBlockId, Localized>> = {
  problem: { ru: 'Проблема', en: 'Problem' },
  causes: { ru: 'Причины проблемы', en: 'Causes of the problem' },
  targetGroups: { ru: 'Целевые группы', en: 'Target groups' },
  goal: { ru: 'Цель', en: 'Goal' },
  tasks: { ru: 'Задачи', en: 'Tasks' },
  activities: { ru: 'Мероприятия', en: 'Activities' },
  results: { ru: 'Ожидаемые результаты', en: 'Expected results' },
  resources: { ru: 'Ресурсы', en: 'Resources' },
  partners: { ru: 'Партнёры', en: 'Partners' },
  risks: { ru: 'Риски', en: 'Risks' },
  geography: { ru: 'География', en: 'Geography' },
}

/** Partner contribution kinds as the ФПГ form names them. */
export const CONTRIBUTION_TITLES: Readonly<Record<ContributionKind, Localized>> = {
  money: { ru: 'денежный', en: 'money' },
  information: { ru: 'информационный', en: 'information' },
  material: { ru: 'материальный', en: 'material' },
  methodical: { ru: 'методический', en: 'methodical' },
  expert: { ru: 'экспертный', en: 'expertise' },
  administrative: { ru: 'административный', en: 'administrative' },
}

/** The export's own lines and column headers. */
export const EXPORT_LABELS = {
  draftOf: { ru: 'Черновик заявки', en: 'Application draft' },
  organisation: { ru: 'Организация', en: 'Organisation' },
  board: { ru: 'Модуль', en: 'Module' },
  competition: { ru: 'Конкурс', en: 'Competition' },
  exportedOn: { ru: 'Дата выгрузки', en: 'Exported on' },
  charsOf: { ru: '{count} {chars} с пробелами из {limit}', en: '{count} {chars} with spaces of {limit}' },
  chars: { ru: '{count} {chars} с пробелами', en: '{count} {chars} with spaces' },
  itemsOf: { ru: 'пунктов: {count} из {max}', en: 'items: {count} of {max}' },
  leftover: { ru: 'Не вошло в форму', en: 'Not in the form' },
  tableNotInForm: { ru: '{table} (в этой форме такой таблицы нет)', en: '{table} (this form has no such table)' },
  readiness: { ru: 'Проверка готовности', en: 'Readiness check' },
  readinessOk: { ru: 'Замечаний нет.', en: 'No problems found.' },
  error: { ru: 'Ошибка', en: 'Error' },
  warning: { ru: 'Предупреждение', en: 'Warning' },
  period: { ru: 'с {start} по {end}', en: '{start} to {end}' },
  notSet: { ru: 'не указано', en: 'not set' },
  yes: { ru: 'да', en: 'yes' },
  no: { ru: 'нет', en: 'no' },
  noTask: { ru: 'Без задачи', en: 'No task' },
  forWhom: { ru: 'для кого', en: 'for whom' },
  where: { ru: 'где', en: 'where' },
  total: { ru: 'Итого', en: 'Total' },
  cofinancingShare: { ru: 'Доля софинансирования: {share} %', en: 'Co-financing share: {share} %' },
  tableCalendarPlan: { ru: 'Календарный план', en: 'Calendar plan' },
  tableQuantResults: { ru: 'Количественные результаты', en: 'Quantitative results' },
  tableBudget: { ru: 'Бюджет', en: 'Budget' },
  tableTeam: { ru: 'Команда проекта', en: 'Project team' },
  tablePartners: { ru: 'Партнёры', en: 'Partners' },
  // Calendar plan.
  colTask: { ru: 'Задача', en: 'Task' },
  colActivity: { ru: 'Мероприятие', en: 'Activity' },
  colStart: { ru: 'Дата начала', en: 'Start' },
  colEnd: { ru: 'Дата окончания', en: 'End' },
  colResult: { ru: 'Ожидаемые итоги', en: 'Expected outcome' },
  // Quantitative results.
  colIndicator: { ru: 'Показатель', en: 'Indicator' },
  colValue: { ru: 'Значение', en: 'Value' },
  // Budget.
  colItem: { ru: 'Наименование расхода', en: 'Item' },
  colUnitPrice: { ru: 'Стоимость единицы, ₽', en: 'Unit price, ₽' },
  colQuantity: { ru: 'Количество', en: 'Quantity' },
  colTotal: { ru: 'Общая стоимость, ₽', en: 'Total, ₽' },
  colCofinancing: { ru: 'Софинансирование, ₽', en: 'Co-financing, ₽' },
  colRequested: { ru: 'Запрашиваемая сумма, ₽', en: 'Requested, ₽' },
  colComment: { ru: 'Комментарий', en: 'Comment' },
  // Team.
  colName: { ru: 'ФИО', en: 'Name' },
  colRole: { ru: 'Роль в проекте', en: 'Role' },
  colDuties: { ru: 'Обязанности', en: 'Duties' },
  colEducation: { ru: 'Образование', en: 'Education' },
  colExperience: { ru: 'Опыт', en: 'Experience' },
  // Partners.
  colOrganisation: { ru: 'Организация', en: 'Organisation' },
  colPerson: { ru: 'Контактное лицо', en: 'Contact person' },
  colPosition: { ru: 'Должность', en: 'Position' },
  colContribution: { ru: 'Вклад', en: 'Contribution' },
  colDescription: { ru: 'Что делает', en: 'What they do' },
  colLetter: { ru: 'Письмо поддержки', en: 'Support letter' },
} as const satisfies Record<string, Localized>

export type ExportLabel = keyof typeof EXPORT_LABELS

/** An export label in a language. */
export function label(key: ExportLabel, lang: Lang): string {
  return EXPORT_LABELS[key][lang]
}

/** «знак / знака / знаков», «character / characters» for a count. */
const CHAR_WORDS: Readonly<Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>> = {
  ru: { one: 'знак', few: 'знака', many: 'знаков', other: 'знака' },
  en: { one: 'character', other: 'characters' },
}

/** The word for "characters" that agrees with `count` («1 знак», «24 знака», «681 знак», «5000 знаков»). */
export function charsWord(count: number, lang: Lang): string {
  const words = CHAR_WORDS[lang]
  return words[new Intl.PluralRules(lang).select(count)] ?? words.other
}
