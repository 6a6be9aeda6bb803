/*
|--------------------------------------------------------------------------
| The staff inbox of the live chat (coaches and admins)
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router.get('/chats', [controllers.ChatInbox, 'index']).as('chat_inbox.index')
    router.get('/chats/:id', [controllers.ChatInbox, 'show']).as('chat_inbox.show')
    router.post('/chats/:id/messages', [controllers.ChatInbox, 'reply']).as('chat_inbox.reply')
    router.put('/chats/:id', [controllers.ChatInbox, 'update']).as('chat_inbox.update')
    router.post('/chats/:id/close', [controllers.ChatInbox, 'close']).as('chat_inbox.close')
  })
  .prefix('/staff')
  .use(middleware.auth({ guards: ['web'] }))
