import vine from '@vinejs/vine'
import env from '#start/env'
import { CHAT_STATUSES } from '#models/chat_session'
import { listQuery } from '#services/pagination'

/**
 * The longest message a visitor or staff member may send (characters)
 */
export const CHAT_MESSAGE_MAX_LENGTH = env.get('CHAT_MESSAGE_MAX_LENGTH', 2000)

const messageBody = () => vine.string().trim().minLength(1).maxLength(CHAT_MESSAGE_MAX_LENGTH)
const tag = () =>
  vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(1)
    .maxLength(32)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u)

/**
 * POST /chat/sessions — a visitor starts a chat (name, email; optionally
 * the first message and the captcha's token)
 */
export const startChatValidator = vine.create(
  vine.object({
    name: vine.string().trim().minLength(2).maxLength(120),
    email: vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true }),
    message: messageBody().optional(),
    captcha_token: vine.string().maxLength(2048).optional(),
  })
)

/**
 * POST /chat/sessions/:id/messages — `idempotency_key` (or the
 * Idempotency-Key header) makes a resent message harmless
 */
export const sendChatMessageValidator = vine.create(
  vine.object({
    body: messageBody(),
    idempotency_key: vine
      .string()
      .regex(/^[\x21-\x7E]{1,255}$/)
      .optional(),
  })
)

/**
 * GET /chat/sessions/:id — the newest `limit` messages, or those before
 * the message `before`
 */
export const showChatSessionValidator = vine.create(
  vine.object({
    limit: vine.number().withoutDecimals().min(1).max(200).optional(),
    before: vine.string().uuid().optional(),
  })
)

/**
 * GET /chat/sessions — the staff inbox
 */
export const listChatSessionsValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(CHAT_STATUSES).optional(),
    resolved: vine.boolean().optional(),
    tag: tag().optional(),
    unread: vine.boolean().optional(),
  })
)

/**
 * PATCH /chat/sessions/:id — staff file a conversation
 */
export const updateChatSessionValidator = vine.create(
  vine.object({
    topic: vine.string().trim().maxLength(160).nullable().optional(),
    tags: vine.array(tag()).maxLength(10).distinct().optional(),
    resolved: vine.boolean().optional(),
  })
)
