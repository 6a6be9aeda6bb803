import type { HttpContext } from '@adonisjs/core/http'

/**
 * The public front page
 */
export default class HomeController {
  async index({ view }: HttpContext) {
    return view.render('pages/home')
  }
}
