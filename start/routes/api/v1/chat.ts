import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The public live chat (seed 004 §6): visitors with their chat token,
 * staff with their bearer token
 */
apiV1(() => {
  router
    .post('/chat/sessions', [controllers.api.v1.ChatSessions, 'store'])
    .as('chat.sessions.store')
  router
    .post('/chat/sessions/:id/messages', [controllers.api.v1.ChatSessions, 'storeMessage'])
    .as('chat.sessions.messages.store')
  router
    .get('/chat/sessions/:id', [controllers.api.v1.ChatSessions, 'show'])
    .as('chat.sessions.show')

  router
    .group(() => {
      router
        .get('/me/chat-sessions', [controllers.api.v1.ChatSessions, 'mine'])
        .as('me.chat_sessions.index')
      router.get('/chat/stats', [controllers.api.v1.ChatSessions, 'stats']).as('chat.stats')
      router
        .get('/chat/sessions', [controllers.api.v1.ChatSessions, 'index'])
        .as('chat.sessions.index')
      router
        .patch('/chat/sessions/:id', [controllers.api.v1.ChatSessions, 'update'])
        .as('chat.sessions.update')
      router
        .post('/chat/sessions/:id/close', [controllers.api.v1.ChatSessions, 'close'])
        .as('chat.sessions.close')
    })
    .use(middleware.auth({ guards: ['api'] }))
})
