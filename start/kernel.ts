/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
*/

import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/security_headers_middleware'),
  () => import('#middleware/compression_middleware'),
  () => import('#middleware/public_files_middleware'),
  () => import('#middleware/public_page_cache_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/cache_control_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  /**
   * Session, auth, language and bouncer run for every request that is not
   * a file, also for URLs no route matches: the 404 page then knows who is
   * signed in and shows their navigation, in their language, instead of
   * the visitor's. The body parser (it asks the matched route whether to
   * take uploads) and Shield (it reads the CSRF token from the parsed
   * body) stay router middleware; the exception handler gives pages of
   * unmatched URLs Shield's CSRF field and headers itself.
   */
  () => import('#middleware/page_session_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#middleware/silent_auth_middleware'),
  () => import('#middleware/detect_user_locale_middleware'),
  () => import('#middleware/initialize_bouncer_middleware'),
  () => import('#middleware/share_notification_count_middleware'),
  () => import('#middleware/share_club_middleware'),
  () => import('#middleware/discard_uploads_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/page_shield_middleware'),
  () => import('#middleware/refuse_nul_middleware'),
])

export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  forceJson: () => import('#middleware/force_json_response_middleware'),
  transmitGuard: () => import('#middleware/transmit_guard_middleware'),
  idempotent: () => import('#middleware/idempotency_middleware'),
  publicAnswer: () => import('#middleware/public_answer_cache_middleware'),
})
