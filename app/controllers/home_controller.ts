import type { HttpContext } from '@adonisjs/core/http'

/**
 * Features still to come, each with a friendly placeholder page
 */
export const COMING_SOON_FEATURES = [
  'programs',
  'schedule',
  'children',
  'bookings',
  'my-sessions',
  'approvals',
  'manage',
] as const

/**
 * The public front page and the "coming soon" placeholders
 */
export default class HomeController {
  async index({ view }: HttpContext) {
    return view.render('pages/home')
  }

  async comingSoon({ params, view }: HttpContext) {
    return view.render('pages/coming_soon', { feature: params.feature })
  }
}
