import { test } from '@japa/runner'
import { withoutStackCapture } from '#start/transformers'

test.group('Transformers | no stack trace per call in production', () => {
  test('errors made inside carry no stack frames, and the limit is restored', ({ assert }) => {
    const before = Error.stackTraceLimit
    const make = withoutStackCapture(() => new Error('made inside'))
    const error = make()
    assert.equal(error.message, 'made inside')
    assert.notMatch(error.stack ?? '', /\n\s+at /)
    assert.equal(Error.stackTraceLimit, before)

    const failing = withoutStackCapture(() => {
      throw new Error('thrown inside')
    })
    assert.throws(failing, 'thrown inside')
    assert.equal(Error.stackTraceLimit, before)
    assert.match(new Error('outside').stack ?? '', /\n\s+at /)
  })
})
