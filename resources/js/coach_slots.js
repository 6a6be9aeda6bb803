/*
 * The coach's quick-create form: with today picked, the slots already
 * past today cannot be chosen. Without JavaScript the form lists them
 * with a hint and the server refuses a start in the past.
 */
const form = document.querySelector('form[data-past-today]')

function sync() {
  const today = form.dataset.today
  const past = new Set((form.dataset.pastToday || '').split(' ').filter(Boolean))
  const picked = form.querySelector('input[name="date"]:checked')
  const isToday = Boolean(today) && picked && picked.value === today
  for (const input of form.querySelectorAll('input[name="session_time_id"]')) {
    const gone = isToday && past.has(input.value)
    input.disabled = gone
    if (gone) input.checked = false
    input.closest('.choice')?.classList.toggle('choice--disabled', gone)
  }
}

if (form) {
  form.addEventListener('change', (event) => {
    if (event.target.name === 'date') sync()
  })
  sync()
}
