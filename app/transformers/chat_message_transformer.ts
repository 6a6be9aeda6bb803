import { BaseTransformer } from '@adonisjs/core/transformers'
import type ChatMessage from '#models/chat_message'
import { CHAT_ROLES } from '#models/chat_message'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const message = s.object({
  id: s.uuid(),
  session_id: s.uuid(),
  role: s.enum(CHAT_ROLES, {
    description: 'user: the visitor; assistant: a staff member; system: the club',
  }),
  content: s.string({
    description:
      'Plain text (render it escaped). For a system message the event: `started` or `closed`',
    example: 'Halo, saya mau tanya tentang kelas panahan',
  }),
  sender: s.nullable(
    s.object({ id: s.uuid(), name: s.string() }, { description: 'The staff member who answered' })
  ),
  created_at: s.dateTime(),
})

/**
 * One chat message, the same for the visitor, staff and the live channels
 */
export default class ChatMessageTransformer extends BaseTransformer<ChatMessage> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: { name: 'ChatMessage', schema: message },
  }

  toObject() {
    const row = this.resource
    const sender = row.senderId && row.$preloaded.sender ? row.sender : null
    return {
      id: row.id,
      session_id: row.chatSessionId,
      role: row.role,
      content: row.body,
      sender: sender ? { id: sender.id, name: sender.name } : null,
      created_at: iso(row.createdAt),
    }
  }
}
