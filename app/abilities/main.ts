/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
|
| Small role checks used by navigation and templates. Decisions about a
| resource live in policies (app/policies).
|
*/

import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

export const accessAdmin = Bouncer.ability((user: User) => user.role === 'admin')

export const accessCoachArea = Bouncer.ability(
  (user: User) => user.role === 'coach' || user.role === 'admin'
)
