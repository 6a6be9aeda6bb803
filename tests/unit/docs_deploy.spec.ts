import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'

const ROOT = new URL('../../', import.meta.url)

/**
 * docs/deploy.md shows the files the cluster test runs (and that an
 * operator copies) verbatim, so the page cannot drift from what is tested
 */
test.group('docs/deploy.md', () => {
  for (const name of [
    'haproxy.cfg',
    'latih-web@.service',
    'latih-worker@.service',
    'latih.env.example',
  ]) {
    test(`embeds docs/deploy/${name} unchanged`, async ({ assert }) => {
      const page = await readFile(new URL('docs/deploy.md', ROOT), 'utf8')
      const file = await readFile(new URL(`docs/deploy/${name}`, ROOT), 'utf8')
      const marker = `<!-- file: docs/deploy/${name} -->\n`
      const start = page.indexOf(marker)
      assert.isAbove(start, -1, `marker for ${name}`)
      const opening = page.indexOf('```', start + marker.length)
      const fence = page.indexOf('\n', opening) + 1
      assert.equal(page.slice(fence, fence + file.length), file)
      assert.equal(page.slice(fence + file.length, fence + file.length + 3), '```')
    })
  }
})
