import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import CoachProfile from '#models/coach_profile'
import Booking from '#models/booking'
import News from '#models/news'
import Achievement from '#models/achievement'
import ClubSetting from '#models/club_setting'
import { DateTime } from 'luxon'
import { startChatSession } from '#actions/chat/start_chat_session'
import { sendChatMessage } from '#actions/chat/send_chat_message'
import { updateChatSession } from '#actions/chat/update_chat_session'
import { givePackage, makeMember, makePackage, makeUser } from '../club/fixtures.js'
import { makeProgram, makeRoom, makeSession, makeSlot, short } from './schedule_fixtures.js'

/**
 * Stored text must never become markup. Each payload is written into every
 * text field a person can store, then every page that shows those fields is
 * rendered and searched for the element the payload would inject.
 */
const PAYLOADS = [
  { text: `"><img src=x onerror=alert(1)>`, injected: /<img\s+src=x/i },
  {
    text: `T"><meta http-equiv="refresh" content="0;url=https://evil.example/">`,
    injected: /<meta\s+http-equiv=/i,
  },
  { text: `' autofocus onfocus='alert(1)`, injected: /\sonfocus='alert/i },
  { text: `</p></textarea><script>alert(1)</script>`, injected: /<script>alert/i },
]

/**
 * Edge tags printed as text (a tag not on its own line): `@if(…)`, `@end`
 */
const RAW_TEMPLATE = /@(if|elseif|else|end|each|let|assign|include)\b|\{\{|\}\}/

async function storeEverywhere(payload: string) {
  const tag = () => `${payload} ${short()}`
  /** Columns of 40 characters hold as much of the payload as fits */
  const short40 = () => tag().slice(0, 40)
  const admin = await makeUser('admin', { name: tag(), phone: null })
  const coach = await makeUser('coach', { name: tag() })
  await CoachProfile.updateOrCreate(
    { userId: coach.id },
    { userId: coach.id, bio: tag(), specialization: tag() }
  )
  const parent = await makeUser('member', { name: tag() })
  const child = await makeMember(parent, {
    name: tag(),
    school: tag(),
    grade: short40(),
    notes: tag(),
    guardianName: tag(),
  })
  await givePackage(child, 4)
  await makePackage({ name: tag(), description: tag() })
  const program = await makeProgram({ name: tag(), description: tag(), category: tag() })
  const room = await makeRoom({ name: tag(), description: tag() })
  const slot = await makeSlot('07:00', '08:30', tag())
  const session = await makeSession(coach, {
    title: tag(),
    description: tag(),
    location: tag(),
    programId: program.id,
    roomId: room.id,
    sessionTimeId: slot.id,
    status: 'open',
    delivery: 'online',
    meetingUrl: `https://meet.example/${encodeURIComponent(payload)}`,
    meetingPlatform: short40(),
    meetingPassword: tag(),
    classification: tag(),
    stage: tag(),
    region: tag(),
  })
  await Booking.create({
    trainingSessionId: session.id,
    memberId: child.id,
    status: 'confirmed',
    bookedBy: parent.id,
    notes: tag(),
  })
  await session.merge({ bookedCount: 1 }).save()
  await ClubSetting.create({
    name: tag().slice(0, 120),
    description: tag(),
    address: tag(),
    waNumber: '+62 812 3456 7890',
    email: 'klub@example.com',
    openingHours: tag(),
    instagramUrl: `https://instagram.com/${encodeURIComponent(payload)}`,
  })
  const news = await News.create({
    title: tag(),
    slug: `berita-${short()}`,
    body: `${tag()}\n\n${payload}`,
    publishAt: DateTime.now().minus({ hours: 1 }),
    authorId: admin.id,
  })
  const achievement = await Achievement.create({
    type: 'member',
    memberId: child.id,
    title: tag(),
    description: tag(),
    achievedOn: DateTime.now().minus({ days: 1 }),
  })
  // a visitor's chat: name, topic, tags and both sides' messages
  const { session: chat } = await startChatSession({
    name: tag(),
    email: 'tamu@example.com',
    locale: 'id',
    message: tag(),
  })
  await sendChatMessage({ sessionId: chat.id, role: 'assistant', senderId: coach.id, body: tag() })
  await updateChatSession(chat, { topic: tag(), tags: [short40().toLowerCase()] })
  return { admin, coach, parent, child, program, room, slot, session, news, achievement, chat }
}

test.group('Pages | stored text is never markup', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('payload {$i} stays text on every page that shows it')
    .with(PAYLOADS.map((payload, i) => ({ ...payload, i })))
    .run(async ({ client, assert }, payload) => {
      const s = await storeEverywhere(payload.text)
      const pages: Array<[typeof s.admin, string]> = [
        [s.admin, '/dashboard'],
        [s.admin, `/admin/sessions/${s.session.id}/edit`],
        [s.admin, '/admin/sessions'],
        [s.admin, `/admin/programs/${s.program.id}/edit`],
        [s.admin, '/admin/programs'],
        [s.admin, `/admin/rooms/${s.room.id}/edit`],
        [s.admin, '/admin/rooms'],
        [s.admin, `/admin/session-times/${s.slot.id}/edit`],
        [s.admin, '/admin/session-times'],
        [s.admin, `/admin/coaches/${s.coach.id}/edit`],
        [s.admin, '/admin/coaches'],
        [s.admin, '/admin/members'],
        [s.admin, `/admin/members/${s.child.id}/packages`],
        [s.admin, '/admin/packages'],
        [s.admin, '/account/profile'],
        [s.admin, '/admin/news'],
        [s.admin, `/admin/news/${s.news.id}/edit`],
        [s.admin, `/admin/news/${s.news.id}/preview`],
        [s.admin, '/admin/achievements'],
        [s.admin, `/admin/achievements/${s.achievement.id}/edit`],
        [s.admin, '/admin/club'],
        [s.coach, '/dashboard'],
        [s.coach, '/coach/sessions'],
        [s.coach, `/coach/sessions/${s.session.id}/edit`],
        [s.coach, `/coach/sessions/${s.session.id}/roster`],
        [s.coach, '/staff/chats'],
        [s.coach, `/staff/chats/${s.chat.id}`],
        [s.admin, `/staff/chats/${s.chat.id}`],
        [s.parent, '/dashboard'],
        [s.parent, '/parent/children'],
        [s.parent, `/parent/children/${s.child.id}/edit`],
        [s.parent, '/parent/book'],
        [s.parent, '/parent/bookings'],
        [s.parent, '/parent/packages'],
        [s.parent, '/parent/attendance'],
        [s.parent, '/account/profile'],
        [s.parent, '/schedule'],
        [s.parent, `/programs/${s.program.id}`],
        [s.parent, '/programs'],
      ]

      for (const [user, url] of pages) {
        const response = await client.get(url).loginAs(user)
        assert.equal(response.status(), 200, `${url} answered ${response.status()}`)
        assert.notMatch(response.text(), payload.injected, `${url} rendered the payload as markup`)
        assert.notMatch(response.text(), RAW_TEMPLATE, `${url} shows template code`)
      }
      for (const url of [
        '/',
        '/schedule',
        '/programs',
        `/programs/${s.program.id}`,
        '/news',
        `/news/${s.news.slug}`,
        '/achievements',
        `/achievements/${s.achievement.id}`,
      ]) {
        const response = await client.get(url)
        assert.equal(response.status(), 200, `${url} answered ${response.status()}`)
        assert.notMatch(response.text(), payload.injected, `${url} rendered the payload as markup`)
      }
    })

  test('failed form submits echo the payload back as text', async ({ client, assert }) => {
    const payload = PAYLOADS[1]
    const parent = await makeUser()
    const response = await client
      .post('/parent/children')
      .loginAs(parent)
      .withCsrfToken()
      .header('referer', '/parent/children/new')
      .form({ name: payload.text, relationship: 'nonsense', school: payload.text })
      .redirects(1)
    assert.notMatch(response.text(), payload.injected)
    assert.include(response.text(), '&quot;&gt;&lt;meta')
  })

  test('no template builds attributes with the unescaped $props.toAttrs()', async ({ assert }) => {
    const root = app.makePath('resources/views')
    const offenders: string[] = []
    const files = await readdir(root, { recursive: true })
    for (const file of files.filter((name) => name.endsWith('.edge'))) {
      const source = await readFile(join(root, file), 'utf8')
      if (source.includes('.toAttrs()')) offenders.push(file)
    }
    assert.deepEqual(offenders, [])
  })
})

test.group('Pages | content security policy', () => {
  test('pages forbid foreign <base> and form targets', async ({ client, assert }) => {
    const response = await client.get('/login')
    const csp = String(response.header('content-security-policy'))
    assert.include(csp, "base-uri 'self'")
    assert.include(csp, "form-action 'self'")
  })
})
