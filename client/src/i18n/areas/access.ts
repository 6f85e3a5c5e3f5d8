/** Messages of role-aware views (read-only banner, links only some roles see). Russian is the source of keys; English must match it. */
import type { Message } from '../i18n.js'

export const accessRu = {
  'access.readOnly': 'Только просмотр: вы наблюдатель на этой доске',
  'access.readOnlyComment': 'Только просмотр: вы наблюдатель на этой доске — можно оставлять комментарии',
  'access.unknown': 'Только просмотр, пока не загрузились ваши права на этой доске',
  'access.members': 'Участники',
  'access.membersHint': 'Кто работает на доске, их роли и ссылки-приглашения',
  'access.printHint': 'Скачать Word или Markdown может куратор доски. Здесь — версия для печати.',
  'access.noDraft': 'Черновика заявки пока нет. Его создаёт участник с правом редактирования.',
  'access.noCards': 'На доске пока нет инициатив.',
  'access.noPlan': 'В плане модуля пока нет встреч.',
  'access.noConsultations': 'Заметок консультаций пока нет.',
  'access.cardOpenHint': 'Открыть карточку',
  'access.stageEmpty': 'Пока пусто.',
  'access.noValue': 'не указано',
  'access.actionDone': 'выполнено',
  'access.noActions': 'Поручений нет.',
  'access.actionOpen': 'не выполнено',
  'access.noComments': 'Комментариев нет. Писать комментарии на этой доске может участник с правом комментирования.',
} satisfies Record<string, Message>

export const accessEn: Record<keyof typeof accessRu, Message> = {
  'access.readOnly': 'View only: you are a viewer on this board',
  'access.readOnlyComment': 'View only: you are a viewer on this board — you can leave comments',
  'access.unknown': 'View only until your rights on this board have loaded',
  'access.members': 'Members',
  'access.membersHint': 'Who works on the board, their roles and invite links',
  'access.printHint': 'The board’s curator can download Word or Markdown. Here is the print version.',
  'access.noDraft': 'There is no application draft yet. Someone who may edit creates it.',
  'access.noCards': 'The board has no initiatives yet.',
  'access.noPlan': 'The module plan has no meetings yet.',
  'access.noConsultations': 'No consultation notes yet.',
  'access.cardOpenHint': 'Open the card',
  'access.stageEmpty': 'Empty for now.',
  'access.noValue': 'not set',
  'access.actionDone': 'done',
  'access.noActions': 'No action items.',
  'access.actionOpen': 'not done',
  'access.noComments': 'No comments. On this board, comments are written by members allowed to comment.',
}
