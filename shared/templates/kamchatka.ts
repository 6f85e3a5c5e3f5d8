/**
 * The Kamchatka regional competition for socially oriented NGOs (the krai's
 * ministry, on камчатка.гранты.рф — the same family of sites as ФПГ's). The
 * sections are those of the seed application; the portal's exact limits are
 * not published, so none are set: a curator fills them in a copy.
 */
import { FPG_BUDGET_ARTICLES } from './fpg.js'
import type { TemplateInput } from './types.js'

export const KAMCHATKA_TEMPLATE: TemplateInput = {
  id: 'kamchatka-sonko',
  name: 'Региональный конкурс СО НКО (Камчатский край)',
  shortName: 'Камчатка СО НКО',
  competition: 'Конкурс Камчатского края для социально ориентированных НКО',
  version: '',
  source: 'Разделы — по заявке-образцу на камчатка.гранты.рф; пределы знаков не опубликованы. Статьи бюджета — как на сайтах семьи «гранты.рф» (как в ФПГ); до 1 млн ₽ на проект.',
  sections: [
    { id: 'title', title: 'Название проекта', fields: [{ id: 'title', title: 'Название проекта', kind: 'text', role: 'title', required: true, hint: 'Коротко и понятно, без кавычек и точки в конце' }] },
    { id: 'summary', title: 'Краткое описание', fields: [{ id: 'summary', title: 'Краткое описание', kind: 'rich', role: 'summary', required: true, hint: 'Целевая группа и территория, проблема, мероприятия, результаты' }] },
    { id: 'goal', title: 'Цель', fields: [{ id: 'goal', title: 'Цель', kind: 'text', role: 'goal', from: ['goal'], required: true, hint: 'Конкретная, измеримая, достижимая и со сроком' }] },
    { id: 'tasks', title: 'Задачи', fields: [{ id: 'tasks', title: 'Задачи', kind: 'list', role: 'tasks', from: ['tasks'], required: true, hint: 'Одна задача на каждую причину проблемы' }] },
    { id: 'problem', title: 'Обоснование социальной значимости', fields: [{ id: 'problem', title: 'Обоснование социальной значимости', kind: 'rich', role: 'problem', from: ['problem', 'causes'], required: true, hint: 'Проблема целевой группы с цифрами и источниками, её причины' }] },
    { id: 'geography', title: 'География', fields: [{ id: 'geography', title: 'География проекта', kind: 'list', role: 'geography', from: ['geography'], required: true, hint: 'Населённые пункты края, где пройдут мероприятия' }] },
    { id: 'targetGroups', title: 'Целевые группы', fields: [{ id: 'targetGroups', title: 'Целевые группы', kind: 'list', role: 'targetGroups', from: ['targetGroups'], required: true, hint: 'Кто получит пользу от проекта и сколько их' }] },
    { id: 'dates', title: 'Сроки реализации', fields: [{ id: 'period', title: 'Даты начала и окончания', kind: 'period', role: 'period', required: true, hint: 'По календарному плану' }] },
    { id: 'calendarPlan', title: 'Календарный план', fields: [{ id: 'calendarPlan', title: 'Календарный план', kind: 'calendarPlan', role: 'calendarPlan', from: ['activities'], required: true, hint: 'Мероприятия по каждой задаче с датами и ожидаемыми итогами' }] },
    { id: 'budget', title: 'Бюджет', fields: [{ id: 'budget', title: 'Бюджет', kind: 'budget', role: 'budget', required: true, hint: 'Каждое мероприятие обеспечено расходами' }] },
  ],
  budgetArticles: FPG_BUDGET_ARTICLES,
  caps: { maxRequested: 1_000_000 * 100, note: '' },
}
