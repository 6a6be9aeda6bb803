import { parse } from 'csv-parse/sync'
import type { ImportRow } from '#actions/members/import_members'

/**
 * The rows of a members:import spreadsheet (the command's file, the admin
 * page's pasted text): UTF-8 with or without a byte order mark, a header
 * row naming the columns in any order. Pasted from a spreadsheet, cells
 * are separated by tabs; in a CSV file by commas (or semicolons, as Excel
 * writes them in locales with a decimal comma). Throws on malformed CSV.
 */
export function parseMemberImport(input: string | Buffer): ImportRow[] {
  const text = Buffer.isBuffer(input) ? input.toString('utf8') : input
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = header.includes('\t')
    ? '\t'
    : header.includes(';') && !header.includes(',')
      ? ';'
      : ','
  const records: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
    bom: true,
    delimiter,
    columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  })
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }))
}
