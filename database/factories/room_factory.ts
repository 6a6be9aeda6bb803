import factory from '@adonisjs/lucid/factories'
import Room from '#models/room'

export const RoomFactory = factory
  .define(Room, ({ faker }) => ({
    name: `Lapangan ${faker.string.alphanumeric(6).toUpperCase()}`,
    capacity: 20,
    description: null,
  }))
  .build()
