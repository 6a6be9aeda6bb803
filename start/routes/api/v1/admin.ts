import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

apiV1(() => {
  router
    .group(() => {
      router.get('/users/stats', [controllers.api.v1.AdminUsers, 'stats']).as('users.stats')
      router.get('/users', [controllers.api.v1.AdminUsers, 'index']).as('users.index')
      router.post('/users', [controllers.api.v1.AdminUsers, 'store']).as('users.store')
      router.patch('/users/:id', [controllers.api.v1.AdminUsers, 'update']).as('users.update')
      router.delete('/users/:id', [controllers.api.v1.AdminUsers, 'destroy']).as('users.destroy')
      router.get('/audit-logs', [controllers.api.v1.AdminAuditLogs, 'index']).as('audit_logs.index')
    })
    .prefix('/admin')
    .as('admin')
    .use(middleware.auth({ guards: ['api'] }))
})
