import vine from '@vinejs/vine'

/**
 * Whole rupiah as people write them: "120000", "120.000", "Rp 120.000",
 * "Rp120.000,-" or "120.000,00". Dots group thousands (the Indonesian way),
 * so a dot followed by anything but three digits, or a comma with cents,
 * is ambiguous and left alone for the number rule to refuse.
 */
const GROUPED = /^\d{1,3}(\.\d{3})+$/
const PLAIN = /^\d+$/

export function parseRupiah(value: unknown) {
  if (typeof value !== 'string') return value
  const amount = value
    .replace(/^\s*rp\.?/i, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(/,(-|0{1,2})$/, '')
  if (PLAIN.test(amount)) return Number(amount)
  if (GROUPED.test(amount)) return Number(amount.replaceAll('.', ''))
  return value
}

/**
 * An amount of money in whole rupiah, from a JSON number or a form's text.
 * The refusal for text that is no amount reads "… harus berupa jumlah
 * rupiah, misalnya 120.000" (validator.json, `<field>.number`).
 */
export const money = () =>
  vine.number().parse(parseRupiah).withoutDecimals().min(0).max(1_000_000_000)
