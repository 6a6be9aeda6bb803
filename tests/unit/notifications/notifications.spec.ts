import { test } from '@japa/runner'
import User from '#models/user'
import Notification from '#models/notification'
import NotificationPolicy from '#policies/notification_policy'

function user(id: string, role: User['role'] = 'member') {
  const account = new User()
  account.merge({ id, role, status: 'active', name: id, email: `${id}@example.com` })
  return account
}

function notificationOf(userId: string) {
  const row = new Notification()
  row.merge({ id: 'note-1', userId, type: 'member_approved', params: {}, data: {} })
  return row
}

test.group('Notification policy', () => {
  test('only its reader sees and marks a notification, admins included', async ({ assert }) => {
    const policy = new NotificationPolicy()
    const note = notificationOf('parent-a')
    assert.isTrue(policy.view(user('parent-a'), note))
    assert.isTrue(policy.markRead(user('parent-a'), note))
    for (const other of [user('parent-b'), user('coach-1', 'coach'), user('admin-1', 'admin')]) {
      assert.isFalse(policy.view(other, note))
      assert.isFalse(policy.markRead(other, note))
    }
    // and no before() lets admins through
    assert.isFalse('before' in policy)
  })
})
