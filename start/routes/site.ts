/*
|--------------------------------------------------------------------------
| The club's site: news, achievements, photos, and the admin screens for
| them and for the club's identity
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/**
 * Public
 */
router.get('/news', [controllers.News, 'index']).as('news.index')
router
  .get('/news/:slug', [controllers.News, 'show'])
  .where('slug', /^[a-z0-9-]{1,220}$/)
  .as('news.show')
router.get('/achievements', [controllers.Achievements, 'index']).as('achievements.index')
router.get('/achievements/:id', [controllers.Achievements, 'show']).as('achievements.show')
router.get('/media/*', [controllers.Media, 'show']).as('media.show')

/**
 * Admin (the upload routes are the ones listed in config/bodyparser.ts)
 */
router
  .group(() => {
    router.get('/club', [controllers.AdminClub, 'edit']).as('club.edit')
    router.put('/club', [controllers.AdminClub, 'update']).as('club.update')

    router.resource('news', controllers.AdminNews).except(['show']).as('news')
    router.get('/news/:id/preview', [controllers.AdminNews, 'preview']).as('news.preview')
    router
      .resource('achievements', controllers.AdminAchievements)
      .except(['show'])
      .as('achievements')
  })
  .prefix('/admin')
  .as('admin')
  .use(middleware.auth({ guards: ['web'] }))
