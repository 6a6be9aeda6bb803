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
import { controllers } from '#generated/controllers'
import {
  changePasswordThrottle,
  forgotPasswordThrottle,
  loginThrottle,
  refreshThrottle,
  registerThrottle,
  resetPasswordThrottle,
  signupConfirmThrottle,
} from '#start/limiter'

apiV1(() => {
  router
    .group(() => {
      router
        .post('/register', [controllers.api.v1.Auth, 'register'])
        .as('register')
        .use(registerThrottle)
      router
        .post('/register/confirm', [controllers.api.v1.Auth, 'confirmRegistration'])
        .as('register_confirm')
        .use(signupConfirmThrottle)
      router.post('/login', [controllers.api.v1.Auth, 'login']).as('login').use(loginThrottle)
      router
        .post('/refresh', [controllers.api.v1.Auth, 'refresh'])
        .as('refresh')
        .use(refreshThrottle)
      router
        .post('/forgot-password', [controllers.api.v1.Auth, 'forgotPassword'])
        .as('forgot_password')
        .use(forgotPasswordThrottle)
      router
        .post('/reset-password', [controllers.api.v1.Auth, 'resetPassword'])
        .as('reset_password')
        .use(resetPasswordThrottle)

      router
        .group(() => {
          router.post('/logout', [controllers.api.v1.Auth, 'logout']).as('logout')
          router.get('/me', [controllers.api.v1.Auth, 'me']).as('me')
          router.put('/me', [controllers.api.v1.Auth, 'updateMe']).as('update_me')
          router
            .post('/change-password', [controllers.api.v1.Auth, 'changePassword'])
            .as('change_password')
            .use(changePasswordThrottle)
        })
        .use(middleware.auth({ guards: ['api'] }))
    })
    .prefix('/auth')
    .as('auth')
})
