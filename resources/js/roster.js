/*
 * One-tap attendance on the coach's phone. Each present/absent button is a
 * form that works without JavaScript (POST, then back to the roster); here
 * the same request goes out with fetch and the row and the live count are
 * updated in place, and the roster follows changes made on another device
 * (training-sessions/<id>, roster_changed).
 */
import { Transmit } from '@adonisjs/transmit-client'

const roster = document.querySelector('[data-roster]')

function labels() {
  const node = roster.querySelector('[data-roster-labels]')
  return { present: node.dataset.present, absent: node.dataset.absent }
}

function showCount(totals) {
  const template = roster.querySelector('[data-roster-count-template]').innerHTML
  roster.querySelector('[data-roster-count]').textContent = template
    .replace('{attended}', String(totals.attended))
    .replace('{absent}', String(totals.absent))
    .replace('{open}', String(totals.not_validated))
    .replace('{total}', String(totals.total_bookings))
}

function showStatus(row, status) {
  row.dataset.status = status || ''
  if (status && labels()[status]) {
    row.querySelector('[data-roster-status]').textContent = labels()[status]
  }
  for (const button of row.querySelectorAll('.roster-button')) {
    const active = button.classList.contains(`roster-button--${status}`)
    button.classList.toggle('is-active', active)
    button.setAttribute('aria-pressed', active ? 'true' : 'false')
  }
}

async function mark(form) {
  const row = form.closest('[data-roster-row]')
  const response = await fetch(form.action, {
    method: 'POST',
    // urlencoded, as the form itself would send: multipart bodies are only
    // read on upload routes (config/bodyparser.ts)
    body: new URLSearchParams(new FormData(form)),
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  })
  const body = await response.json().catch(() => null)
  if (!response.ok || !body || !body.success) {
    window.alert((body && body.message) || 'Error')
    return
  }
  showStatus(row, body.data.attendance_status)
  showCount(body.data.totals)
}

if (roster) {
  roster.addEventListener(
    'submit',
    (event) => {
      const form = event.target.closest('[data-roster-form]')
      if (!form || !window.fetch) {
        return
      }
      event.preventDefault()
      event.stopImmediatePropagation()
      const buttons = form.querySelectorAll('button')
      buttons.forEach((button) => (button.disabled = true))
      mark(form)
        .catch(() => form.submit())
        .finally(() => buttons.forEach((button) => (button.disabled = false)))
    },
    true
  )

  if ('EventSource' in window) {
    const transmit = new Transmit({ baseUrl: window.location.origin })
    window.addEventListener('pagehide', () => transmit.close())
    const subscription = transmit.subscription(`training-sessions/${roster.dataset.session}`)
    subscription.onMessage((message) => {
      if (!message || message.type !== 'roster_changed') {
        return
      }
      showCount(message.totals)
      for (const item of message.attendance || []) {
        const row = [...roster.querySelectorAll('[data-roster-row]')].find(
          (node) => node.dataset.booking === item.booking_id
        )
        if (row) {
          showStatus(row, item.status)
        }
      }
    })
    subscription
      .create()
      .then(() => {
        roster.dataset.liveState = 'live'
      })
      .catch(() => {
        roster.dataset.liveState = 'offline'
      })
  }
}
