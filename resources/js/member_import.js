/*
 * The members import page: a file picker that reads the chosen CSV into
 * the text box (nothing is uploaded; the form posts the text as it does
 * without JavaScript)
 */
const form = document.querySelector('form[data-member-import]')
const picker = form?.querySelector('[data-import-file]')
const box = form?.querySelector('textarea[name="csv"]')

if (picker && box) {
  picker.hidden = false
  picker.querySelector('input[type="file"]').addEventListener('change', async (event) => {
    const file = event.target.files?.[0]
    if (file) box.value = (await file.text()).replace(/^\uFEFF/, '')
  })
}
