import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { controllers } from '#generated/controllers'

/**
 * The club's site: its identity, news and achievements (public reads,
 * admin writes with photo uploads; the upload routes are the ones listed
 * in config/bodyparser.ts)
 */
apiV1(() => {
  router.get('/club', [controllers.api.v1.Club, 'show']).as('club.show')
  router.get('/news', [controllers.api.v1.News, 'index']).as('news.index')
  router
    .get('/news/:id', [controllers.api.v1.News, 'show'])
    .where('id', /^[a-z0-9-]{1,220}$/i)
    .as('news.show')
  router.get('/achievements', [controllers.api.v1.Achievements, 'index']).as('achievements.index')
  router.get('/achievements/:id', [controllers.api.v1.Achievements, 'show']).as('achievements.show')

  router
    .group(() => {
      router.put('/club', [controllers.api.v1.Club, 'update']).as('club.update')

      router.get('/news', [controllers.api.v1.AdminNews, 'index']).as('news.index')
      router.post('/news', [controllers.api.v1.AdminNews, 'store']).as('news.store')
      router.get('/news/:id', [controllers.api.v1.AdminNews, 'show']).as('news.show')
      router.put('/news/:id', [controllers.api.v1.AdminNews, 'update']).as('news.update')
      router.delete('/news/:id', [controllers.api.v1.AdminNews, 'destroy']).as('news.destroy')

      router
        .get('/achievements', [controllers.api.v1.AdminAchievements, 'index'])
        .as('achievements.index')
      router
        .post('/achievements', [controllers.api.v1.AdminAchievements, 'store'])
        .as('achievements.store')
      router
        .get('/achievements/:id', [controllers.api.v1.AdminAchievements, 'show'])
        .as('achievements.show')
      router
        .put('/achievements/:id', [controllers.api.v1.AdminAchievements, 'update'])
        .as('achievements.update')
      router
        .delete('/achievements/:id', [controllers.api.v1.AdminAchievements, 'destroy'])
        .as('achievements.destroy')
    })
    .prefix('/admin')
    .as('admin')
    .use(middleware.auth({ guards: ['api'] }))
})
