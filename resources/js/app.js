/*
 * Progressive enhancement only: every page works without this file.
 *
 * Forms marked data-once disable their submit buttons after the first
 * submit, so a double tap on a phone does not send the form twice.
 */
document.addEventListener('submit', (event) => {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-once')) {
    return
  }
  if (form.dataset.submitted === 'true') {
    event.preventDefault()
    return
  }
  form.dataset.submitted = 'true'
  window.setTimeout(() => {
    for (const button of form.querySelectorAll('button[type="submit"]')) {
      button.setAttribute('disabled', '')
      button.setAttribute('aria-disabled', 'true')
    }
  }, 0)
})

/*
 * Pages restored from the back/forward cache get their buttons back.
 */
window.addEventListener('pageshow', () => {
  for (const form of document.querySelectorAll('form[data-once]')) {
    delete form.dataset.submitted
    for (const button of form.querySelectorAll('button[disabled]')) {
      button.removeAttribute('disabled')
      button.removeAttribute('aria-disabled')
    }
  }
})

/*
 * Live pages: each script (and the Transmit client it shares) is fetched
 * only on a page that carries its markup
 */
if (document.querySelector('[data-live-channel]')) {
  import('./live_schedule.js')
}
if (document.querySelector('[data-roster]')) {
  import('./roster.js')
}
if (document.querySelector('[data-club-seats]')) {
  import('./club_seats.js')
}
if (document.querySelector('form[data-past-today]')) {
  import('./coach_slots.js')
}
if (document.querySelector('[data-notifications-link]')) {
  import('./notifications.js')
}
if (document.querySelector('form[data-member-import]')) import('./member_import.js')
if (document.querySelector('[data-chat-widget], [data-chat-inbox]')) {
  import('./chat.js')
}
