import { test } from '@japa/runner'
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Edge } from 'edge.js'
import { cacheComponentList } from '#start/view'

test.group('Edge in production', () => {
  test('the components folder is listed once, not on every render', async ({ assert }) => {
    const views = await mkdtemp(join(tmpdir(), 'latih-edge-'))
    await mkdir(join(views, 'components'))
    await writeFile(join(views, 'components', 'badge.edge'), '<b>{{ text }}</b>')
    await writeFile(join(views, 'page.edge'), "@badge({ text: 'hi' })\n@end")

    // built first, configured later: what Adonis does with the shared instance
    const edge = new Edge()
    edge.configure({ cache: true })
    edge.mount(views)
    let listed = 0
    const list = edge.loader.listComponents.bind(edge.loader)
    edge.loader.listComponents = () => {
      listed++
      return list()
    }
    cacheComponentList(edge)

    for (let index = 0; index < 3; index++) {
      const html = await edge.createRenderer().render('page')
      assert.equal(html.trim(), '<b>hi</b>')
    }
    assert.equal(listed, 1)
  })
})
