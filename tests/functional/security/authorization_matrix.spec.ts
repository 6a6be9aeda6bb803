import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import router from '@adonisjs/core/services/router'
import type User from '#models/user'
import TrainingSession from '#models/training_session'
import Notification from '#models/notification'
import { createBooking } from '#actions/bookings/create_booking'
import { createSessionSeries } from '#actions/schedule/create_session_series'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import { startChatSession } from '#actions/chat/start_chat_session'
import { API_RATE_LIMITS } from '#start/limiter'
import {
  accessToken,
  createAdmin,
  createCoach,
  createMember,
  createPackage,
  createParent,
  createProgram,
  createRoom,
  createSession,
  createSlot,
  givePackage,
  localDate,
  uniqueEmail,
} from '#tests/fixtures'
import { contractCheck } from '../../contract.js'
import News from '#models/news'
import Achievement from '#models/achievement'

const NEWS_ID = '0a7e0000-0000-4000-8000-000000000001'
const ACHIEVEMENT_ID = '0a7e0000-0000-4000-8000-000000000002'
const withNews = () =>
  News.create({
    id: NEWS_ID,
    title: 'Berita matriks',
    slug: 'berita-matriks',
    body: 'Isi',
    publishAt: DateTime.now().minus({ days: 1 }),
  })
const withAchievement = () =>
  Achievement.create({
    id: ACHIEVEMENT_ID,
    type: 'club',
    title: 'Prestasi matriks',
    description: 'Isi',
    achievedOn: DateTime.now().minus({ days: 1 }),
  })

/*
|--------------------------------------------------------------------------
| The authorization matrix
|--------------------------------------------------------------------------
|
| Every /api/v1 route of the router × anonymous, member A, member B,
| coach A, coach B and an admin, against resources of A (member A's child,
| booking and package; coach A's sessions). The expected status of each
| cell is written in the table below; a route the table does not list
| fails the test, so a new route is placed in the matrix the day it is
| added. Each cell runs in a savepoint of one shared world, so a write by
| one identity never changes what the next one sees.
|
*/

type Who = 'anon' | 'memberA' | 'memberB' | 'coachA' | 'coachB' | 'admin'
const WHO: Who[] = ['anon', 'memberA', 'memberB', 'coachA', 'coachB', 'admin']

interface World {
  users: Record<Exclude<Who, 'anon'>, User>
  tokens: Record<Exclude<Who, 'anon'>, string>
  childA: string
  childB: string
  packageA: string
  bookingA: string
  sessionA: string
  emptySessionA: string
  sessionB: string
  seriesA: string
  program: string
  room: string
  slot: string
  catalogPackage: string
  notificationA: string
  enrollmentA: string
  chatA: string
}

interface Cell {
  /**
   * The path with real ids
   */
  url: (w: World) => string
  body?: (w: World) => Record<string, unknown>
  /**
   * Runs inside the cell's savepoint before the request
   */
  prepare?: (w: World) => Promise<unknown>
  /**
   * Expected status per identity, in the order of WHO
   */
  expect: [
    anon: number,
    memberA: number,
    memberB: number,
    coachA: number,
    coachB: number,
    admin: number,
  ]
}

const sessionStatus = (id: (w: World) => string, status: string) => (w: World) =>
  TrainingSession.query().where('id', id(w)).update({ status })

/**
 * The session started ten minutes ago and is under way
 */
const underway = (id: (w: World) => string) => (w: World) =>
  TrainingSession.query()
    .where('id', id(w))
    .update({
      status: 'ongoing',
      starts_at: DateTime.now().minus({ minutes: 10 }).toJSDate(),
      ends_at: DateTime.now().plus({ minutes: 50 }).toJSDate(),
    })

/**
 * The table, as DESIGN.md §6 gives it: P public, M member, C coach (own:
 * their sessions), A admin, whose policy before() lets them through. 401 anonymous, 403 a role that may never, 404 a resource that
 * is not theirs to see (its existence is not confirmed).
 */
const MATRIX: Record<string, Cell> = {
  'GET /api/v1/ping': { url: () => '/api/v1/ping', expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/v1/health': { url: () => '/api/v1/health', expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/v1/health/live': {
    url: () => '/api/v1/health/live',
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/health/ready': {
    url: () => '/api/v1/health/ready',
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/openapi.json': {
    url: () => '/api/v1/openapi.json',
    expect: [200, 200, 200, 200, 200, 200],
  },

  // accounts
  'POST /api/v1/auth/register': {
    url: () => '/api/v1/auth/register',
    body: () => ({ name: 'Orang Baru', email: uniqueEmail('baru'), password: 'rahasia-panjang-1' }),
    expect: [202, 202, 202, 202, 202, 202],
  },
  'POST /api/v1/auth/register/confirm': {
    url: () => '/api/v1/auth/register/confirm',
    body: () => ({ token: 'not-a-token' }),
    expect: [422, 422, 422, 422, 422, 422],
  },
  'POST /api/v1/auth/login': {
    url: () => '/api/v1/auth/login',
    body: (w) => ({ email: w.users.memberA.email, password: 'password-123' }),
    expect: [200, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/auth/refresh': {
    url: () => '/api/v1/auth/refresh',
    body: () => ({ refresh_token: 'not-a-token' }),
    expect: [401, 401, 401, 401, 401, 401],
  },
  'POST /api/v1/auth/forgot-password': {
    url: () => '/api/v1/auth/forgot-password',
    body: (w) => ({ email: w.users.memberA.email }),
    expect: [200, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/auth/reset-password': {
    url: () => '/api/v1/auth/reset-password',
    body: () => ({ token: 'not-a-token', password: 'rahasia-panjang-1' }),
    expect: [422, 422, 422, 422, 422, 422],
  },
  'POST /api/v1/auth/logout': {
    url: () => '/api/v1/auth/logout',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/auth/me': { url: () => '/api/v1/auth/me', expect: [401, 200, 200, 200, 200, 200] },
  'PUT /api/v1/auth/me': {
    url: () => '/api/v1/auth/me',
    body: () => ({ name: 'Nama Baru' }),
    expect: [401, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/auth/change-password': {
    url: () => '/api/v1/auth/change-password',
    body: () => ({ current_password: 'password-123', password: 'rahasia-panjang-2' }),
    expect: [401, 200, 200, 200, 200, 200],
  },

  // admin: users
  'GET /api/v1/admin/users/stats': {
    url: () => '/api/v1/admin/users/stats',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/users': {
    url: () => '/api/v1/admin/users',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/users': {
    url: () => '/api/v1/admin/users',
    body: () => ({
      name: 'Staf Baru',
      email: uniqueEmail('staf'),
      password: 'rahasia-panjang-1',
      role: 'coach',
    }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'PATCH /api/v1/admin/users/:id': {
    url: (w) => `/api/v1/admin/users/${w.users.memberB.id}`,
    body: () => ({ name: 'Nama Lain' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/audit-logs': {
    url: () => '/api/v1/admin/audit-logs',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/users/:id': {
    url: (w) => `/api/v1/admin/users/${w.users.memberB.id}`,
    expect: [401, 403, 403, 403, 403, 200],
  },

  // catalogue (public reads)
  'GET /api/v1/programs': { url: () => '/api/v1/programs', expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/v1/programs/:id': {
    url: (w) => `/api/v1/programs/${w.program}`,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/coaches': { url: () => '/api/v1/coaches', expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/v1/coaches/:id': {
    url: (w) => `/api/v1/coaches/${w.users.coachA.id}`,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/coaches/:id/slots': {
    url: (w) => `/api/v1/coaches/${w.users.coachA.id}/slots`,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/training-sessions': {
    url: () => '/api/v1/training-sessions',
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/training-sessions/:id': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}`,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/packages': { url: () => '/api/v1/packages', expect: [200, 200, 200, 200, 200, 200] },

  // programs, rooms, slots (staff)
  'GET /api/v1/programs/stats': {
    url: () => '/api/v1/programs/stats',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/programs': {
    url: () => '/api/v1/programs',
    body: () => ({ name: 'Program Baru', code: `PB-${randomUUID().slice(0, 6)}` }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'PUT /api/v1/programs/:id': {
    url: (w) => `/api/v1/programs/${w.program}`,
    body: () => ({ name: 'Nama Program' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/programs/:id': {
    url: (w) => `/api/v1/programs/${w.program}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/rooms': { url: () => '/api/v1/rooms', expect: [401, 403, 403, 200, 200, 200] },
  'GET /api/v1/rooms/:id': {
    url: (w) => `/api/v1/rooms/${w.room}`,
    expect: [401, 403, 403, 200, 200, 200],
  },
  'POST /api/v1/rooms': {
    url: () => '/api/v1/rooms',
    body: () => ({ name: `Ruang ${randomUUID().slice(0, 6)}` }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'PUT /api/v1/rooms/:id': {
    url: (w) => `/api/v1/rooms/${w.room}`,
    body: () => ({ capacity: 30 }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/rooms/:id': {
    url: (w) => `/api/v1/rooms/${w.room}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/session-times': {
    url: () => '/api/v1/session-times',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/session-times/:id': {
    url: (w) => `/api/v1/session-times/${w.slot}`,
    expect: [401, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/session-times': {
    url: () => '/api/v1/session-times',
    body: () => ({
      label: `Malam ${randomUUID().slice(0, 4)}`,
      start_time: '19:00',
      end_time: '20:00',
    }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'PUT /api/v1/session-times/:id': {
    url: (w) => `/api/v1/session-times/${w.slot}`,
    body: () => ({ label: 'Pagi sekali' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/session-times/:id': {
    url: (w) => `/api/v1/session-times/${w.slot}`,
    expect: [401, 403, 403, 403, 403, 200],
  },

  // coaches (admin)
  'GET /api/v1/admin/coaches': {
    url: () => '/api/v1/admin/coaches',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/coaches/:id': {
    url: (w) => `/api/v1/admin/coaches/${w.users.coachA.id}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/coaches': {
    url: () => '/api/v1/admin/coaches',
    body: () => ({
      name: 'Pelatih Baru',
      email: uniqueEmail('pelatih'),
      password: 'rahasia-panjang-1',
    }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'PUT /api/v1/admin/coaches/:id': {
    url: (w) => `/api/v1/admin/coaches/${w.users.coachA.id}`,
    body: () => ({ bio: 'Pelatih nasional' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/coaches/:id': {
    url: (w) => `/api/v1/admin/coaches/${w.users.coachB.id}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/coach/dashboard': {
    url: () => '/api/v1/coach/dashboard',
    expect: [401, 403, 403, 200, 200, 200],
  },

  // sessions and series
  'POST /api/v1/training-sessions/series': {
    url: () => '/api/v1/training-sessions/series',
    body: (w) => ({
      weekdays: ['sat'],
      starts_on: localDate(20),
      ends_on: localDate(40),
      start_time: '16:00',
      end_time: '17:00',
      coach_id: w.users.coachA.id,
      title: 'Seri baru',
    }),
    expect: [401, 403, 403, 201, 403, 201],
  },
  'GET /api/v1/training-sessions/series/:id': {
    url: (w) => `/api/v1/training-sessions/series/${w.seriesA}`,
    expect: [401, 403, 403, 200, 403, 200],
  },
  'PATCH /api/v1/training-sessions/series/:id': {
    url: (w) => `/api/v1/training-sessions/series/${w.seriesA}`,
    body: () => ({ title: 'Seri diganti' }),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/series/:id/cancel': {
    url: (w) => `/api/v1/training-sessions/series/${w.seriesA}/cancel`,
    body: () => ({ reason: 'Libur' }),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions': {
    url: () => '/api/v1/training-sessions',
    body: (w) => ({
      title: 'Sesi baru',
      coach_id: w.users.coachA.id,
      session_time_id: w.slot,
      date: localDate(9),
      capacity: 6,
    }),
    expect: [401, 403, 403, 201, 403, 201],
  },
  'PATCH /api/v1/training-sessions/:id': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}`,
    body: () => ({ title: 'Judul baru' }),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'DELETE /api/v1/training-sessions/:id': {
    url: (w) => `/api/v1/training-sessions/${w.emptySessionA}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/open': {
    url: (w) => `/api/v1/training-sessions/${w.emptySessionA}/open`,
    prepare: sessionStatus((w) => w.emptySessionA, 'scheduled'),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/close': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/close`,
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/start': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/start`,
    prepare: sessionStatus((w) => w.sessionA, 'closed'),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/complete': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/complete`,
    prepare: sessionStatus((w) => w.sessionA, 'ongoing'),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/cancel': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/cancel`,
    body: () => ({ reason: 'Hujan deras' }),
    expect: [401, 403, 403, 200, 403, 200],
  },

  // a parent's own
  'GET /api/v1/me/members': {
    url: () => '/api/v1/me/members',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/me/members': {
    url: () => '/api/v1/me/members',
    body: () => ({ name: 'Anak Baru', relationship: 'child' }),
    expect: [401, 201, 201, 403, 403, 201],
  },
  'PATCH /api/v1/me/members/:id': {
    url: (w) => `/api/v1/me/members/${w.childA}`,
    body: () => ({ school: 'SMP 1' }),
    expect: [401, 200, 404, 404, 404, 200],
  },
  'GET /api/v1/me/packages': {
    url: () => '/api/v1/me/packages',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/me/bookings': {
    url: () => '/api/v1/me/bookings',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/me/dashboard': {
    url: () => '/api/v1/me/dashboard',
    expect: [401, 200, 200, 200, 200, 200],
  },

  // notifications (each account its own)
  'GET /api/v1/notifications': {
    url: () => '/api/v1/notifications',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/notifications/read': {
    url: () => '/api/v1/notifications/read',
    body: () => ({}),
    expect: [401, 200, 200, 200, 200, 200],
  },
  'POST /api/v1/notifications/:id/read': {
    url: (w) => `/api/v1/notifications/${w.notificationA}/read`,
    expect: [401, 200, 404, 404, 404, 404],
  },

  // enrollments (the public front door)
  'POST /api/v1/enrollments': {
    url: () => '/api/v1/enrollments',
    body: (w) => ({
      program_id: w.program,
      child_name: 'Anak Baru',
      guardian_name: 'Ibu Rina',
      email: uniqueEmail('wali'),
      wa_number: '081234567890',
      consent: true,
    }),
    expect: [201, 201, 201, 201, 201, 201],
  },
  'GET /api/v1/enrollments/status': {
    url: () =>
      '/api/v1/enrollments/status?email=wali%40example.com&registration_number=REG-2026-01-001',
    expect: [404, 404, 404, 404, 404, 404],
  },
  'GET /api/v1/me/enrollments': {
    url: () => '/api/v1/me/enrollments',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/enrollments': {
    url: () => '/api/v1/enrollments',
    expect: [401, 403, 403, 200, 200, 200],
  },
  'GET /api/v1/enrollments/:id': {
    url: (w) => `/api/v1/enrollments/${w.enrollmentA}`,
    expect: [401, 200, 404, 200, 200, 200],
  },
  'POST /api/v1/enrollments/:id/approve': {
    url: (w) => `/api/v1/enrollments/${w.enrollmentA}/approve`,
    expect: [401, 404, 404, 403, 403, 200],
  },
  'POST /api/v1/enrollments/:id/reject': {
    url: (w) => `/api/v1/enrollments/${w.enrollmentA}/reject`,
    body: () => ({ reason: 'Kelas penuh' }),
    expect: [401, 404, 404, 403, 403, 200],
  },
  'POST /api/v1/enrollments/:id/cancel': {
    url: (w) => `/api/v1/enrollments/${w.enrollmentA}/cancel`,
    expect: [401, 200, 404, 404, 404, 200],
  },

  // live chat: member A started chatA (signed in); no chat token is sent here
  'POST /api/v1/chat/sessions': {
    url: () => '/api/v1/chat/sessions',
    body: () => ({ name: 'Budi Tamu', email: uniqueEmail('tamu'), message: 'Halo' }),
    expect: [201, 201, 201, 201, 201, 201],
  },
  'POST /api/v1/chat/sessions/:id/messages': {
    url: (w) => `/api/v1/chat/sessions/${w.chatA}/messages`,
    body: () => ({ body: 'Ada kelas sore?' }),
    expect: [404, 201, 404, 201, 201, 201],
  },
  'GET /api/v1/chat/sessions/:id': {
    url: (w) => `/api/v1/chat/sessions/${w.chatA}`,
    expect: [404, 200, 404, 200, 200, 200],
  },
  'GET /api/v1/me/chat-sessions': {
    url: () => '/api/v1/me/chat-sessions',
    expect: [401, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/chat/sessions': {
    url: () => '/api/v1/chat/sessions',
    expect: [401, 403, 403, 200, 200, 200],
  },
  'PATCH /api/v1/chat/sessions/:id': {
    url: (w) => `/api/v1/chat/sessions/${w.chatA}`,
    body: () => ({ tags: ['jadwal'], resolved: true }),
    expect: [401, 403, 403, 200, 200, 200],
  },
  'POST /api/v1/chat/sessions/:id/close': {
    url: (w) => `/api/v1/chat/sessions/${w.chatA}/close`,
    expect: [401, 403, 403, 200, 200, 200],
  },
  'GET /api/v1/chat/stats': {
    url: () => '/api/v1/chat/stats',
    expect: [401, 403, 403, 403, 403, 200],
  },

  // bookings and attendance
  'POST /api/v1/bookings': {
    url: () => '/api/v1/bookings',
    body: (w) => ({ training_session_id: w.emptySessionA, member_id: w.childA }),
    expect: [401, 201, 404, 201, 403, 201],
  },
  'GET /api/v1/bookings/:id': {
    url: (w) => `/api/v1/bookings/${w.bookingA}`,
    expect: [401, 200, 404, 200, 404, 200],
  },
  'POST /api/v1/bookings/:id/cancel': {
    url: (w) => `/api/v1/bookings/${w.bookingA}/cancel`,
    body: () => ({ reason: 'Sakit' }),
    expect: [401, 200, 404, 404, 404, 200],
  },
  'GET /api/v1/training-sessions/:id/roster': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/roster`,
    expect: [401, 403, 403, 200, 403, 200],
  },
  'PUT /api/v1/training-sessions/:id/attendance/:member_id': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/attendance/${w.childA}`,
    body: () => ({ status: 'present' }),
    prepare: underway((w) => w.sessionA),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'PUT /api/v1/training-sessions/:id/attendance': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/attendance`,
    body: (w) => ({ attendances: [{ member_id: w.childA, status: 'present' }] }),
    prepare: underway((w) => w.sessionA),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'GET /api/v1/training-sessions/:id/invitations': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/invitations`,
    expect: [401, 403, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/invitations': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/invitations`,
    body: (w) => ({ member_ids: [w.childB] }),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'DELETE /api/v1/training-sessions/:id/invitations/:member_id': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/invitations/${w.childA}`,
    prepare: (w) =>
      db
        .table('session_invitations')
        .insert({ training_session_id: w.sessionA, member_id: w.childA }),
    expect: [401, 403, 403, 200, 403, 200],
  },
  'GET /api/v1/training-sessions/:id/presences': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/presences`,
    expect: [401, 200, 403, 200, 403, 200],
  },
  'POST /api/v1/training-sessions/:id/join': {
    url: (w) => `/api/v1/training-sessions/${w.sessionA}/join`,
    expect: [401, 409, 403, 403, 403, 409],
  },
  'GET /api/v1/members/:id/attendance': {
    url: (w) => `/api/v1/members/${w.childA}/attendance`,
    expect: [401, 200, 404, 200, 200, 200],
  },

  'GET /api/v1/members/:id/export': {
    url: (w) => `/api/v1/members/${w.childA}/export`,
    expect: [401, 200, 404, 404, 404, 200],
  },
  'POST /api/v1/members/:id/erase': {
    url: (w) => `/api/v1/members/${w.childA}/erase`,
    body: () => ({ confirm: true }),
    expect: [401, 200, 404, 404, 404, 200],
  },

  // the club's site
  'GET /api/v1/club': { url: () => '/api/v1/club', expect: [200, 200, 200, 200, 200, 200] },
  'PUT /api/v1/admin/club': {
    url: () => '/api/v1/admin/club',
    body: () => ({ name: 'Klub Matriks' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/news': { url: () => '/api/v1/news', expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/v1/news/:id': {
    url: () => `/api/v1/news/${NEWS_ID}`,
    prepare: withNews,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/achievements': {
    url: () => '/api/v1/achievements',
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/achievements/:id': {
    url: () => `/api/v1/achievements/${ACHIEVEMENT_ID}`,
    prepare: withAchievement,
    expect: [200, 200, 200, 200, 200, 200],
  },
  'GET /api/v1/admin/news': {
    url: () => '/api/v1/admin/news',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/news': {
    url: () => '/api/v1/admin/news',
    body: () => ({ title: 'Berita baru', body: 'Isi' }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'GET /api/v1/admin/news/:id': {
    url: () => `/api/v1/admin/news/${NEWS_ID}`,
    prepare: withNews,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'PUT /api/v1/admin/news/:id': {
    url: () => `/api/v1/admin/news/${NEWS_ID}`,
    prepare: withNews,
    body: () => ({ title: 'Berita diubah' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/news/:id': {
    url: () => `/api/v1/admin/news/${NEWS_ID}`,
    prepare: withNews,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/achievements': {
    url: () => '/api/v1/admin/achievements',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/achievements': {
    url: () => '/api/v1/admin/achievements',
    body: (w) => ({
      type: 'member',
      member_id: w.childA,
      title: 'Juara',
      description: 'Isi',
      date: '2026-01-10',
    }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'GET /api/v1/admin/achievements/:id': {
    url: () => `/api/v1/admin/achievements/${ACHIEVEMENT_ID}`,
    prepare: withAchievement,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'PUT /api/v1/admin/achievements/:id': {
    url: () => `/api/v1/admin/achievements/${ACHIEVEMENT_ID}`,
    prepare: withAchievement,
    body: () => ({ title: 'Juara diubah' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/achievements/:id': {
    url: () => `/api/v1/admin/achievements/${ACHIEVEMENT_ID}`,
    prepare: withAchievement,
    expect: [401, 403, 403, 403, 403, 200],
  },
  // admin: members and packages
  // analytics
  'GET /api/v1/analytics/dashboard': {
    url: () => '/api/v1/analytics/dashboard',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/analytics/programs/:id': {
    url: (w) => `/api/v1/analytics/programs/${w.program}`,
    expect: [401, 403, 403, 200, 200, 200],
  },
  'GET /api/v1/analytics/members/:id': {
    url: (w) => `/api/v1/analytics/members/${w.childA}`,
    expect: [401, 200, 404, 200, 200, 200],
  },
  'GET /api/v1/analytics/coaches/:id': {
    url: (w) => `/api/v1/analytics/coaches/${w.users.coachA.id}`,
    expect: [401, 403, 403, 200, 403, 200],
  },
  'GET /api/v1/analytics/bookings': {
    url: () => '/api/v1/analytics/bookings',
    expect: [401, 403, 403, 403, 403, 200],
  },

  'GET /api/v1/admin/dashboard': {
    url: () => '/api/v1/admin/dashboard',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/members': {
    url: () => '/api/v1/admin/members',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members': {
    url: () => '/api/v1/admin/members',
    body: () => ({ name: 'Anggota Baru' }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'GET /api/v1/admin/members/:id': {
    url: (w) => `/api/v1/admin/members/${w.childA}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'PATCH /api/v1/admin/members/:id': {
    url: (w) => `/api/v1/admin/members/${w.childA}`,
    body: () => ({ notes: 'Alergi debu' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/members/:id': {
    url: (w) => `/api/v1/admin/members/${w.childB}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members/:id/approve': {
    url: (w) => `/api/v1/admin/members/${w.childB}/approve`,
    prepare: (w) => db.from('members').where('id', w.childB).update({ status: 'pending' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members/:id/reject': {
    url: (w) => `/api/v1/admin/members/${w.childB}/reject`,
    prepare: (w) => db.from('members').where('id', w.childB).update({ status: 'pending' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members/:id/deactivate': {
    url: (w) => `/api/v1/admin/members/${w.childB}/deactivate`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members/:id/restore': {
    url: (w) => `/api/v1/admin/members/${w.childB}/restore`,
    prepare: (w) => db.from('members').where('id', w.childB).update({ status: 'inactive' }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/members/:id/packages': {
    url: (w) => `/api/v1/admin/members/${w.childA}/packages`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/members/:id/packages': {
    url: (w) => `/api/v1/admin/members/${w.childA}/packages`,
    body: (w) => ({ package_id: w.catalogPackage }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'GET /api/v1/admin/packages': {
    url: () => '/api/v1/admin/packages',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'POST /api/v1/admin/packages': {
    url: () => '/api/v1/admin/packages',
    body: () => ({ name: 'Paket Baru', price: 300000, duration_days: 30, session_count: 4 }),
    expect: [401, 403, 403, 403, 403, 201],
  },
  'GET /api/v1/admin/packages/:id': {
    url: (w) => `/api/v1/admin/packages/${w.catalogPackage}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'PUT /api/v1/admin/packages/:id': {
    url: (w) => `/api/v1/admin/packages/${w.catalogPackage}`,
    body: () => ({ price: 350000 }),
    expect: [401, 403, 403, 403, 403, 200],
  },
  'DELETE /api/v1/admin/packages/:id': {
    url: (w) => `/api/v1/admin/packages/${w.catalogPackage}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/member-packages': {
    url: () => '/api/v1/admin/member-packages',
    expect: [401, 403, 403, 403, 403, 200],
  },
  'GET /api/v1/admin/member-packages/:id': {
    url: (w) => `/api/v1/admin/member-packages/${w.packageA}`,
    expect: [401, 403, 403, 403, 403, 200],
  },
}

/**
 * Every METHOD pattern under /api/v1 in the router
 */
function apiRoutes(): string[] {
  const routes: string[] = []
  for (const domainRoutes of Object.values(router.toJSON())) {
    for (const route of domainRoutes) {
      if (!route.pattern.startsWith('/api/v1/')) continue
      for (const method of route.methods) {
        if (method !== 'HEAD') routes.push(`${method} ${route.pattern}`)
      }
    }
  }
  return routes
}

async function buildWorld(): Promise<World> {
  const [admin, memberA, memberB, coachA, coachB] = await Promise.all([
    createAdmin(),
    createParent(),
    createParent(),
    createCoach(),
    createCoach(),
  ])
  const [program, room, slot, catalogPackage] = await Promise.all([
    createProgram(),
    createRoom({ capacity: 20 }),
    createSlot('07:00', '08:00'),
    createPackage({ sessionCount: 4 }),
  ])
  const childA = await createMember(memberA)
  const childB = await createMember(memberB)
  const packageA = await givePackage(childA, 8)
  await givePackage(childB, 8)
  const open = { status: 'open' as const, capacity: 10, waitlistEnabled: false }
  const sessionA = await createSession({ coach: coachA, time: '10:00', ...open })
  const emptySessionA = await createSession({ coach: coachA, time: '13:00', ...open })
  const sessionB = await createSession({ coach: coachB, time: '10:00', ...open })
  const { booking: bookingA } = await createBooking({
    actor: memberA,
    trainingSessionId: sessionA.id,
    memberId: childA.id,
  })
  await createBooking({ actor: memberB, trainingSessionId: sessionB.id, memberId: childB.id })
  const { series } = await createSessionSeries({
    coach_id: coachA.id,
    title: 'Seri A',
    weekdays: ['sun'],
    starts_on: localDate(3),
    ends_on: localDate(30),
    start_time: '08:00',
    end_time: '09:00',
  })

  const notification = await Notification.create({
    userId: memberA.id,
    type: 'member_approved',
    params: { member: childA.name },
    data: { member_id: childA.id },
  })

  // its own program, so the catalogue's program stays deletable
  const enrollmentProgram = await createProgram()
  const enrollmentA = await createEnrollment({
    programId: enrollmentProgram.id,
    childName: 'Anak Pendaftar',
    guardianName: memberA.name,
    email: memberA.email,
    waNumber: '+6281234567890',
    consentText: 'Saya setuju',
    locale: 'id',
    account: memberA,
  })

  const { session: chatA } = await startChatSession({
    name: memberA.name,
    email: memberA.email,
    locale: 'id',
    userId: memberA.id,
    message: 'Halo, saya mau tanya',
  })

  const users = { memberA, memberB, coachA, coachB, admin }
  const tokens = {} as World['tokens']
  for (const [who, user] of Object.entries(users)) {
    tokens[who as keyof World['tokens']] = await accessToken(user)
  }
  return {
    users,
    tokens,
    childA: childA.id,
    childB: childB.id,
    packageA: packageA.id,
    bookingA: bookingA.id,
    sessionA: sessionA.id,
    emptySessionA: emptySessionA.id,
    sessionB: sessionB.id,
    seriesA: series.id,
    program: program.id,
    room: room.id,
    slot: slot.id,
    catalogPackage: catalogPackage.id,
    notificationA: notification.id,
    enrollmentA: enrollmentA.id,
    chatA: chatA.id,
  }
}

/**
 * Runs `work` in a savepoint of the global transaction and rolls it back
 */
async function inSavepoint<T>(work: () => Promise<T>): Promise<T> {
  const globals = (db as any).connectionGlobalTransactions as Map<string, any>
  const name = db.primaryConnectionName
  const outer = globals.get(name)
  const savepoint = await outer.transaction()
  globals.set(name, savepoint)
  try {
    return await work()
  } finally {
    globals.set(name, outer)
    await savepoint.rollback()
  }
}

async function send(client: ApiClient, route: string, cell: Cell, world: World, who: Who) {
  const [method] = route.split(' ')
  const request = client
    .request(cell.url(world), method.toLowerCase() as any)
    .header('accept', 'application/json')
    .header('idempotency-key', randomUUID())
  if (who !== 'anon') request.header('authorization', `Bearer ${world.tokens[who]}`)
  if (cell.body) request.json(cell.body(world))
  const response = await request
  return response.status()
}

test.group('Security | the authorization matrix', (group) => {
  let world: World
  const budgets = { ...API_RATE_LIMITS }

  group.setup(async () => {
    contractCheck.enabled = false
    API_RATE_LIMITS.public = API_RATE_LIMITS.member = API_RATE_LIMITS.admin = 1_000_000
    await db.beginGlobalTransaction()
    world = await buildWorld()
    return async () => {
      await db.rollbackGlobalTransaction()
      Object.assign(API_RATE_LIMITS, budgets)
      contractCheck.enabled = true
    }
  })
  group.each.timeout(60_000)

  test('every /api/v1 route has a row in the matrix', ({ assert }) => {
    const missing = apiRoutes().filter((route) => !MATRIX[route])
    const stale = Object.keys(MATRIX).filter((route) => !apiRoutes().includes(route))
    assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`)
    assert.deepEqual(stale, [], `rows without a route: ${stale.join(', ')}`)
  })

  for (const [route, cell] of Object.entries(MATRIX)) {
    test(route).run(async ({ client, assert }) => {
      const actual: number[] = []
      for (const who of WHO) {
        actual.push(
          await inSavepoint(async () => {
            await cell.prepare?.(world)
            return send(client, route, cell, world, who)
          })
        )
      }
      const table = (statuses: number[]) =>
        WHO.map((who, index) => `${who} ${statuses[index]}`).join(', ')
      assert.deepEqual(
        actual,
        cell.expect,
        `${route}\n expected ${table(cell.expect)}\n actual   ${table(actual)}`
      )
    })
  }
})
