/*
 * Live notifications: when the club tells the signed-in person something
 * (users/<id> on Transmit), a toast shows it on whatever portal page is
 * open and the unread badge in the nav goes up. Progressive enhancement:
 * without this file (or without server-sent events) the notifications
 * still wait on the notifications page and in the badge after a reload.
 *
 * The nav's link (partials/notifications_link.edge) carries the channel,
 * the link pattern and the texts; visitors have no such link, and nothing
 * is loaded for them.
 */
const link = document.querySelector('[data-notifications-link]')
const TOAST_MS = 12000
const ID_PATTERN = '00000000-0000-0000-0000-000000000000'

/**
 * The polite live region the toasts go into, made once
 */
function toastRegion() {
  let region = document.querySelector('[data-notify-toasts]')
  if (!region) {
    region = document.createElement('div')
    region.className = 'notify-toasts'
    region.dataset.notifyToasts = ''
    region.setAttribute('aria-live', 'polite')
    document.body.append(region)
  }
  return region
}

function bumpBadge() {
  const badge = link.querySelector('[data-notifications-count]')
  const number = link.querySelector('[data-notifications-number]')
  if (!badge || !number) return
  number.textContent = String((Number.parseInt(number.textContent, 10) || 0) + 1)
  badge.hidden = false
}

function showToast(notification) {
  const toast = document.createElement('div')
  toast.className = 'notify-toast'
  toast.dataset.notifyToast = notification.id || ''

  const label = document.createElement('strong')
  label.className = 'notify-toast__label'
  label.textContent = link.dataset.toastLabel || ''

  const text = document.createElement('p')
  text.className = 'notify-toast__text'
  text.textContent = notification.text || ''

  const actions = document.createElement('div')
  actions.className = 'notify-toast__actions'
  if (notification.id) {
    const open = document.createElement('a')
    open.href = link.dataset.openUrl.replace(ID_PATTERN, encodeURIComponent(notification.id))
    open.textContent = link.dataset.openLabel || ''
    actions.append(open)
  }
  const dismiss = document.createElement('button')
  dismiss.type = 'button'
  dismiss.textContent = link.dataset.dismissLabel || '×'
  dismiss.addEventListener('click', () => toast.remove())
  actions.append(dismiss)

  toast.append(label, text, actions)
  toastRegion().append(toast)
  window.setTimeout(() => toast.remove(), TOAST_MS)
}

if (link && link.dataset.channel && 'EventSource' in window) {
  // the live region exists before the first toast, so screen readers announce it
  toastRegion()
  const { Transmit } = await import('@adonisjs/transmit-client')
  const transmit = new Transmit({ baseUrl: window.location.origin })
  window.addEventListener('pagehide', () => transmit.close())

  /*
   * Missed notifications: refetch the unread badge (the notifications page
   * holds them all)
   */
  const { isResync, onResync, refetchElement } = await import('./live_resync.js')
  const refetchBadge = () => refetchElement(link, '[data-notifications-link]').catch(() => {})
  onResync(transmit, refetchBadge)

  const subscription = transmit.subscription(link.dataset.channel)
  subscription.onMessage((message) => {
    if (isResync(message)) return refetchBadge()
    const notification = message && message.notification
    if (!notification) return
    bumpBadge()
    showToast(notification)
  })
  subscription
    .create()
    .then(() => {
      if (subscription.isCreated) {
        link.dataset.liveState = 'live'
      }
    })
    .catch(() => {
      link.dataset.liveState = 'offline'
    })
}
