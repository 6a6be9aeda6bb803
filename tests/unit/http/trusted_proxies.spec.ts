import { test } from '@japa/runner'
import { proxyTrust, trustedProxies } from '#config/app'

test.group('TRUSTED_PROXIES', () => {
  test('unset: nobody in production and tests, loopback in development', ({ assert }) => {
    assert.deepEqual(trustedProxies(undefined, 'production'), [])
    assert.deepEqual(trustedProxies(undefined, 'test'), [])
    assert.deepEqual(trustedProxies('', 'production'), [])
    assert.deepEqual(trustedProxies(undefined, 'development'), ['loopback'])
  })

  test('"none" trusts nobody, also in development', ({ assert }) => {
    assert.deepEqual(trustedProxies('none', 'development'), [])
  })

  test('a list of addresses and CIDR ranges is believed, nobody else', ({ assert }) => {
    const trust = proxyTrust(trustedProxies('10.0.0.5, 10.0.1.0/24', 'production'))
    assert.isTrue(trust('10.0.0.5', 0))
    assert.isTrue(trust('10.0.1.77', 0))
    assert.isFalse(trust('10.0.2.1', 0))
    assert.isFalse(trust('127.0.0.1', 0))
  })

  test('by default a production peer on loopback is not believed', ({ assert }) => {
    const trust = proxyTrust(trustedProxies(undefined, 'production'))
    assert.isFalse(trust('127.0.0.1', 0))
    assert.isFalse(trust('192.168.1.10', 0))
    const development = proxyTrust(trustedProxies(undefined, 'development'))
    assert.isTrue(development('127.0.0.1', 0))
    assert.isFalse(development('192.168.1.10', 0))
  })
})
