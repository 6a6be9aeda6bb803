/*
 * Live schedule: keeps the public schedule and program pages current
 * without a reload. Progressive enhancement: without this file (or without
 * server-sent events) the pages still show what was true when loaded.
 *
 * Every element with data-live-channel subscribes to that Transmit channel
 * (training-sessions). On a message it re-fetches its own page with the
 * X-Live-Fragment header, gets back only the list part, and swaps it in;
 * a polite status message tells screen readers that the list changed.
 *
 * When the subscription is live the element gets data-live-state="live",
 * so tests (and curious people) can tell.
 */
import { Transmit } from '@adonisjs/transmit-client'
import { onResync } from './live_resync.js'

const regions = [...document.querySelectorAll('[data-live-channel]')]
const REFRESH_DELAY_MS = 250

/**
 * Fetches the live part of the page and swaps it in, keeping focus on the
 * same session card when the focus was inside the list
 */
async function refresh(region) {
  const url = region.dataset.liveUrl || window.location.href
  const response = await fetch(url, {
    headers: { 'X-Live-Fragment': '1', 'Accept': 'text/html' },
    credentials: 'same-origin',
    cache: 'no-store',
  })
  if (!response.ok) {
    return
  }
  const html = await response.text()

  const focused = document.activeElement
  const focusedCard = region.contains(focused) ? focused.closest('[data-session-id]') : null
  const focusedId = focusedCard ? focusedCard.dataset.sessionId : null

  region.innerHTML = html
  region.dataset.liveVersion = String(Number(region.dataset.liveVersion || 0) + 1)

  if (focusedId) {
    const card = region.querySelector(`[data-session-id="${CSS.escape(focusedId)}"]`)
    const target = card ? card.querySelector('a, button') || card : region
    if (target === card || target === region) {
      target.setAttribute('tabindex', '-1')
    }
    target.focus({ preventScroll: true })
  }

  const announcer = region.parentElement.querySelector('[data-live-announce]')
  if (announcer && region.dataset.liveMessage) {
    announcer.textContent = ''
    window.setTimeout(() => {
      announcer.textContent = region.dataset.liveMessage
    }, 50)
  }
}

/**
 * Several messages in a burst (a series creates many sessions) make one fetch
 */
function debounced(region) {
  let timer = null
  return () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => {
      refresh(region).catch(() => {
        /* the next message tries again */
      })
    }, REFRESH_DELAY_MS)
  }
}

if (regions.length > 0 && 'EventSource' in window) {
  const transmit = new Transmit({ baseUrl: window.location.origin })
  window.addEventListener('pagehide', () => transmit.close())

  /*
   * After a lost connection comes back, messages may have been missed (any
   * message, `{ type: 'resync' }` included, refetches the list)
   */
  onResync(transmit, () => {
    for (const region of regions) {
      refresh(region).catch(() => {})
    }
  })

  for (const region of regions) {
    const subscription = transmit.subscription(region.dataset.liveChannel)
    subscription.onMessage(debounced(region))
    subscription
      .create()
      .then(() => {
        if (subscription.isCreated) {
          region.dataset.liveState = 'live'
        }
      })
      .catch(() => {
        region.dataset.liveState = 'offline'
      })
  }
}
