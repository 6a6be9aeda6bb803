import { readdir } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import Room from '#models/room'
import RoomTransformer from '#transformers/room_transformer'
import { TRANSFORMERS } from '#openapi/transformers'
import { serialize } from '#services/serialize'
import { openApiDocument } from '../../../app/openapi/index.js'
import { Contract } from '../../contract.js'

function aRoom() {
  const room = new Room()
  room.merge({
    id: '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
    name: 'Lapangan A',
    capacity: 12,
    description: null,
    createdAt: DateTime.now(),
    updatedAt: DateTime.now(),
  })
  return room
}

test.group('Transformers | the document takes its shapes from them', () => {
  test('every transformer is listed, and every variant has a shape', async ({ assert }) => {
    const names = await readdir(app.makePath('app/transformers'))
    const files = names.filter((file) => file.endsWith('_transformer.ts'))
    const listed = new Set(TRANSFORMERS.map((transformer) => transformer.name))
    for (const file of files) {
      const { default: transformer } = await import(app.makePath('app/transformers', file))
      if (typeof transformer !== 'function' || !('shapes' in transformer)) continue
      assert.isTrue(listed.has(transformer.name), `${transformer.name} is not in TRANSFORMERS`)
      const variants = Object.getOwnPropertyNames(transformer.prototype).filter(
        (name) => name === 'toObject' || name.startsWith('for')
      )
      assert.sameMembers(Object.keys(transformer.shapes), variants, transformer.name)
    }
  })

  test('a field a transformer adds without its shape breaks the contract', async ({ assert }) => {
    const contract = new Contract(openApiDocument())
    const data = await serialize(RoomTransformer.transform(aRoom()))
    const envelope = { success: true, message: 'OK', data }
    assert.deepEqual(contract.check('PUT', `/api/v1/rooms/${data.id}`, 200, envelope), [])

    const leaky = { ...envelope, data: { ...data, internal_notes: 'x' } }
    const problems = contract.check('PUT', `/api/v1/rooms/${data.id}`, 200, leaky)
    assert.lengthOf(problems, 1)
    assert.include(problems[0], '"internal_notes"')

    const missing = { ...envelope, data: { ...data, capacity: undefined } }
    assert.match(
      contract.check(
        'PUT',
        `/api/v1/rooms/${data.id}`,
        200,
        JSON.parse(JSON.stringify(missing))
      )[0],
      /capacity/
    )
  })

  test('a variant answers exactly its shape', async ({ assert }) => {
    const summary = await serialize(RoomTransformer.transform(aRoom()).useVariant('forSummary'))
    assert.deepEqual(Object.keys(summary).sort(), ['capacity', 'id', 'name'])
  })
})
