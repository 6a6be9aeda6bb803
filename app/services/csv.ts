import { Readable, pipeline } from 'node:stream'
import { stringify } from 'csv-stringify'

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => string | number | null | undefined
}

/**
 * A CSV document as a stream, for spreadsheets: RFC 4180 quoting (a field
 * with a comma, a quote or a line break is quoted, quotes doubled) by
 * csv-stringify, CRLF line ends, a UTF-8 byte order mark so that Excel
 * reads non-ASCII names right, and cells that would start a formula
 * (=, +, -, @) escaped
 */
export function csvStream<Row>(rows: AsyncIterable<Row>, columns: CsvColumn<Row>[]) {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: columns.map((column, index) => ({ key: String(index), header: column.header })),
    record_delimiter: 'windows',
    // With CRLF records csv-stringify quotes only fields holding a CRLF; a
    // bare line break (a note, a pasted name) must be quoted too
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  })
  async function* records() {
    for await (const row of rows) {
      yield Object.fromEntries(columns.map((column, index) => [index, column.value(row) ?? '']))
    }
  }
  // pipeline: a failing query destroys the CSV stream too (the download ends
  // in an error instead of looking complete)
  return pipeline(Readable.from(records()), stringifier, () => {})
}

/**
 * The whole stream as a string (commands writing to stdout, tests)
 */
export async function readAll(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  }
  return Buffer.concat(chunks).toString('utf8')
}
