import { test } from '@japa/runner'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { DateTime } from 'luxon'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { serialize } from '#services/serialize'
import { openApiDocument } from '../../../app/openapi/index.js'

function aSession() {
  const coach = new User()
  coach.merge({ id: '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Rina' })
  const session = new TrainingSession()
  session.merge({
    id: '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
    kind: 'training',
    title: 'Panahan Dasar',
    status: 'open',
    delivery: 'onsite',
    location: 'Lapangan A',
    startsAt: DateTime.fromISO('2030-03-10T02:00:00.000Z'),
    endsAt: DateTime.fromISO('2030-03-10T04:00:00.000Z'),
    coachId: coach.id,
  })
  session.$setRelated('coach', coach)
  return session
}

test.group('Transformers | training session', () => {
  test('the summary a booking shows, with its coach resolved', async ({ assert }) => {
    const summary = await serialize(
      TrainingSessionTransformer.transform(aSession()).useVariant('forSummary')
    )
    assert.deepEqual(summary, {
      id: '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
      kind: 'training',
      title: 'Panahan Dasar',
      status: 'open',
      delivery: 'onsite',
      location: 'Lapangan A',
      starts_at: '2030-03-10T02:00:00.000Z',
      ends_at: '2030-03-10T04:00:00.000Z',
      coach: { id: '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Rina' },
    })
    const schema = openApiDocument().components!.schemas!.TrainingSessionSummary as any
    assert.sameMembers(Object.keys(summary), Object.keys(schema.properties))
  })

  test('nested inside another transformer, the summary needs .depth(2) to keep its coach', async ({
    assert,
  }) => {
    class Outer extends BaseTransformer<TrainingSession> {
      toObject() {
        return {
          shallow: TrainingSessionTransformer.transform(this.resource).useVariant('forSummary'),
          deep: TrainingSessionTransformer.transform(this.resource)
            .useVariant('forSummary')
            .depth(2),
        }
      }
    }
    const data = await serialize(Outer.transform(aSession()))
    assert.notProperty(data.shallow, 'coach')
    assert.deepEqual(data.deep.coach, { id: '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Rina' })
  })
})
