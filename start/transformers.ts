/*
|--------------------------------------------------------------------------
| Transformers without a stack trace per call (production)
|--------------------------------------------------------------------------
|
| @adonisjs/http-transformers creates a `new RuntimeException()` on every
| `transform()` and `paginate()` call, so that a later "Cannot transform
| undefined value" can point at the line that asked for it. Capturing that
| stack costs more than the transformation itself: 8 % of the CPU of the
| session list under load (25 sessions, 5 transform calls each;
| docs/performance.md). In production the error keeps its message and the
| stack is not captured; development and tests keep the full stack.
|
*/

import app from '@adonisjs/core/services/app'
import { BaseTransformer } from '@adonisjs/core/transformers'

export function withoutStackCapture<T extends (...args: any[]) => any>(original: T): T {
  return function (this: unknown, ...args: any[]) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      return original.apply(this, args)
    } finally {
      Error.stackTraceLimit = limit
    }
  } as T
}

if (app.inProduction) {
  const transformer = BaseTransformer as any
  transformer.transform = withoutStackCapture(transformer.transform)
  transformer.paginate = withoutStackCapture(transformer.paginate)
}
