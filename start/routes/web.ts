/*
|--------------------------------------------------------------------------
| Portal pages (signed-in areas and public pages)
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import { COMING_SOON_FEATURES } from '#controllers/home_controller'

router.get('/', [controllers.Home, 'index']).as('home')

router
  .get('/coming-soon/:feature', [controllers.Home, 'comingSoon'])
  .where('feature', new RegExp(`^(${COMING_SOON_FEATURES.join('|')})$`))
  .as('coming_soon')

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
