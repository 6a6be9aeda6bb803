import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import User from '#models/user'
import News from '#models/news'
import ContentPolicy from '#policies/content_policy'
import { markdownExcerpt, renderMarkdown } from '#services/markdown'
import { slugOf } from '#actions/content/save_news'

function user(role: User['role'], status: User['status'] = 'active') {
  const account = new User()
  account.merge({ id: `${role}-1`, role, status, name: role, email: `${role}@example.com` })
  return account
}

test.group('Site | content policy', () => {
  test('only an active admin manages the club site', ({ assert }) => {
    const policy = new ContentPolicy()
    assert.isTrue(policy.before(user('admin')))
    assert.isUndefined(policy.before(user('admin', 'inactive')))
    assert.isFalse(policy.manage(user('coach')))
    assert.isFalse(policy.manage(user('member')))
  })
})

test.group('Site | Markdown bodies', () => {
  test('formatting stays, raw HTML and dangerous links go', ({ assert }) => {
    const html = renderMarkdown(
      '# Judul\n\n**tebal** <b onclick="x()">b</b> <script>alert(1)</script> [a](javascript:alert(1)) [b](https://example.com)'
    )
    assert.include(html, '<h2>Judul</h2>')
    assert.include(html, '<strong>tebal</strong>')
    assert.notMatch(html, /<script|onclick|javascript:|<b\b/)
    assert.include(html, '<a href="https://example.com" rel="noopener nofollow">b</a>')
  })

  test('excerpts are plain text, shortened', ({ assert }) => {
    assert.equal(markdownExcerpt('**Halo** _dunia_'), 'Halo dunia')
    assert.isAtMost(markdownExcerpt('kata '.repeat(100), 50).length, 50)
  })
})

test.group('Site | news states and slugs', () => {
  test('draft, scheduled and published follow the publish time', ({ assert }) => {
    const now = DateTime.fromISO('2026-12-01T10:00:00Z')
    const news = new News()
    assert.equal(news.stateAt(now), 'draft')
    news.publishAt = now.plus({ minutes: 1 })
    assert.equal(news.stateAt(now), 'scheduled')
    news.publishAt = now
    assert.equal(news.stateAt(now), 'published')
  })

  test('a slug is made from the title', ({ assert }) => {
    assert.equal(slugOf('Juara 1 Panahan Nasional!'), 'juara-1-panahan-nasional')
    assert.equal(slugOf('Café déjà vu'), 'cafe-deja-vu')
    assert.equal(slugOf('!!!'), 'berita')
  })
})
