/*
 * One-tap attendance on the coach's phone. Each member's status buttons
 * (present, late, excused, absent, with the optional note) and "mark all
 * present" are forms that work without JavaScript (POST, then back to the
 * roster); here the same requests go out with fetch and the rows and the
 * live count are updated in place, and the roster follows changes made on
 * another device (training-sessions/<id>, roster_changed).
 */
import { Transmit } from '@adonisjs/transmit-client'
import { isResync, onResync, refetchElement } from './live_resync.js'

const roster = document.querySelector('[data-roster]')

function labels() {
  return roster.querySelector('[data-roster-labels]').dataset
}

function showCount(totals) {
  const template = roster.querySelector('[data-roster-count-template]').innerHTML
  roster.querySelector('[data-roster-count]').textContent = template
    .replace('{attended}', String(totals.attended))
    .replace('{excused}', String(totals.excused ?? 0))
    .replace('{absent}', String(totals.absent))
    .replace('{open}', String(totals.not_validated))
    .replace('{total}', String(totals.total_bookings))
  const markAll = roster.querySelector('[data-roster-mark-all]')
  if (markAll) {
    markAll.hidden = totals.not_validated === 0
  }
}

function rowOf(key, value) {
  return [...roster.querySelectorAll('[data-roster-row]')].find(
    (node) => node.dataset[key] === value
  )
}

function showStatus(row, status, notes) {
  row.dataset.status = status || ''
  row.querySelector('[data-roster-status]').textContent = status
    ? labels()[status] || status
    : labels().open
  if (notes !== undefined) {
    const note = row.querySelector('[data-roster-note]')
    note.textContent = notes || ''
    note.hidden = !notes
    const input = row.querySelector('[data-roster-note-input]')
    if (input && document.activeElement !== input) {
      input.value = notes || ''
    }
  }
  for (const button of row.querySelectorAll('.roster-button')) {
    const active = button.value === status
    button.classList.toggle('is-active', active)
    button.setAttribute('aria-pressed', active ? 'true' : 'false')
  }
}

function showState(data) {
  for (const item of data.attendance || []) {
    const row = rowOf('member', item.member_id)
    if (row) {
      showStatus(row, item.status, item.notes)
    }
  }
  showCount(data.totals)
}

async function send(form, submitter) {
  const body = new URLSearchParams(new FormData(form))
  if (submitter && submitter.name) {
    body.set(submitter.name, submitter.value)
  }
  const response = await fetch(form.action, {
    method: 'POST',
    // urlencoded, as the form itself would send: multipart bodies are only
    // read on upload routes (config/bodyparser.ts)
    body,
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  })
  const answer = await response.json().catch(() => null)
  if (!response.ok || !answer || !answer.success) {
    window.alert((answer && answer.message) || 'Error')
    return
  }
  showState(answer.data)
}

if (roster) {
  roster.addEventListener(
    'submit',
    (event) => {
      const form = event.target.closest('[data-roster-form], [data-roster-mark-all]')
      if (!form || !window.fetch) {
        return
      }
      event.preventDefault()
      event.stopImmediatePropagation()
      const buttons = form.querySelectorAll('button')
      buttons.forEach((button) => (button.disabled = true))
      send(form, event.submitter)
        .catch(() => {
          if (event.submitter && event.submitter.name) {
            const hidden = document.createElement('input')
            hidden.type = 'hidden'
            hidden.name = event.submitter.name
            hidden.value = event.submitter.value
            form.append(hidden)
          }
          form.submit()
        })
        .finally(() => buttons.forEach((button) => (button.disabled = false)))
    },
    true
  )

  if ('EventSource' in window) {
    const transmit = new Transmit({ baseUrl: window.location.origin })
    window.addEventListener('pagehide', () => transmit.close())
    const refetchRoster = () => refetchElement(roster, '[data-roster]').catch(() => {})
    onResync(transmit, refetchRoster)
    const subscription = transmit.subscription(`training-sessions/${roster.dataset.session}`)
    subscription.onMessage((message) => {
      if (isResync(message)) return refetchRoster()
      if (!message || message.type !== 'roster_changed') {
        return
      }
      showCount(message.totals)
      for (const item of message.attendance || []) {
        const row = rowOf('booking', item.booking_id)
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
