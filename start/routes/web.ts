/*
|--------------------------------------------------------------------------
| Portal pages (signed-in areas and public pages)
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

router.get('/', [controllers.Home, 'index']).as('home')

router.post('/locale', [controllers.Locale, 'update']).as('locale.update')

router
  .group(() => {
    router.get('/dashboard', [controllers.Dashboard, 'show']).as('dashboard')
    router.get('/account/profile', [controllers.Profile, 'edit']).as('profile.edit')
    router.put('/account/profile', [controllers.Profile, 'update']).as('profile.update')
    router.get('/account/password', [controllers.Password, 'edit']).as('password.edit')
    router.put('/account/password', [controllers.Password, 'update']).as('password.update')
  })
  .use(middleware.auth({ guards: ['web'] }))
