import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'

const AdminUsersController = () => import('#controllers/api/v1/admin_users_controller')

apiV1(() => {
  router
    .group(() => {
      router.get('/users/stats', [AdminUsersController, 'stats']).as('users.stats')
      router.get('/users', [AdminUsersController, 'index']).as('users.index')
      router.post('/users', [AdminUsersController, 'store']).as('users.store')
      router.patch('/users/:id', [AdminUsersController, 'update']).as('users.update')
      router.delete('/users/:id', [AdminUsersController, 'destroy']).as('users.destroy')
    })
    .prefix('/admin')
    .as('admin')
    .use(middleware.auth({ guards: ['api'] }))
})
