import { createServer, type Server } from 'node:http'
import { once } from 'node:events'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import CompressionMiddleware from '#middleware/compression_middleware'

const PAGE = `<!doctype html><p>${'Jadwal latihan minggu ini. '.repeat(200)}</p>`

/**
 * A real HTTP server whose only route is the middleware in front of an
 * AdonisJS response, as the kernel runs it
 */
async function serve(middleware: CompressionMiddleware, type: string, body: string) {
  const server: Server = createServer(async (req, res) => {
    const ctx = await testUtils.createHttpContext({ req, res })
    await middleware.handle(ctx, async () => {
      ctx.response.header('Content-Type', type)
      ctx.response.send(body)
    })
    ctx.response.finish()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return server
}

function get(server: Server, encoding: string) {
  const { port } = server.address() as AddressInfo
  return new Promise<{ headers: Record<string, any>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/', headers: { 'Accept-Encoding': encoding } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      }
    )
    req.on('error', reject)
    req.end()
  })
}

test.group('Compression middleware', () => {
  test('pages go out with brotli when the browser takes it, gzip otherwise', async ({
    assert,
    cleanup,
  }) => {
    const server = await serve(new CompressionMiddleware(true), 'text/html; charset=utf-8', PAGE)
    cleanup(() => void server.close())

    const brotli = await get(server, 'gzip, deflate, br')
    assert.equal(brotli.headers['content-encoding'], 'br')
    assert.include(String(brotli.headers['vary']), 'Accept-Encoding')
    assert.isBelow(brotli.body.length, PAGE.length / 4)
    assert.equal(brotliDecompressSync(brotli.body).toString(), PAGE)

    const gzip = await get(server, 'gzip')
    assert.equal(gzip.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(gzip.body).toString(), PAGE)

    const plain = await get(server, 'identity')
    assert.isUndefined(plain.headers['content-encoding'])
    assert.equal(plain.body.toString(), PAGE)
  })

  test('server-sent events are never compressed', async ({ assert, cleanup }) => {
    const server = await serve(new CompressionMiddleware(true), 'text/event-stream', PAGE)
    cleanup(() => void server.close())
    const response = await get(server, 'gzip, br')
    assert.isUndefined(response.headers['content-encoding'])
  })

  test('off outside production: bodies stay as they are', async ({ assert, cleanup }) => {
    const server = await serve(new CompressionMiddleware(), 'text/html', PAGE)
    cleanup(() => void server.close())
    const response = await get(server, 'gzip, br')
    assert.isUndefined(response.headers['content-encoding'])
    assert.equal(response.body.toString(), PAGE)
  })
})
