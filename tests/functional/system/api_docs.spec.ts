import { test } from '@japa/runner'

test.group('API docs page', () => {
  test('renders every operation of the document, grouped by tag', async ({ client, assert }) => {
    const json = await client.get('/api/v1/openapi.json')
    const document = json.body()

    const response = await client.get('/api/docs')

    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /text\/html/)
    const html = response.text()
    for (const tag of document.tags) {
      assert.include(html, `id="tag-${tag.name}"`)
    }
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const method of Object.keys(item).filter((key) => key !== 'parameters')) {
        assert.include(html, `id="${item[method].operationId}"`, `${method} ${path}`)
        assert.include(html, `/api/v1${path}`)
      }
    }
    assert.include(html, 'class="method method-post">POST</span>')
    assert.include(html, '&quot;token_type&quot;: &quot;Bearer&quot;')
    assert.notMatch(html, /@(if|end|each)\b/, 'template code printed as text')
  })

  test('works under the CSP: no inline script or style, stylesheet served locally', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/docs')

    const csp = response.header('content-security-policy') ?? ''
    assert.include(csp, "style-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
    const html = response.text()
    assert.notMatch(html, /<script|<style|\sstyle="/)
    assert.notMatch(html, /https?:\/\/(?!example\.com)/)
    const href = html.match(/<link rel="stylesheet" href="(\/[^"]*api_docs[^"]*\.css)">/)?.[1]
    assert.exists(href)

    const stylesheet = await client.get(href!).header('accept', 'text/css')
    stylesheet.assertStatus(200)
    assert.match(stylesheet.header('content-type') ?? '', /text\/css/)
  })
})
