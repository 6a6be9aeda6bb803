import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import {
  listChatSessionsValidator,
  sendChatMessageValidator,
  showChatSessionValidator,
  startChatValidator,
  updateChatSessionValidator,
} from '#validators/chat'

/**
 * The public live chat (seed 004 §6): visitors hold a chat token, staff
 * answer from the inbox; live over Transmit (chat/<id>, chat/inbox)
 */

const chat = ['chat']
const tokenNote =
  'The visitor sends the chat token of `POST /chat/sessions` in the `X-Chat-Token` header; staff (coaches, admins) their bearer token; the account that started the chat its bearer token. Anyone else gets 404 CHAT_SESSION_NOT_FOUND.'

export const tags: ApiArea['tags'] = [
  {
    name: 'chat',
    description: [
      'A visitor starts a chat without an account (name and email) and receives a chat token',
      'once; it reads and writes that one chat. Staff answer, tag, resolve and close chats.',
      'Messages are plain text (`role` user: the visitor, assistant: staff, system: the club).',
      'Live: Transmit channel `chat/<id>` (the token holder, sending `X-Chat-Token` with the',
      'subscription, and staff) carries `{ event: "message", message }` and',
      '`{ event: "session", session }`; `chat/inbox` (staff only) carries every new message',
      'and change with the session. Rate limited per IP and per token.',
    ].join(' '),
  },
]

export const schemas: ApiArea['schemas'] = {
  ChatStarted: s.object({
    session: s.ref('ChatSession'),
    token: s.string({
      description: 'The chat token: shown once, keep it (the widget keeps it in localStorage)',
    }),
    messages: s.array(s.ref('ChatMessage')),
  }),
  ChatHistory: s.object({
    session: { oneOf: [s.ref('StaffChatSession'), s.ref('ChatSession')] },
    messages: s.array(s.ref('ChatMessage'), { description: 'Oldest first' }),
    has_more: s.boolean({ description: 'Older messages exist: ask with `before`' }),
  }),
  ChatStats: s.object({
    active_sessions: s.integer({ minimum: 0, description: 'Open chats' }),
    total_sessions_today: s.integer({ minimum: 0 }),
    total_messages_today: s.integer({ minimum: 0, description: 'Visitor and staff messages' }),
    average_response_time_minutes: s.nullable(
      s.number({
        description: 'Mean minutes to the first staff answer, chats started today (null: none)',
      })
    ),
    sessions_closed_today: s.integer({ minimum: 0 }),
  }),
}

export const paths: ApiArea['paths'] = {
  '/chat/sessions': {
    post: op({
      summary: 'Start a chat (public)',
      description: [
        'No account needed; a signed-in account (bearer, or the portal session for the',
        'widget) is linked. Starts with a system message `started`; `message` is the first',
        'visitor message. Rate limited per IP (CHAT_START_RATE_LIMIT per 10 minutes);',
        '`captcha_token` is required when CHAT_CAPTCHA is on.',
      ].join(' '),
      tags: chat,
      auth: 'optional',
      body: bodyOf(startChatValidator),
      status: 201,
      response: s.ref('ChatStarted'),
      errors: [{ status: 422, codes: ['CAPTCHA_INVALID'] }, 429],
    }),
    get: op({
      summary: 'Chats (staff inbox)',
      description:
        'Open chats first, then by last activity. Filters: status, resolved, tag, unread (visitor messages staff have not read), search (name, email, topic).',
      tags: chat,
      roles: ['coach', 'admin'],
      list: true,
      query: queryOf(listChatSessionsValidator, { list: true }),
      response: s.ref('StaffChatSession'),
    }),
  },
  '/chat/sessions/{id}': {
    get: op({
      summary: 'A chat with its history',
      description: `${tokenNote} The newest \`limit\` (default 50) messages, oldest first; \`before\` (a message id) pages back. Reading moves the reader's read marker (the unread counts).`,
      tags: chat,
      auth: 'optional',
      query: queryOf(showChatSessionValidator),
      response: s.ref('ChatHistory'),
      errors: [404],
    }),
    patch: op({
      summary: 'File a chat (staff)',
      description: 'Topic, tags (lower case, at most 10), resolved. Audited.',
      tags: chat,
      roles: ['coach', 'admin'],
      body: bodyOf(updateChatSessionValidator),
      response: s.ref('StaffChatSession'),
      errors: [404],
    }),
  },
  '/chat/sessions/{id}/messages': {
    post: op({
      summary: 'Write in a chat',
      description: `${tokenNote} The visitor writes as \`user\`, staff as \`assistant\`. The same idempotency key (header or \`idempotency_key\`) in one chat stores the message once: a replay answers the first message again with \`Idempotent-Replayed: true\`. Rate limited per token and per IP.`,
      tags: chat,
      auth: 'optional',
      idempotent: true,
      body: bodyOf(sendChatMessageValidator),
      status: 201,
      response: s.ref('ChatMessage'),
      errors: [404, { status: 409, codes: ['CHAT_SESSION_CLOSED'] }, 429],
    }),
  },
  '/chat/sessions/{id}/close': {
    post: op({
      summary: 'Close a chat (staff)',
      description:
        'Adds the system message `closed`; later messages are 409 CHAT_SESSION_CLOSED. The visitor is mailed the transcript in their language.',
      tags: chat,
      roles: ['coach', 'admin'],
      response: s.ref('StaffChatSession'),
      errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }],
    }),
  },
  '/me/chat-sessions': {
    get: op({
      summary: 'My chats',
      description: 'The chats the signed-in account started, newest first (at most 100).',
      tags: chat,
      response: s.array(s.ref('ChatSession')),
    }),
  },
  '/chat/stats': {
    get: op({
      summary: 'Chat statistics (admin)',
      description: 'Today is the club’s local day (APP_TIMEZONE).',
      tags: chat,
      roles: ['admin'],
      response: s.ref('ChatStats'),
    }),
  },
}
