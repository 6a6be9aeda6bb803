/*
|--------------------------------------------------------------------------
| Portal sign-in pages
|--------------------------------------------------------------------------
|
| The forms share the API's rate limits (start/limiter.ts): the same
| counters per IP and email for sign-in, sign-up and forgot-password.
|
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import {
  forgotPasswordThrottle,
  loginThrottle,
  registerThrottle,
  resetPasswordThrottle,
  signupConfirmThrottle,
} from '#start/limiter'

router
  .group(() => {
    router.get('/register', [controllers.NewAccount, 'create']).as('new_account.create')
    router
      .post('/register', [controllers.NewAccount, 'store'])
      .as('new_account.store')
      .use(registerThrottle)
    router.get('/register/sent', [controllers.NewAccount, 'sent']).as('new_account.sent')
    router
      .get('/register/confirm/:token', [controllers.NewAccount, 'confirm'])
      .as('new_account.confirm')
    router
      .post('/register/confirm', [controllers.NewAccount, 'finish'])
      .as('new_account.finish')
      .use(signupConfirmThrottle)

    router.get('/login', [controllers.Session, 'create']).as('session.create')
    router.post('/login', [controllers.Session, 'store']).as('session.store').use(loginThrottle)

    router
      .get('/forgot-password', [controllers.PasswordReset, 'create'])
      .as('password_reset.create')
    router
      .post('/forgot-password', [controllers.PasswordReset, 'store'])
      .as('password_reset.store')
      .use(forgotPasswordThrottle)
    router
      .get('/reset-password/:token', [controllers.PasswordReset, 'edit'])
      .as('password_reset.edit')
    router
      .post('/reset-password', [controllers.PasswordReset, 'update'])
      .as('password_reset.update')
      .use(resetPasswordThrottle)
  })
  .use(middleware.guest({ guards: ['web'] }))

router
  .post('/logout', [controllers.Session, 'destroy'])
  .as('session.destroy')
  .use(middleware.auth({ guards: ['web'] }))
