/*
 * Seats left, live, on the parent's booking page: every booking,
 * cancellation or schedule change broadcast on the public
 * `training-sessions` channel carries the session's seats left; the badge
 * of that session is updated in place. Without JavaScript the page shows
 * the seats as they were when loaded.
 */
import { Transmit } from '@adonisjs/transmit-client'
import { isResync, onResync, refetchElement } from './live_resync.js'

const root = document.querySelector('[data-club-seats]')

const refetchSeats = () => refetchElement(root, '[data-club-seats]').catch(() => {})

function update(message) {
  if (isResync(message)) return refetchSeats()
  const session = message && message.session
  if (!session || typeof session.seats_left !== 'number') {
    return
  }
  const badge = root.querySelector(`[data-seats-left="${CSS.escape(session.id)}"]`)
  if (!badge) {
    return
  }
  const full = session.seats_left === 0
  badge.textContent = full
    ? root.dataset.labelFull
    : root.dataset.labelSeats.replace('{count}', String(session.seats_left))
  badge.classList.toggle('club-badge--waitlisted', full)
  badge.classList.toggle('club-badge--confirmed', !full)
  badge.dataset.count = String(session.seats_left)
}

if (root && 'EventSource' in window) {
  const transmit = new Transmit({ baseUrl: window.location.origin })
  window.addEventListener('pagehide', () => transmit.close())
  onResync(transmit, refetchSeats)
  const subscription = transmit.subscription('training-sessions')
  subscription.onMessage(update)
  subscription
    .create()
    .then(() => {
      root.dataset.liveState = 'live'
    })
    .catch(() => {
      root.dataset.liveState = 'offline'
    })
}
