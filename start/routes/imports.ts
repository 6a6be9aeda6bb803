/*
|--------------------------------------------------------------------------
| Data into Latih: the members import as an admin page (members:import)
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router
  .group(() => {
    router
      .get('/members/import', [controllers.AdminMemberImports, 'create'])
      .as('members.import.create')
    router
      .get('/members/import/template.csv', [controllers.AdminMemberImports, 'template'])
      .as('members.import.template')
    router
      .post('/members/import/preview', [controllers.AdminMemberImports, 'preview'])
      .as('members.import.preview')
    router
      .post('/members/import', [controllers.AdminMemberImports, 'store'])
      .as('members.import.store')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))
