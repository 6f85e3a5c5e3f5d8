/**
 * A free form: the canvas as it is, block by block, plus the tables — for a
 * competition without a template yet, or a concept note for a partner. No
 * limits and nothing required but a name.
 */
import { FPG_BUDGET_ARTICLES } from './fpg.js'
import type { TemplateInput } from './types.js'

export const FREE_TEMPLATE: TemplateInput = {
  id: 'free',
  name: 'Свободная форма',
  shortName: 'Проект',
  competition: 'Свободная форма',
  version: '',
  source: 'Блоки холста по порядку и таблицы; статьи бюджета — как в ФПГ.',
  sections: [
    { id: 'title', title: 'Название проекта', fields: [{ id: 'title', title: 'Название проекта', kind: 'text', role: 'title', required: true }] },
    { id: 'problem', title: 'Проблема', fields: [{ id: 'problem', title: 'Проблема', kind: 'rich', role: 'problem', from: ['problem'] }] },
    { id: 'causes', title: 'Причины проблемы', fields: [{ id: 'causes', title: 'Причины проблемы', kind: 'rich', role: 'causes', from: ['causes'] }] },
    { id: 'targetGroups', title: 'Целевые группы', fields: [{ id: 'targetGroups', title: 'Целевые группы', kind: 'list', role: 'targetGroups', from: ['targetGroups'] }] },
    { id: 'goal', title: 'Цель', fields: [{ id: 'goal', title: 'Цель', kind: 'rich', role: 'goal', from: ['goal'] }] },
    { id: 'tasks', title: 'Задачи', fields: [{ id: 'tasks', title: 'Задачи', kind: 'list', role: 'tasks', from: ['tasks'] }] },
    { id: 'activities', title: 'Мероприятия', fields: [{ id: 'activities', title: 'Мероприятия', kind: 'rich', role: 'activities', from: ['activities'] }] },
    { id: 'results', title: 'Ожидаемые результаты', fields: [{ id: 'qualResults', title: 'Ожидаемые результаты', kind: 'rich', role: 'qualResults', from: ['results'] }, { id: 'quantResults', title: 'Количественные результаты', kind: 'quantResults', role: 'quantResults' }] },
    { id: 'resources', title: 'Ресурсы', fields: [{ id: 'resources', title: 'Ресурсы', kind: 'rich', role: 'resources', from: ['resources'] }] },
    { id: 'partners', title: 'Партнёры', fields: [{ id: 'partners', title: 'Партнёры', kind: 'partners', role: 'partners', from: ['partners'] }] },
    { id: 'risks', title: 'Риски', fields: [{ id: 'risks', title: 'Риски', kind: 'rich', role: 'risks', from: ['risks'] }] },
    { id: 'geography', title: 'География', fields: [{ id: 'geography', title: 'География', kind: 'list', role: 'geography', from: ['geography'] }] },
    { id: 'dates', title: 'Сроки', fields: [{ id: 'period', title: 'Даты начала и окончания', kind: 'period', role: 'period' }] },
    { id: 'calendarPlan', title: 'Календарный план', fields: [{ id: 'calendarPlan', title: 'Календарный план', kind: 'calendarPlan', role: 'calendarPlan' }] },
    { id: 'budget', title: 'Бюджет', fields: [{ id: 'budget', title: 'Бюджет', kind: 'budget', role: 'budget' }] },
    { id: 'team', title: 'Команда', fields: [{ id: 'team', title: 'Команда', kind: 'team', role: 'team' }] },
  ],
  budgetArticles: FPG_BUDGET_ARTICLES,
  caps: { note: '' },
}
