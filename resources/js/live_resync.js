/*
 * Resynchronising a live page. Broadcasts can be missed: while this
 * browser's event stream reconnects (an instance restarted), or while the
 * servers' shared bus (Redis) is down — then the server sends
 * `{ type: 'resync' }` once it is back. Either way the page refetches what
 * it shows instead of trusting the messages it got.
 *
 *   const transmit = new Transmit({ baseUrl: window.location.origin })
 *   onResync(transmit, () => refetch())
 *   subscription.onMessage((message) => {
 *     if (isResync(message)) return refetch()
 *     …
 *   })
 */
export function isResync(message) {
  return Boolean(message && message.type === 'resync')
}

/**
 * Runs `refetch` each time the event stream opens again after the first time
 */
export function onResync(transmit, refetch) {
  let connectedBefore = false
  transmit.on('connected', () => {
    if (connectedBefore) refetch()
    connectedBefore = true
  })
}

/**
 * Replaces the content of `element` with the same element (same selector)
 * of a fresh copy of this page
 */
export async function refetchElement(element, selector) {
  const response = await fetch(window.location.href, {
    headers: { Accept: 'text/html' },
    credentials: 'same-origin',
    cache: 'no-store',
  })
  if (!response.ok) return
  const page = new DOMParser().parseFromString(await response.text(), 'text/html')
  const fresh = page.querySelector(selector)
  if (fresh) element.innerHTML = fresh.innerHTML
}
