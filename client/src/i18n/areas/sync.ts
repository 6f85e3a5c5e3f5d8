/** Messages of the saving state and the app update. Russian is the source of keys; English must match it (the type checks). */
import type { Message } from '../i18n.js'

export const syncRu = {
  'sync.saved': 'Все изменения на сервере',
  'sync.saved.hint': 'Можно закрыть вкладку: всё сохранено на сервере',
  'sync.unsent': 'Не отправлено изменений: {count}',
  'sync.unsent.hint': {
    one: '{count} изменение пока только на этом устройстве — оно уходит на сервер',
    few: '{count} изменения пока только на этом устройстве — они уходят на сервер',
    many: '{count} изменений пока только на этом устройстве — они уходят на сервер',
    other: '{count} изменения пока только на этом устройстве — они уходят на сервер',
  },
  'sync.syncing': 'Синхронизация…',
  'sync.syncing.hint': 'Связь с сервером устанавливается',
  'sync.offline': 'Нет сети — изменения сохранены на этом устройстве',
  'sync.offline.hint': {
    one: 'Не отправлено: {count} изменение. Оно уйдёт на сервер, когда появится связь',
    few: 'Не отправлено: {count} изменения. Они уйдут на сервер, когда появится связь',
    many: 'Не отправлено: {count} изменений. Они уйдут на сервер, когда появится связь',
    other: 'Не отправлено: {count} изменения. Они уйдут на сервер, когда появится связь',
  },
  'sync.offline.nothing': 'Всё, что сделано до обрыва, уже на сервере; новые изменения сохранятся здесь',
  'sync.retry': 'Проверить связь',
  'sync.update': 'Доступна новая версия — обновить',
  'sync.update.hint': 'Страница перезагрузится; изменения не пропадут',
} satisfies Record<string, Message>

export const syncEn: Record<keyof typeof syncRu, Message> = {
  'sync.saved': 'All changes are on the server',
  'sync.saved.hint': 'Safe to close the tab: everything is saved on the server',
  'sync.unsent': 'Changes not sent: {count}',
  'sync.unsent.hint': {
    one: '{count} change is only on this device so far — it is on its way to the server',
    other: '{count} changes are only on this device so far — they are on their way to the server',
  },
  'sync.syncing': 'Syncing…',
  'sync.syncing.hint': 'Connecting to the server',
  'sync.offline': 'Offline — changes are saved on this device',
  'sync.offline.hint': {
    one: 'Not sent: {count} change. It will reach the server when the connection is back',
    other: 'Not sent: {count} changes. They will reach the server when the connection is back',
  },
  'sync.offline.nothing': 'Everything made before the connection dropped is on the server; new changes are kept here',
  'sync.retry': 'Try now',
  'sync.update': 'A new version is available — update',
  'sync.update.hint': 'The page will reload; no changes are lost',
}
