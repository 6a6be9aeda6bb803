import { Exception } from '@adonisjs/core/exceptions'

/**
 * A refusal the user can act on: carries the HTTP status, the stable error
 * code from DESIGN.md §3 and, optionally, per-field errors and extra data.
 *
 * The message is looked up in resources/lang/<locale>/errors.json under
 * the code (with `data` as ICU arguments); `message` is the fallback.
 */
export default class ApiException extends Exception {
  declare code: string
  errors?: Record<string, string[]>
  data?: Record<string, unknown>

  constructor(
    status: number,
    code: string,
    message: string,
    options: { errors?: Record<string, string[]>; data?: Record<string, unknown> } = {}
  ) {
    super(message, { status, code })
    this.errors = options.errors
    this.data = options.data
  }

  static notFound(resource: string, message = `${resource} not found`) {
    return new ApiException(404, `${resource.toUpperCase()}_NOT_FOUND`, message)
  }

  static conflict(code: string, message: string, data?: Record<string, unknown>) {
    return new ApiException(409, code, message, { data })
  }

  static unprocessable(code: string, message: string, errors?: Record<string, string[]>) {
    return new ApiException(422, code, message, { errors })
  }
}
