import { allowGuest } from '@adonisjs/bouncer'
import type User from '#models/user'
import type ChatSession from '#models/chat_session'
import AppPolicy from '#policies/base_policy'

/**
 * The live chat. A chat is read and written by whoever holds its chat
 * token (the visitor's browser), by the account that started it, and by
 * staff (coaches and admins); staff alone list, file and close chats;
 * admins read the statistics. Controllers answer 404 when `view`/`write`
 * deny, so a stranger learns nothing about another visitor's chat.
 */
export default class ChatSessionPolicy extends AppPolicy {
  @allowGuest()
  view(user: User | null, session: ChatSession, token?: string | null) {
    return this.isCoach(user) || session.hasToken(token) || this.startedBy(user, session)
  }

  @allowGuest()
  write(user: User | null, session: ChatSession, token?: string | null) {
    return this.view(user, session, token)
  }

  viewList(user: User) {
    return this.isCoach(user)
  }

  update(user: User) {
    return this.isCoach(user)
  }

  close(user: User) {
    return this.isCoach(user)
  }

  /**
   * Admins only (before())
   */
  viewStats(_user: User) {
    return false
  }

  private startedBy(user: User | null, session: ChatSession) {
    return user !== null && session.userId !== null && session.userId === user.id
  }
}
