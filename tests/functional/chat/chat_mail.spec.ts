import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import ace from '@adonisjs/core/services/ace'
import ChatTranscriptNotification from '#mails/chat_transcript_notification'
import ChatUnansweredNotification from '#mails/chat_unanswered_notification'
import { alertUnansweredChats, CHAT_UNANSWERED_MINUTES } from '#actions/chat/alert_unanswered_chats'
import ChatAlert from '../../../commands/chat_alert.js'
import { bearer, createAdmin, createCoach, createUser } from '#tests/fixtures'
import AlertUnansweredChatsJob from '#jobs/alert_unanswered_chats_job'
import { RECURRING } from '../../../commands/jobs_schedule.js'
import { truncateAfterRace } from '../race_database.js'
import { startChat } from './fixtures.js'

const minutesAgo = (minutes: number) => DateTime.now().minus({ minutes }).toJSDate()

test.group('Chat mail · the transcript on close', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the visitor gets the whole chat, escaped, in the language they chatted in', async ({
    client,
  }) => {
    const { mails } = mail.fake()
    try {
      const coach = await createCoach({ name: 'Pelatih Sari' })
      const response = await client
        .post('/api/v1/chat/sessions')
        .header('accept-language', 'en')
        .json({ name: 'Budi', email: 'budi@example.com', message: 'Is there a <b>kids</b> class?' })
      const chat = response.body().data.session
      await client
        .post(`/api/v1/chat/sessions/${chat.id}/messages`)
        .header('authorization', await bearer(coach))
        .json({ body: 'Yes, Saturdays at 8.' })
      await client
        .post(`/api/v1/chat/sessions/${chat.id}/close`)
        .header('authorization', await bearer(coach))
        .header('accept-language', 'id')

      mails.assertQueuedCount(ChatTranscriptNotification, 1)
      mails.assertQueued(ChatTranscriptNotification, (sent) => {
        sent.message.assertTo('budi@example.com')
        sent.message.assertSubject('Your chat with Latih')
        sent.message.assertHtmlIncludes('Is there a &lt;b&gt;kids&lt;/b&gt; class?')
        sent.message.assertHtmlIncludes('Pelatih Sari')
        sent.message.assertHtmlIncludes('Yes, Saturdays at 8.')
        return true
      })
    } finally {
      mail.restore()
    }
  })
})

test.group('Chat mail · a visitor waiting for an answer', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff are mailed once per wait, after N minutes, and not for answered or closed chats', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    try {
      const admin = await createAdmin({ locale: 'en' })
      const coach = await createCoach()
      await createUser('inactive', { role: 'coach' })
      const waiting = await startChat(client, { name: 'Menunggu', message: 'Halo?' })
      const recent = await startChat(client, { name: 'Baru', message: 'Halo juga' })
      const answered = await startChat(client, { name: 'Dijawab', message: 'Tanya' })
      await client
        .post(`/api/v1/chat/sessions/${answered.id}/messages`)
        .header('authorization', await bearer(coach))
        .json({ body: 'Jawab' })
      // the answered chat's visitor wrote long ago too, but has an answer
      await db
        .from('chat_messages')
        .where('chat_session_id', answered.id)
        .update({ created_at: minutesAgo(20) })
      await db
        .from('chat_sessions')
        .where('id', waiting.id)
        .update({ awaiting_since: minutesAgo(15) })

      assert.deepEqual(await alertUnansweredChats({ minutes: 10 }), { alerted: 1 })
      mails.assertQueuedCount(ChatUnansweredNotification, 2)
      mails.assertQueued(ChatUnansweredNotification, (sent) => {
        if (sent.staff.id !== admin.id) return false
        sent.message.assertSubject('A visitor has waited 10 minutes for an answer')
        sent.message.assertHtmlIncludes(`/staff/chats/${waiting.id}`)
        return true
      })

      // a second run sends nothing; the recent chat's wait is not long enough yet
      assert.deepEqual(await alertUnansweredChats({ minutes: 10 }), { alerted: 0 })
      assert.notInclude(
        mails
          .queued((sent) => sent instanceof ChatUnansweredNotification)
          .map((sent) => (sent as ChatUnansweredNotification).session.id),
        recent.id
      )

      // staff answer, the visitor writes again and waits: a new alert
      await client
        .post(`/api/v1/chat/sessions/${waiting.id}/messages`)
        .header('authorization', await bearer(coach))
        .json({ body: 'Maaf, sebentar' })
      await client
        .post(`/api/v1/chat/sessions/${waiting.id}/messages`)
        .header('x-chat-token', waiting.token)
        .json({ body: 'Masih di sana?' })
      await db
        .from('chat_sessions')
        .where('id', waiting.id)
        .update({ awaiting_since: minutesAgo(11), alerted_at: minutesAgo(20) })
      assert.deepEqual(await alertUnansweredChats({ minutes: 10 }), { alerted: 1 })
      mails.assertQueuedCount(ChatUnansweredNotification, 4)
    } finally {
      mail.restore()
    }
  })

  test('the chat:alert command takes --minutes and refuses nonsense', async ({ assert }) => {
    const { mails } = mail.fake()
    ace.ui.switchMode('raw')
    try {
      const refused = await ace.create(ChatAlert, ['--minutes=0'])
      await refused.exec()
      assert.equal(refused.exitCode, 1)
      const command = await ace.create(ChatAlert, ['--minutes=5'])
      await command.exec()
      command.assertSucceeded()
      command.assertLog('[ green(success) ] Alerted staff about 0 chats')
      mails.assertNoneQueued()
    } finally {
      ace.ui.switchMode('normal')
      mail.restore()
    }
  })
})

/**
 * Real parallel runs (cron on two machines, or the queue's schedule and a
 * run by hand): no global transaction
 */
test.group('Chat mail · alerts run at the same time', (group) => {
  group.each.setup(truncateAfterRace)

  test('five runs at once alert each wait once; the scheduled job is the same run', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    try {
      await createAdmin()
      await createCoach()
      const first = await startChat(client, { name: 'Menunggu', message: 'Halo?' })
      const second = await startChat(client, { name: 'Juga menunggu', message: 'Halo juga?' })
      await db
        .from('chat_sessions')
        .whereIn('id', [first.id, second.id])
        .update({ awaiting_since: minutesAgo(30) })

      const runs = await Promise.all(
        Array.from({ length: 5 }, () => alertUnansweredChats({ minutes: 10 }))
      )
      assert.equal(
        runs.reduce((sum, run) => sum + run.alerted, 0),
        2
      )
      // two chats × two staff
      mails.assertQueuedCount(ChatUnansweredNotification, 4)

      // what jobs:schedule runs every minute (chat-alert) alerts nothing twice
      assert.deepInclude(RECURRING, {
        id: 'chat-alert',
        cron: '* * * * *',
        what: 'chat:alert, every minute',
      })
      const third = await startChat(client, { name: 'Ketiga', message: 'Permisi?' })
      await db
        .from('chat_sessions')
        .where('id', third.id)
        .update({ awaiting_since: minutesAgo(CHAT_UNANSWERED_MINUTES + 1) })
      await Promise.all([
        AlertUnansweredChatsJob.dispatch({}),
        AlertUnansweredChatsJob.dispatch({}),
      ])
      mails.assertQueuedCount(ChatUnansweredNotification, 6)
      await AlertUnansweredChatsJob.dispatch({})
      mails.assertQueuedCount(ChatUnansweredNotification, 6)
    } finally {
      mail.restore()
    }
  })
})
