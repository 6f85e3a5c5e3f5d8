/**
 * A filled initiative for export tests: canvas, a ФПГ draft, the period,
 * the calendar plan (two tasks × two activities), quantitative results, a
 * team member and a costed budget — and the texts the export must show.
 */
import type * as Y from 'yjs'
import {
  addActivity, addBudgetLine, addQuantResult, addTeamMember, createDraft, draftFragment, listItems, rubles, setChoiceValues, setDraftOrganisation,
  setDraftPeriod,
} from '../../shared/draft/index.js'
import { canvasFragment } from '../../shared/schema/initiative.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { builtInTemplate } from '../../shared/templates/index.js'

export const FIXTURE = {
  projectName: 'Говорим по-корякски: клуб для детей Паланы',
  organisation: 'АНО «Ресурсный центр Камчатки»',
  direction: 'Поддержка проектов в области науки, образования, просвещения',
  summary: 'Клуб корякского языка для 30 детей 7–12 лет в Палане: занятия с носителями языка, игры и семейные вечера.',
  problem: ['Корякский язык всё реже звучит в Палане: дети почти не говорят на нём.', 'По данным школы, из 120 учеников начальных классов язык понимают 9.'],
  causes: ['Носителей языка мало, и они редко встречаются с детьми.', 'Нет игровых материалов на корякском языке.'],
  goal: 'За 10 месяцев создать в Палане клуб, где не менее 30 детей регулярно занимаются с носителями языка.',
  tasks: ['Организовать встречи детей с носителями языка', 'Создать игровые материалы'],
  activities: [
    { task: 0, title: 'Еженедельные занятия клуба', audience: 'дети 7–12 лет', place: 'школа Паланы', start: '2026-03-02', end: '2026-05-29', result: '30 детей, 12 занятий' },
    { task: 0, title: 'Семейный вечер', audience: 'дети и родители', place: 'библиотека', start: '2026-06-05', end: '2026-06-05', result: '40 участников' },
    { task: 1, title: 'Запись сказок со старшим поколением', audience: 'носители языка', place: 'Дом культуры', start: '2026-04-06', end: '2026-04-10', result: '10 аудиозаписей' },
    { task: 1, title: 'Печать игровых карточек', audience: 'дети', place: 'Палана', start: '2026-09-01', end: '2026-09-30', result: '100 карточек' },
  ],
  budget: [
    { article: '1.2', item: 'Педагог клуба', unit: 'мес.', unitPrice: rubles(30_000), quantity: 9, cofinancing: 0, activity: 0 },
    { article: '8', item: 'Печать игровых карточек', unit: 'шт.', unitPrice: 15_050, quantity: 100, cofinancing: rubles(500), activity: 3 },
  ],
  quant: [{ indicator: 'Дети, регулярно посещающие клуб', value: 30 }, { indicator: 'Аудиозаписи сказок', value: 10 }],
  member: { name: 'Анна Кечгельхут', role: 'Руководитель проекта', duties: 'Планирование и отчётность', education: 'КамГУ, филология', experience: 'Клуб «Эвэн» 2019–2024' },
} as const

/** The ФПГ section headings as the Word file and Markdown print them, in order. */
export const FPG_HEADINGS = [
  '1. Грантовое направление', '2. Название проекта', '3. Краткое описание', '4. География', '5–6. Даты начала и окончания проекта', '7. Целевые группы',
  '8. Описание проблемы целевой группы, обоснование социальной значимости', '9. Цель', '10. Ожидаемые результаты', '11. Задачи', '12. Партнёры проекта',
  '13. Информационное сопровождение проекта', '14. Дальнейшее развитие проекта', '15. Источники ресурсного обеспечения проекта в последующие годы',
  'Руководитель и команда проекта', 'Календарный план', 'Бюджет',
]

/** Fills an initiative document (in one transaction: one update for the server). */
export function fillInitiative(doc: Y.Doc): void {
  const f = FIXTURE
  doc.transact(() => {
    appendBlocks(canvasFragment(doc, 'problem'), f.problem.map((text) => ({ type: 'paragraph', text })))
    appendBlocks(canvasFragment(doc, 'causes'), [{ type: 'bulletList', items: [...f.causes] }])
    appendBlocks(canvasFragment(doc, 'goal'), [{ type: 'paragraph', text: f.goal }])
    appendBlocks(canvasFragment(doc, 'tasks'), [{ type: 'bulletList', items: [...f.tasks] }])
    appendBlocks(canvasFragment(doc, 'geography'), [{ type: 'paragraph', text: 'Камчатский край, пгт Палана' }])
    createDraft(doc, builtInTemplate('fpg-2026')!, { projectName: f.projectName })
    setDraftOrganisation(doc, f.organisation)
    setChoiceValues(doc, 'direction', [f.direction])
    appendBlocks(draftFragment(doc, 'summary'), [{ type: 'paragraph', text: f.summary }])
    setDraftPeriod(doc, { start: '2026-03-01', end: '2026-12-31' })
    const tasks = listItems(doc, 'tasks')
    const activityIds = f.activities.map(({ task, ...a }) => addActivity(doc, { ...a, taskId: tasks[task]!.id }))
    for (const { activity, ...line } of f.budget) addBudgetLine(doc, { ...line, activityIds: [activityIds[activity]!] })
    for (const row of f.quant) addQuantResult(doc, row)
    addTeamMember(doc, f.member)
  })
}
