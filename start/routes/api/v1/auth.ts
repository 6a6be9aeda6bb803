/*
|--------------------------------------------------------------------------
| /api/v1/auth
|--------------------------------------------------------------------------
|
| Sign-up, sign-in, forgot-password are rate limited per IP and email
| (start/limiter.ts).
|
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { apiV1 } from '#start/routes/api/group'
import { forgotPasswordThrottle, loginThrottle, registerThrottle } from '#start/limiter'

const AuthController = () => import('#controllers/api/v1/auth_controller')

apiV1(() => {
  router
    .group(() => {
      router.post('/register', [AuthController, 'register']).as('register').use(registerThrottle)
      router.post('/login', [AuthController, 'login']).as('login').use(loginThrottle)
      router.post('/refresh', [AuthController, 'refresh']).as('refresh')
      router
        .post('/forgot-password', [AuthController, 'forgotPassword'])
        .as('forgot_password')
        .use(forgotPasswordThrottle)
      router.post('/reset-password', [AuthController, 'resetPassword']).as('reset_password')

      router
        .group(() => {
          router.post('/logout', [AuthController, 'logout']).as('logout')
          router.get('/me', [AuthController, 'me']).as('me')
          router.put('/me', [AuthController, 'updateMe']).as('update_me')
          router.post('/change-password', [AuthController, 'changePassword']).as('change_password')
        })
        .use(middleware.auth({ guards: ['api'] }))
    })
    .prefix('/auth')
    .as('auth')
})
