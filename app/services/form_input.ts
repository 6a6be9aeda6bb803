/**
 * Empty optional inputs of a page form mean "none": the shared validators
 * take null for a cleared field, not an empty string
 */
export function blanksAsNull(data: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === 'string' && value.trim() === '' ? null : value,
    ])
  )
}
