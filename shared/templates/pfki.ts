/**
 * The ПФКИ application (Президентский фонд культурных инициатив): 12
 * thematic directions and the traditional values the project serves. The
 * form's field limits and numbering are not published, so none are set.
 */
import { PFKI_DIRECTIONS, TRADITIONAL_VALUES } from './directions.js'
import { FPG_BUDGET_ARTICLES } from './fpg.js'
import type { TemplateInput } from './types.js'

export const PFKI_TEMPLATE: TemplateInput = {
  id: 'pfki',
  name: 'Заявка ПФКИ',
  shortName: 'ПФКИ',
  competition: 'Президентский фонд культурных инициатив',
  version: '',
  source: '12 тематических направлений, вопрос о традиционных ценностях; пределы полей не опубликованы. Статьи бюджета — как в ФПГ, уточните по положению конкурса.',
  sections: [
    { id: 'title', title: 'Название проекта', fields: [{ id: 'title', title: 'Название проекта', kind: 'text', role: 'title', required: true, hint: 'Коротко, с заглавной буквы, без точки в конце' }] },
    { id: 'direction', title: 'Тематическое направление', fields: [{ id: 'direction', title: 'Тематическое направление', kind: 'choice', role: 'direction', options: [...PFKI_DIRECTIONS], minItems: 1, maxItems: 1, required: true, hint: 'Одно из 12 направлений' }] },
    { id: 'values', title: 'Традиционные ценности', fields: [{ id: 'values', title: 'Какие традиционные ценности поддерживает проект', kind: 'choice', role: 'values', options: [...TRADITIONAL_VALUES], minItems: 1, required: true, hint: 'Ценности, которые проект действительно укрепляет, — эксперты сверят их с мероприятиями' }] },
    { id: 'summary', title: 'Краткое описание', fields: [{ id: 'summary', title: 'Краткое описание', kind: 'rich', role: 'summary', required: true, hint: 'Идея проекта, аудитория, территория, главное событие' }] },
    { id: 'problem', title: 'Актуальность', fields: [{ id: 'problem', title: 'Обоснование актуальности', kind: 'rich', role: 'problem', from: ['problem', 'causes'], required: true, hint: 'Почему проект нужен сейчас и этой аудитории' }] },
    { id: 'goal', title: 'Цель', fields: [{ id: 'goal', title: 'Цель', kind: 'text', role: 'goal', from: ['goal'], required: true, hint: 'Конкретная, измеримая, со сроком' }] },
    { id: 'tasks', title: 'Задачи', fields: [{ id: 'tasks', title: 'Задачи', kind: 'list', role: 'tasks', from: ['tasks'], required: true, hint: 'Шаги к цели; по ним строится календарный план' }] },
    { id: 'targetGroups', title: 'Целевая аудитория', fields: [{ id: 'targetGroups', title: 'Целевая аудитория', kind: 'list', role: 'targetGroups', from: ['targetGroups'], required: true, hint: 'Кто и сколько человек' }] },
    { id: 'geography', title: 'География', fields: [{ id: 'geography', title: 'География проекта', kind: 'list', role: 'geography', from: ['geography'], required: true, hint: 'Где пройдут мероприятия' }] },
    { id: 'dates', title: 'Сроки реализации', fields: [{ id: 'period', title: 'Даты начала и окончания', kind: 'period', role: 'period', required: true, hint: 'По календарному плану' }] },
    {
      id: 'results', title: 'Ожидаемые результаты',
      fields: [
        { id: 'quantResults', title: 'Количественные результаты', kind: 'quantResults', role: 'quantResults', hint: 'Показатель и число' },
        { id: 'qualResults', title: 'Качественные результаты', kind: 'rich', role: 'qualResults', from: ['results'], required: true, hint: 'Что изменится и как это измерить' },
      ],
    },
    { id: 'calendarPlan', title: 'Календарный план', fields: [{ id: 'calendarPlan', title: 'Календарный план', kind: 'calendarPlan', role: 'calendarPlan', from: ['activities'], required: true, hint: 'Мероприятия по задачам с датами' }] },
    { id: 'budget', title: 'Бюджет', fields: [{ id: 'budget', title: 'Бюджет', kind: 'budget', role: 'budget', required: true, hint: 'Реалистичные расходы на каждое мероприятие' }] },
    { id: 'team', title: 'Команда проекта', fields: [{ id: 'team', title: 'Команда проекта', kind: 'team', role: 'team', hint: 'Опыт команды в культурных проектах' }] },
    { id: 'partners', title: 'Партнёры', fields: [{ id: 'partners', title: 'Партнёры', kind: 'partners', role: 'partners', from: ['partners'], hint: 'Кто и чем поддерживает проект' }] },
    { id: 'publicity', title: 'Информационное сопровождение', fields: [{ id: 'publicity', title: 'Информационное сопровождение', kind: 'rich', role: 'publicity', hint: 'Где и как расскажете о проекте' }] },
  ],
  budgetArticles: FPG_BUDGET_ARTICLES,
  caps: { note: '' },
}
