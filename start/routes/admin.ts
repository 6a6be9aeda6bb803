/*
|--------------------------------------------------------------------------
| Admin pages for the accounts of every role (the club's members, packages
| and schedule have their own files)
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * Accounts: list, create, change role, deactivate and reactivate
 */
router
  .group(() => {
    router.get('/users', [controllers.AdminUsers, 'index']).as('users.index')
    router.get('/users/new', [controllers.AdminUsers, 'create']).as('users.create')
    router.post('/users', [controllers.AdminUsers, 'store']).as('users.store')
    router.get('/users/:id/edit', [controllers.AdminUsers, 'edit']).as('users.edit')
    router.put('/users/:id', [controllers.AdminUsers, 'update']).as('users.update')
    router
      .post('/users/:id/deactivate', [controllers.AdminUsers, 'deactivate'])
      .as('users.deactivate')
    router
      .post('/users/:id/reactivate', [controllers.AdminUsers, 'reactivate'])
      .as('users.reactivate')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))
