import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createSession, localDate } from '#tests/fixtures'
import { makeUser } from '../club/fixtures.js'

/**
 * Titles in page order
 */
function titles(html: string) {
  return [...html.matchAll(/class="session-card__title"[^>]*>([^<]+)</g)].map((match) => match[1])
}

test.group('Pages | coach sessions list', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pages through upcoming sessions, soonest first, each with its roster', async ({
    client,
    assert,
  }) => {
    const coach = await makeUser('coach')
    const sessions = []
    for (let day = 1; day <= 30; day++) {
      sessions.push(
        await createSession({
          coach,
          title: `Sesi ${String(day).padStart(2, '0')}`,
          date: localDate(day),
        })
      )
    }
    await createSession({ coach, title: 'Sesi Lalu', date: localDate(-3) })

    const first = await client.get('/coach/sessions').loginAs(coach)
    first.assertStatus(200)
    const firstTitles = titles(first.text())
    assert.lengthOf(firstTitles, 25)
    assert.equal(firstTitles[0], 'Sesi 01')
    assert.equal(firstTitles[24], 'Sesi 25')
    assert.notInclude(firstTitles, 'Sesi Lalu')
    first.assertTextIncludes('href="/coach/sessions?page=2"')
    first.assertTextIncludes(`href="/coach/sessions/${sessions[0].id}/roster"`)

    const second = await client.get('/coach/sessions?page=2').loginAs(coach)
    assert.deepEqual(titles(second.text()), ['Sesi 26', 'Sesi 27', 'Sesi 28', 'Sesi 29', 'Sesi 30'])
    second.assertTextIncludes('href="/coach/sessions?page=1"')
  })

  test('the past filter lists ended sessions, latest first, and pages keep the filter', async ({
    client,
    assert,
  }) => {
    const coach = await makeUser('coach')
    for (let day = 1; day <= 27; day++) {
      await createSession({
        coach,
        title: `Lalu ${String(day).padStart(2, '0')}`,
        date: localDate(-day),
      })
    }
    await createSession({ coach, title: 'Besok', date: localDate(1) })
    const someoneElses = await createSession({
      title: 'Bukan Saya',
      date: localDate(-1),
      time: '15:00',
    })

    const past = await client.get('/coach/sessions?period=past').loginAs(coach)
    past.assertStatus(200)
    const pastTitles = titles(past.text())
    assert.equal(pastTitles[0], 'Lalu 01')
    assert.equal(pastTitles[1], 'Lalu 02')
    assert.notInclude(pastTitles, 'Besok')
    assert.notInclude(pastTitles, someoneElses.title)
    past.assertTextIncludes('href="/coach/sessions?period=past&amp;page=2"')

    const second = await client.get('/coach/sessions?period=past&page=2').loginAs(coach)
    assert.deepEqual(titles(second.text()), ['Lalu 26', 'Lalu 27'])
  })

  test('a bad page or period shows the first page of upcoming', async ({ client, assert }) => {
    const coach = await makeUser('coach')
    await createSession({ coach, title: 'Besok', date: localDate(1) })
    const response = await client.get('/coach/sessions?period=someday&page=-1').loginAs(coach)
    response.assertStatus(200)
    assert.deepEqual(titles(response.text()), ['Besok'])
  })
})
