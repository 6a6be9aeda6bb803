import { readdirSync } from 'node:fs'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import app from '@adonisjs/core/services/app'
import { seedDemoClub } from '#database/demo_club'
import User from '#models/user'
import Member from '#models/member'
import Program from '#models/program'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import SessionSeries from '#models/session_series'
import TrainingSession from '#models/training_session'
import Package from '#models/package'
import Booking from '#models/booking'
import Notification from '#models/notification'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import { startChatSession } from '#actions/chat/start_chat_session'
import db from '@adonisjs/lucid/services/db'
import News from '#models/news'
import Achievement from '#models/achievement'
import { withLocaleCookie } from './helpers.js'

/*
|--------------------------------------------------------------------------
| The crawl: every GET page, as every role, in both languages
|--------------------------------------------------------------------------
|
| Walks every GET route that renders a page (router.toJSON(), so a new page
| is crawled the day it is added) as a visitor, the demo parent, the demo
| coach and the demo admin, in Indonesian and English, with real ids from
| the demo club. It fails on a 5xx, on Edge syntax printed as text, on a
| missing translation or a raw translation key, on a raw field name
| (`date_of_birth`), on a signed-in page with the visitor's navigation and
| on a page without the language switch. A route with a parameter the crawl
| has no id for fails too, so it must be taught here.
|
*/

type Role = 'visitor' | 'parent' | 'coach' | 'admin'
type Locale = 'id' | 'en'

const ROLES: Role[] = ['visitor', 'parent', 'coach', 'admin']
const LOCALES: Locale[] = ['id', 'en']
const LOGINS: Record<Exclude<Role, 'visitor'>, string> = {
  parent: 'parent@latih.test',
  coach: 'coach@latih.test',
  admin: 'admin@latih.test',
}

/**
 * GET routes that are not portal pages: the API, streams, assets, and the
 * API reference for developers (its own layout; field names are its content)
 */
const NOT_PAGES = [
  /^\/api\/v1(\/|$)/,
  /^\/api\/docs$/,
  /^\/__transmit\//,
  /^\/vendor\//,
  /\.(js|css|ico|svg|png)$/,
  /\.ics$/,
  /\.csv$/,
]

/**
 * Pages each role must reach with a 200: the crawl passes only if it saw
 * them, so a broken login or seed cannot make it pass vacuously
 */
const MUST_REACH: Record<Role, string[]> = {
  visitor: [
    'home',
    'schedule.index',
    'programs.index',
    'programs.show',
    'session.create',
    'news.index',
    'news.show',
    'achievements.index',
    'achievements.show',
  ],
  parent: ['dashboard', 'parent.children.index', 'parent.bookings.create', 'parent.bookings.index'],
  coach: ['dashboard', 'coach.sessions.index', 'coach.sessions.create', 'coach.roster.show'],
  admin: [
    'dashboard',
    'admin.members.index',
    'admin.sessions.index',
    'admin.programs.index',
    'admin.news.index',
    'admin.news.edit',
    'admin.news.preview',
    'admin.achievements.index',
    'admin.achievements.edit',
    'admin.club.edit',
  ],
}

/**
 * The namespaces of the translation files: `pages.login.title` printed as
 * text is a raw key
 */
const NAMESPACES = readdirSync(app.languageFilesPath('id'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))

const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*\\b`)
const RAW_FIELD = /\b[a-z]+(?:_[a-z0-9]+)+\b/
const RAW_EDGE =
  /@(?:if|elseif|each|let|assign|include|component|can|unless|inject|slot)\s*\(|@(?:end|else)\b|\{\{|\}\}/

type Ids = Record<string, string>

/**
 * Real ids from the demo club, by what a route's :id names
 */
async function demoIds(): Promise<Ids> {
  const parent = await User.findByOrFail('email', LOGINS.parent)
  const coach = await User.findByOrFail('email', LOGINS.coach)
  const child = await Member.query().where('account_id', parent.id).orderBy('name').firstOrFail()
  const session = await TrainingSession.query()
    .where('coach_id', coach.id)
    .orderBy('starts_at')
    .firstOrFail()
  const booking = await Booking.query()
    .whereIn('member_id', db.from('members').where('account_id', parent.id).select('id'))
    .firstOrFail()
  const notification = await Notification.create({
    userId: parent.id,
    type: 'member_approved',
    params: { member: child.name },
    data: { member_id: child.id },
  })
  const [news, achievement] = await Promise.all([
    News.query().where('publish_at', '<=', new Date()).firstOrFail(),
    Achievement.query().where('type', 'member').firstOrFail(),
  ])
  const [series, program, room, slot, pkg] = await Promise.all([
    SessionSeries.query().firstOrFail(),
    Program.query().firstOrFail(),
    Room.query().firstOrFail(),
    SessionTime.query().firstOrFail(),
    Package.query().firstOrFail(),
  ])
  const enrollment = await createEnrollment({
    programId: program.id,
    childName: 'Calon Anggota',
    guardianName: parent.name,
    email: parent.email,
    waNumber: '+6281234567890',
    consentText: 'Saya setuju',
    locale: 'id',
    account: parent,
  })
  const { session: chat } = await startChatSession({
    name: 'Tamu Obrolan',
    email: 'tamu@example.com',
    locale: 'id',
    message: 'Halo <b>klub</b>',
  })
  return {
    chat: chat.id,
    enrollment: enrollment.id,
    program: program.id,
    room: room.id,
    session_time: slot.id,
    coach: coach.id,
    session: session.id,
    series: series.id,
    member: child.id,
    package: pkg.id,
    user: parent.id,
    booking: booking.id,
    notification: notification.id,
    news: news.id,
    news_slug: news.slug,
    achievement: achievement.id,
  }
}

/**
 * Which id a route's :id stands for, from its pattern; a route the table
 * does not know makes the crawl fail
 */
const ID_OF: Array<[RegExp, keyof Ids | ((ids: Ids) => string)]> = [
  [/^\/programs\/:id$/, 'program'],
  [/^\/admin\/programs\/:id/, 'program'],
  [/^\/admin\/rooms\/:id/, 'room'],
  [/^\/admin\/session-times\/:id/, 'session_time'],
  [/^\/admin\/coaches\/:id/, 'coach'],
  [/^\/admin\/sessions\/:id/, 'session'],
  [/^\/admin\/series\/:id/, 'series'],
  [/^\/coach\/sessions\/:id/, 'session'],
  [/^\/parent\/children\/:id/, 'member'],
  [/^\/parent\/bookings\/:id/, 'booking'],
  [/^\/notifications\/:id/, 'notification'],
  [/^\/admin\/members\/:id/, 'member'],
  [/^\/admin\/packages\/:id/, 'package'],
  [/^\/admin\/users\/:id/, 'user'],
  [/^\/admin\/enrollments\/:id/, 'enrollment'],
  [/^\/parent\/enrollments\/:id/, 'enrollment'],
  [/^\/news\/:slug$/, 'news_slug'],
  [/^\/admin\/news\/:id/, 'news'],
  [/^\/achievements\/:id$/, 'achievement'],
  [/^\/admin\/achievements\/:id/, 'achievement'],
  [/^\/staff\/chats\/:id/, 'chat'],
  [/^\/reset-password\/:token$/, () => 'not-a-real-token'],
  [/^\/register\/confirm\/:token$/, () => 'not-a-real-token'],
  [/^\/coming-soon\/:feature$/, () => 'unknown'],
]

type PageRoute = { name: string; pattern: string }

function pageRoutes(): PageRoute[] {
  const pages: PageRoute[] = []
  for (const routes of Object.values(router.toJSON())) {
    for (const route of routes) {
      if (!route.methods.includes('GET')) continue
      if (NOT_PAGES.some((pattern) => pattern.test(route.pattern))) continue
      pages.push({ name: route.name ?? route.pattern, pattern: route.pattern })
    }
  }
  return pages
}

function urlOf(route: PageRoute, ids: Ids): string {
  if (!route.pattern.includes(':')) return route.pattern
  const entry = ID_OF.find(([pattern]) => pattern.test(route.pattern))
  if (!entry) {
    throw new Error(`The crawl has no id for ${route.pattern}: teach it in ID_OF`)
  }
  const id = typeof entry[1] === 'function' ? entry[1](ids) : ids[entry[1]]
  return route.pattern.replace(/:[a-z_]+/g, id)
}

/**
 * What a person reads: text between tags and the texts of attributes that
 * are shown or read aloud
 */
function readableText(html: string) {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
  const attributes = [
    ...body.matchAll(/\s(?:placeholder|aria-label|title|alt|content)="([^"]*)"/g),
  ].map((match) => match[1])
  const text = body.replace(/<[^>]+>/g, ' ')
  return `${text} ${attributes.join(' ')}`
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
}

function context(text: string, match: RegExpMatchArray | null) {
  if (!match || match.index === undefined) return ''
  return text.slice(Math.max(0, match.index - 60), match.index + 60)
}

/**
 * What is wrong with one rendered page, as sentences
 */
function problemsOf(html: string, role: Role): string[] {
  const problems: string[] = []
  const withoutScripts = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
  const text = readableText(html)

  const edge = withoutScripts.match(RAW_EDGE)
  if (edge) problems.push(`raw Edge syntax: …${context(withoutScripts, edge)}…`)
  if (html.includes('translation missing')) {
    problems.push(`missing translation: …${context(html, html.match(/translation missing[^<]*/))}…`)
  }
  const key = text.match(RAW_KEY)
  if (key) problems.push(`raw translation key "${key[0]}": …${context(text, key)}…`)
  const field = text.match(RAW_FIELD)
  if (field) problems.push(`raw field name "${field[0]}": …${context(text, field)}…`)

  const logout = `action="${urlFor('session.destroy')}"`
  const register = `href="${urlFor('new_account.create')}"`
  if (role === 'visitor') {
    if (html.includes(logout)) problems.push('a visitor sees a logout button')
  } else {
    if (!html.includes(logout))
      problems.push('signed in, but no logout button (visitor navigation)')
    if (html.includes(register)) problems.push('signed in, but the register link is shown')
  }
  if (!html.includes(`action="${urlFor('locale.update')}"`)) {
    problems.push('no language switch')
  }
  return problems
}

type PageForm = { action: string; fields: Record<string, string>; names: string[] }

/**
 * The data-entry forms of a page (POST, with a control a person fills in),
 * with their hidden fields kept and every other field left empty
 */
function formsOf(html: string): PageForm[] {
  const skip = [urlFor('session.destroy'), urlFor('locale.update')]
  const forms: PageForm[] = []
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, attributes, body] = match
    if (!/method="post"/i.test(attributes)) continue
    const action = attributes.match(/action="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&')
    if (!action || skip.some((path) => action.split('?')[0] === path)) continue
    const fields: Record<string, string> = {}
    const names: string[] = []
    for (const control of body.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const name = control[2].match(/name="([^"]+)"/)?.[1]
      if (!name) continue
      const type = control[2].match(/type="([^"]+)"/)?.[1] ?? 'text'
      if (control[1] === 'input' && type === 'hidden') {
        fields[name] = control[2].match(/value="([^"]*)"/)?.[1] ?? ''
      } else if (!['submit', 'button', 'checkbox', 'radio'].includes(type)) {
        fields[name] = ''
        names.push(name.replace(/\[\]$/, ''))
      }
    }
    if (names.length) forms.push({ action, fields, names })
  }
  return forms
}

/**
 * What is wrong with the errors a form shows after an empty submit
 */
function formProblemsOf(html: string, form: PageForm, locale: Locale): string[] {
  const problems: string[] = []
  const errors = [
    ...html.matchAll(/class="(?:field__error|flash[^"]*)"[^>]*>([\s\S]*?)<\/(?:p|div)>/g),
  ]
    .map((match) =>
      match[1]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
  for (const error of errors) {
    if (error.includes('translation missing')) problems.push(`missing translation: ${error}`)
    const field = error.match(RAW_FIELD)
    if (field) problems.push(`raw field name "${field[0]}" in "${error}"`)
    if (locale === 'id') {
      const raw = form.names.find((name) => new RegExp(`(^|\\s)${name}(\\s|$)`).test(error))
      if (raw) problems.push(`raw field name "${raw}" in "${error}"`)
      if (/\b(the|field|must|required)\b/i.test(error)) problems.push(`English in "${error}"`)
    }
  }
  return problems
}

async function visit(client: ApiClient, url: string, user: User | null, locale: Locale) {
  const request = withLocaleCookie(client.get(url).redirects(0), locale).header(
    'accept',
    'text/html'
  )
  if (user) request.loginAs(user)
  return request
}

test.group('Pages · the crawl', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(120_000)

  for (const role of ROLES) {
    test('every page as the {role}, in Indonesian and English')
      .with([{ role }])
      .run(async ({ client, assert }, { role: who }) => {
        await seedDemoClub()
        const ids = await demoIds()
        const user = who === 'visitor' ? null : await User.findByOrFail('email', LOGINS[who])

        const failures: string[] = []
        const reached = new Set<string>()
        for (const route of pageRoutes()) {
          const url = urlOf(route, ids)
          for (const locale of LOCALES) {
            const response = await visit(client, url, user, locale)
            const status = response.status()
            if (status >= 500) {
              failures.push(`${locale} ${url}: ${status}`)
              continue
            }
            const type = String(response.headers()['content-type'] ?? '')
            if (status !== 200 || !type.includes('text/html')) continue
            reached.add(route.name)
            for (const problem of problemsOf(response.text(), who)) {
              failures.push(`${locale} ${url}: ${problem}`)
            }
          }
        }

        assert.deepEqual(failures, [], failures.join('\n'))
        for (const name of MUST_REACH[who]) {
          assert.isTrue(reached.has(name), `the ${who} did not reach ${name}`)
        }
      })
  }

  for (const role of ['parent', 'coach', 'admin'] as const) {
    for (const locale of LOCALES) {
      test('every form the {role} can fill, sent empty, explains itself in {locale}')
        .with([{ role, locale }])
        .run(async ({ client, assert }, { role: who, locale: language }) => {
          await seedDemoClub()
          const ids = await demoIds()
          const user = await User.findByOrFail('email', LOGINS[who])

          const failures: string[] = []
          const tried = new Set<string>()
          for (const route of pageRoutes()) {
            const url = urlOf(route, ids)
            const page = await visit(client, url, user, language)
            if (page.status() !== 200) continue
            for (const form of formsOf(page.text())) {
              const key = `${form.action.replace(/[0-9a-f-]{36}/g, ':id')} ${form.names.join(',')}`
              if (tried.has(key)) continue
              tried.add(key)
              const sent = await withLocaleCookie(client.post(form.action), language)
                .header('referer', url)
                .header('accept', 'text/html')
                .loginAs(user)
                .withCsrfToken()
                .form(form.fields)
                .redirects(0)
              if (sent.status() >= 500) {
                failures.push(`${url} → POST ${form.action}: ${sent.status()}`)
                continue
              }
              const shown = await withLocaleCookie(client.get(url), language)
                .loginAs(user)
                .withFlashMessages(sent.flashMessages())
              if (shown.status() >= 500) {
                failures.push(`${url} after POST ${form.action}: ${shown.status()}`)
                continue
              }
              for (const problem of formProblemsOf(shown.text(), form, language)) {
                failures.push(`${url} → POST ${form.action}: ${problem}`)
              }
            }
          }

          assert.deepEqual([...new Set(failures)], [], [...new Set(failures)].join('\n'))
          assert.isAbove(tried.size, 0, `the ${who} has no form to fill`)
        })
    }
  }
})
