/*
 * The live chat: the visitor's widget (partials/chat_widget.edge) and the
 * staff inbox (pages/chat/inbox.edge). Progressive enhancement: the widget
 * exists only with JavaScript; the inbox works without it (this file makes
 * it live). Messages are always written with textContent, never as HTML.
 */
import { isResync, onResync } from './live_resync.js'

const ID_PATTERN = '00000000-0000-0000-0000-000000000000'
const STORE = 'latih-chat'
const QUEUE = 'latih-chat-queue'
const OPEN = 'latih-chat-open'

let transmitPromise = null
function transmitClient(options = {}) {
  if (!transmitPromise) {
    transmitPromise = import('@adonisjs/transmit-client').then(({ Transmit }) => {
      const client = new Transmit({ baseUrl: window.location.origin, ...options })
      window.addEventListener('pagehide', () => client.close())
      return client
    })
  }
  return transmitPromise
}

const read = (key, fallback) => {
  try {
    return JSON.parse(window.localStorage.getItem(key) ?? 'null') ?? fallback
  } catch {
    return fallback
  }
}
const write = (key, value) => {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // private mode: the chat lasts as long as the page
  }
}

function timeOf(iso, locale, timeZone) {
  try {
    return new Date(iso).toLocaleTimeString(locale === 'en' ? 'en-US' : 'id-ID', {
      hour: 'numeric',
      minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    })
  } catch {
    return ''
  }
}

/*
 * One message as a list item (textContent only)
 */
function messageItem(message, texts) {
  const item = document.createElement('li')
  item.className = `chat-msg chat-msg--${message.role}`
  if (message.id) item.dataset.message = message.id
  if (message.role !== 'system') {
    const meta = document.createElement('p')
    meta.className = 'chat-msg__meta'
    meta.textContent = `${texts.author(message)} · ${timeOf(message.created_at, texts.locale, texts.timeZone)}`
    item.append(meta)
  }
  const body = document.createElement('p')
  body.className = 'chat-msg__body'
  body.textContent =
    message.role === 'system' ? texts.system[message.content] || message.content : message.content
  item.append(body)
  return item
}

/*
 * Puts a chat's history (oldest first) into a list that may already hold
 * messages: the history in its order, then what the list holds that the
 * history does not know (arrived live meanwhile, or still being sent)
 */
function mergeHistory(list, items) {
  const known = new Set(items.map((item) => item.dataset.message).filter(Boolean))
  const newer = [...list.children].filter(
    (item) => !item.dataset.message || !known.has(item.dataset.message)
  )
  list.replaceChildren(...items, ...newer)
}

/* ---------------------------------------------------------------- widget */

/*
 * The button shows on every page; the panel (and its form fields) enters
 * the page from its <template> only when it is first needed: opened, or a
 * chat kept from an earlier visit
 */
function startWidget(root) {
  const toggle = root.querySelector('[data-chat-toggle]')
  let widget = null
  const mount = () => (widget ??= mountWidget(root))
  root.hidden = false
  if (read(STORE, null) || window.sessionStorage?.getItem(OPEN) === '1') mount()
  toggle.addEventListener('click', () => mount().toggle())
}

function mountWidget(root) {
  const d = root.dataset
  const template = root.querySelector('[data-chat-template]')
  root.prepend(template.content.cloneNode(true))
  template.remove()
  const panel = root.querySelector('[data-chat-panel]')
  const toggle = root.querySelector('[data-chat-toggle]')
  const list = root.querySelector('[data-chat-messages]')
  const startForm = root.querySelector('[data-chat-start]')
  const sendForm = root.querySelector('[data-chat-send]')
  const closedBox = root.querySelector('[data-chat-closed]')
  const errorLine = root.querySelector('[data-chat-error]')
  const state = root.querySelector('[data-chat-state]')
  const badge = root.querySelector('[data-chat-badge]')
  const texts = {
    locale: d.locale,
    timeZone: d.timezone,
    system: { started: d.systemStarted, closed: d.systemClosed },
    author: (message) =>
      message.role === 'user' ? d.you : message.sender ? message.sender.name : d.staff,
  }
  let chat = read(STORE, null)
  let subscription = null
  let resyncing = false
  let flushing = false
  let unseen = 0

  const headers = () => ({
    'accept': 'application/json',
    'content-type': 'application/json',
    'accept-language': d.locale,
    ...(chat ? { 'x-chat-token': chat.token } : {}),
  })

  function show(mode) {
    startForm.hidden = mode !== 'start'
    sendForm.hidden = mode !== 'chat'
    closedBox.hidden = mode !== 'closed'
  }

  function add(message) {
    if (message.id && list.querySelector(`[data-message="${CSS.escape(message.id)}"]`)) return
    // our own message back from the channel: the pending bubble becomes it
    if (message.role === 'user') {
      for (const pending of list.querySelectorAll('[data-pending]')) {
        if (pending.dataset.body === message.content) {
          pending.replaceWith(messageItem(message, texts))
          return
        }
      }
    }
    list.append(messageItem(message, texts))
    list.scrollTop = list.scrollHeight
    if (panel.hidden && message.role === 'assistant') {
      unseen += 1
      badge.textContent = String(unseen)
      badge.hidden = false
    }
  }

  function pendingItem(entry) {
    const item = messageItem(
      { role: 'user', content: entry.body, created_at: new Date().toISOString() },
      texts
    )
    item.dataset.pending = entry.key
    item.dataset.body = entry.body
    const note = document.createElement('p')
    note.className = 'chat-msg__note'
    note.textContent = navigator.onLine ? d.sending : d.queued
    item.append(note)
    list.append(item)
    list.scrollTop = list.scrollHeight
  }

  async function subscribe() {
    if (!chat || subscription || !('EventSource' in window)) return
    const token = chat.token
    const client = await transmitClient({
      beforeSubscribe(request) {
        request.headers.set('x-chat-token', token)
      },
    })
    if (!resyncing) {
      resyncing = true
      onResync(client, () => load().catch(() => {}))
    }
    subscription = client.subscription(`chat/${chat.id}`)
    subscription.onMessage((payload) => {
      if (isResync(payload)) return load().catch(() => {})
      if (payload && payload.event === 'message' && payload.message) add(payload.message)
      if (payload && payload.event === 'session' && payload.session?.status === 'closed') {
        show('closed')
      }
    })
    try {
      await subscription.create()
      state.textContent = ''
      root.dataset.liveState = subscription.isCreated ? 'live' : 'offline'
    } catch {
      root.dataset.liveState = 'offline'
    }
  }

  /*
   * The history, read after subscribing: a message sent in between arrives
   * live or is in the history, never lost
   */
  async function load() {
    if (!chat) return
    await subscribe()
    const response = await fetch(d.sessionUrl.replace(ID_PATTERN, chat.id) + '?limit=100', {
      headers: headers(),
    })
    if (response.status === 404) {
      chat = null
      subscription = null
      write(STORE, null)
      write(QUEUE, null)
      list.replaceChildren()
      show('start')
      return
    }
    if (!response.ok) return
    const { data } = await response.json()
    mergeHistory(
      list,
      data.messages.map((message) => messageItem(message, texts))
    )
    for (const entry of read(QUEUE, [])) {
      if (!list.querySelector(`[data-pending="${CSS.escape(entry.key)}"]`)) pendingItem(entry)
    }
    list.scrollTop = list.scrollHeight
    show(data.session.status === 'closed' ? 'closed' : 'chat')
    flush()
  }

  /*
   * Sends the queued messages in order, each once: the idempotency key
   * makes a resend after a lost answer harmless
   */
  async function flush() {
    if (flushing || !chat) return
    flushing = true
    try {
      let queue = read(QUEUE, [])
      while (queue.length > 0) {
        const entry = queue[0]
        let response
        try {
          response = await fetch(d.messagesUrl.replace(ID_PATTERN, chat.id), {
            method: 'POST',
            headers: { ...headers(), 'idempotency-key': entry.key },
            body: JSON.stringify({ body: entry.body }),
          })
        } catch {
          for (const note of list.querySelectorAll('[data-pending] .chat-msg__note')) {
            note.textContent = d.queued
          }
          return
        }
        const pending = list.querySelector(`[data-pending="${CSS.escape(entry.key)}"]`)
        if (response.ok) {
          const { data } = await response.json()
          const shown = list.querySelector(`[data-message="${CSS.escape(data.id)}"]`)
          if (pending && shown) pending.remove()
          else if (pending) pending.replaceWith(messageItem(data, texts))
          else add(data)
        } else if (response.status === 409) {
          pending?.remove()
          show('closed')
        } else if (response.status === 429 || response.status >= 500) {
          return
        } else if (pending) {
          pending.querySelector('.chat-msg__note').textContent = d.failed
          pending.removeAttribute('data-pending')
        }
        queue = read(QUEUE, []).filter((queued) => queued.key !== entry.key)
        write(QUEUE, queue)
      }
    } finally {
      flushing = false
    }
  }

  function open() {
    panel.hidden = false
    toggle.setAttribute('aria-expanded', 'true')
    unseen = 0
    badge.hidden = true
    window.sessionStorage?.setItem(OPEN, '1')
    const field = startForm.hidden
      ? sendForm.querySelector('textarea')
      : startForm.querySelector('input')
    field?.focus()
  }
  function close() {
    panel.hidden = true
    toggle.setAttribute('aria-expanded', 'false')
    window.sessionStorage?.removeItem(OPEN)
    toggle.focus()
  }

  root.querySelector('[data-chat-close]').addEventListener('click', close)
  root.querySelector('[data-chat-new]').addEventListener('click', () => {
    chat = null
    subscription?.delete().catch(() => {})
    subscription = null
    write(STORE, null)
    write(QUEUE, null)
    list.replaceChildren()
    show('start')
  })

  startForm.addEventListener('submit', async (event) => {
    event.preventDefault()
    errorLine.hidden = true
    const form = new FormData(startForm)
    const button = startForm.querySelector('button[type="submit"]')
    button.disabled = true
    try {
      const response = await fetch(d.startUrl, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({
          name: String(form.get('name') || '').trim(),
          email: String(form.get('email') || '').trim(),
          message: String(form.get('message') || '').trim(),
        }),
      })
      const answer = await response.json().catch(() => ({}))
      if (response.status !== 201) {
        const errors = answer.errors ? Object.values(answer.errors).flat() : []
        errorLine.textContent = errors.join(' ') || answer.message || d.failed
        errorLine.hidden = false
        return
      }
      chat = { id: answer.data.session.id, token: answer.data.token }
      write(STORE, chat)
      list.replaceChildren()
      for (const message of answer.data.messages) add(message)
      startForm.reset()
      show('chat')
      sendForm.querySelector('textarea').focus()
      await load()
    } catch {
      errorLine.textContent = d.failed
      errorLine.hidden = false
    } finally {
      button.disabled = false
    }
  })

  sendForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const field = sendForm.querySelector('textarea')
    const body = field.value.trim()
    if (!body || !chat) return
    const entry = { key: crypto.randomUUID(), body }
    write(QUEUE, [...read(QUEUE, []), entry])
    pendingItem(entry)
    field.value = ''
    flush()
  })
  sendForm.querySelector('textarea').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault()
      sendForm.requestSubmit()
    }
  })

  window.addEventListener('online', flush)
  window.setInterval(() => {
    if (read(QUEUE, []).length > 0) flush()
  }, 5000)

  if (chat) {
    load().catch(() => {})
  } else {
    show('start')
  }
  if (window.sessionStorage?.getItem(OPEN) === '1') open()
  return { toggle: () => (panel.hidden ? open() : close()) }
}

/* ----------------------------------------------------------------- inbox */

function beep() {
  try {
    const context = new (window.AudioContext || window.webkitAudioContext)()
    const tone = context.createOscillator()
    const gain = context.createGain()
    tone.frequency.value = 880
    gain.gain.value = 0.05
    tone.connect(gain).connect(context.destination)
    tone.start()
    tone.stop(context.currentTime + 0.15)
  } catch {
    // no sound available
  }
}

async function startInbox(root) {
  const d = root.dataset
  const items = root.querySelector('[data-chat-items]')
  const thread = root.querySelector('[data-chat-thread]')
  const totalLine = root.querySelector('[data-chat-unread-total]')
  let total = Number.parseInt(d.unreadTotal, 10) || 0
  let fresh = 0
  const texts = {
    locale: document.documentElement.lang,
    timeZone: d.timezone,
    system: { started: d.systemStarted, closed: d.systemClosed },
    author: (message) =>
      message.role === 'user'
        ? root.querySelector('#chat-thread-title')?.textContent || d.visitorLabel
        : message.sender
          ? message.sender.name
          : '',
  }
  const unreadText = (count) => d.unreadTemplate.replace('9999', String(count))

  function title() {
    document.title = fresh > 0 ? `(${fresh}) ${d.title}` : d.title
  }
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      fresh = 0
      title()
    }
  })

  function upsert(session) {
    let item = items.querySelector(`[data-chat-item="${CSS.escape(session.id)}"]`)
    if (!item) {
      item = document.createElement('li')
      item.className = 'chat-item'
      item.dataset.chatItem = session.id
      const link = document.createElement('a')
      link.href = d.showUrl.replace(ID_PATTERN, session.id)
      const name = document.createElement('span')
      name.className = 'chat-item__name'
      const badges = document.createElement('span')
      badges.className = 'chat-item__badges'
      const unread = document.createElement('span')
      unread.className = 'chat-unread'
      unread.dataset.chatUnread = ''
      badges.append(unread)
      const last = document.createElement('span')
      last.className = 'chat-item__last muted'
      last.dataset.chatLast = ''
      const when = document.createElement('span')
      when.className = 'chat-item__when muted'
      when.dataset.chatWhen = ''
      link.append(name, badges, last, when)
      item.append(link)
      root.querySelector('[data-chat-empty]')?.remove()
    }
    item.querySelector('.chat-item__name').textContent = session.name
    const unread = item.querySelector('[data-chat-unread]')
    const count = session.id === d.current ? 0 : session.unread_count
    unread.textContent = unreadText(count)
    unread.hidden = count === 0
    item.querySelector('[data-chat-last]').textContent = session.metadata.last_message || ''
    item.querySelector('[data-chat-when]').textContent = session.last_message_at
      ? timeOf(session.last_message_at, texts.locale, texts.timeZone)
      : ''
    items.prepend(item)
  }

  function append(message) {
    if (!thread || message.session_id !== d.current) return
    if (thread.querySelector(`[data-message="${CSS.escape(message.id)}"]`)) return
    thread.append(messageItem(message, texts))
    thread.lastElementChild.scrollIntoView({ block: 'nearest' })
  }

  /*
   * What the page showed when it was rendered may be older than the
   * subscription (a message sent while this page loaded, or while the
   * stream reconnected): read this page again and take its chat list, its
   * unread total and the messages it did not show
   */
  async function catchUp() {
    const response = await fetch(window.location.href, {
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
      cache: 'no-store',
    })
    if (!response.ok) return
    const page = new DOMParser().parseFromString(await response.text(), 'text/html')
    const freshThread = page.querySelector('[data-chat-thread]')
    if (thread && freshThread && freshThread.dataset.chatThread === thread.dataset.chatThread) {
      mergeHistory(
        thread,
        [...freshThread.children].map((item) => document.importNode(item, true))
      )
    }
    const freshItems = page.querySelector('[data-chat-items]')
    if (freshItems) {
      items.replaceChildren(
        ...[...freshItems.children].map((item) => document.importNode(item, true))
      )
      if (items.children.length > 0) root.querySelector('[data-chat-empty]')?.remove()
    }
    const freshTotal = page.querySelector('[data-chat-unread-total]')
    const freshRoot = page.querySelector('[data-chat-inbox]')
    if (freshTotal && freshRoot) {
      totalLine.textContent = freshTotal.textContent
      total = Number.parseInt(freshRoot.dataset.unreadTotal, 10) || 0
      totalLine.dataset.count = String(total)
    }
  }
  const resync = () => catchUp().catch(() => {})

  startReply(root, append)

  const client = await transmitClient()
  onResync(client, resync)
  const inbox = client.subscription(d.channel)
  inbox.onMessage((payload) => {
    if (isResync(payload)) return resync()
    if (!payload || !payload.session) return
    upsert(payload.session)
    if (payload.event === 'message' && payload.message) {
      const message = payload.message
      append(message)
      if (message.role === 'user') {
        total += message.session_id === d.current ? 0 : 1
        totalLine.dataset.count = String(total)
        if (document.hidden || message.session_id !== d.current) {
          fresh += 1
          title()
          beep()
        }
      }
    }
  })
  try {
    await inbox.create()
    root.dataset.liveState = inbox.isCreated ? 'live' : 'offline'
    if (inbox.isCreated) await resync()
  } catch {
    root.dataset.liveState = 'offline'
  }
}

/*
 * The answer form sends itself with fetch (without JavaScript it is an
 * ordinary form that reloads the page): the answer joins the chat, the
 * field empties and keeps the focus; a refusal shows under the field. A
 * resend after a lost answer keeps its idempotency key, so it is stored
 * once.
 */
function startReply(root, append) {
  const form = root.querySelector('form[data-chat-reply]')
  if (!form || !window.fetch) return
  const field = form.querySelector('textarea')
  const button = form.querySelector('button[type="submit"]')
  let error = form.querySelector('[data-field-error]')
  if (!error) {
    error = document.createElement('p')
    error.className = 'field__error'
    error.id = `${field.id}-error`
    error.hidden = true
    field.after(error)
  }
  error.setAttribute('role', 'alert')
  error.dataset.chatReplyError = ''

  function showError(text) {
    error.textContent = text || ''
    error.hidden = !text
    if (text) {
      field.setAttribute('aria-invalid', 'true')
      field.setAttribute('aria-describedby', error.id)
    } else {
      field.removeAttribute('aria-invalid')
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    // not app.js's data-once: this form is sent again and again
    event.stopPropagation()
    if (!field.value.trim() || button.disabled) return
    form.dataset.key ??= window.crypto?.randomUUID?.() ?? ''
    const body = new URLSearchParams(new FormData(form))
    if (form.dataset.key) body.set('idempotency_key', form.dataset.key)
    button.disabled = true
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok || !answer || !answer.data) {
        // refused: a new text gets a new key; a server hiccup keeps it
        if (response.status < 500) delete form.dataset.key
        const errors = answer && answer.errors ? Object.values(answer.errors).flat() : []
        const texts = errors.map((item) => (typeof item === 'string' ? item : item && item.message))
        showError(
          texts.filter(Boolean).join(' ') || (answer && answer.message) || root.dataset.replyFailed
        )
        return
      }
      delete form.dataset.key
      append(answer.data)
      field.value = ''
      showError(null)
    } catch {
      showError(root.dataset.replyFailed)
    } finally {
      button.disabled = false
      field.focus()
    }
  })
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      form.requestSubmit()
    }
  })
}

const widget = document.querySelector('[data-chat-widget]')
if (widget) startWidget(widget)
const inboxRoot = document.querySelector('[data-chat-inbox]')
if (inboxRoot) startInbox(inboxRoot)
