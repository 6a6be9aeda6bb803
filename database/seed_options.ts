/*
|--------------------------------------------------------------------------
| Options of `node ace db:seed`
|--------------------------------------------------------------------------
|
| Lucid's db:seed knows only its own flags, so bin/console.ts takes
| --size, --sessions and --bookings off the command line before Ace parses
| it and leaves them here for the main seeder.
|
|   --size=small        the demo club (default)
|   --size=large        the demo club plus a club of 2,000 members, 100 coaches,
|                       50 rooms, 100,000 sessions and 500,000 bookings
|   --sessions=N        as large, with N sessions (e.g. 1000000)
|   --bookings=N        bookings in the large club (default 5 per session)
|
*/

export interface SeedOptions {
  size: 'small' | 'large'
  sessions: number
  bookings: number | null
}

export const LARGE_SESSIONS = 100_000

export const seedOptions: SeedOptions = { size: 'small', sessions: LARGE_SESSIONS, bookings: null }

const FLAG = /^--(size|sessions|bookings)(?:=(.*))?$/

function count(name: string, value: string | undefined) {
  const parsed = Number(value?.replace(/_/g, ''))
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    throw new Error(`--${name} takes a whole number, got "${value ?? ''}"`)
  }
  return parsed
}

/**
 * Takes the seed flags out of argv (in place) into seedOptions. Throws on
 * a bad value, so a typo never seeds the wrong club.
 */
export function takeSeedFlags(argv: string[]) {
  for (let index = argv.length - 1; index >= 0; index--) {
    const match = argv[index].match(FLAG)
    if (!match) continue
    let value = match[2]
    const removed =
      value === undefined && argv[index + 1] && !argv[index + 1].startsWith('-') ? 2 : 1
    if (removed === 2) value = argv[index + 1]
    argv.splice(index, removed)
    if (match[1] === 'size') {
      if (value !== 'small' && value !== 'large') {
        throw new Error(`--size is small or large, got "${value ?? ''}"`)
      }
      seedOptions.size = value
    } else if (match[1] === 'sessions') {
      seedOptions.sessions = count('sessions', value)
      seedOptions.size = 'large'
    } else {
      seedOptions.bookings = count('bookings', value)
      seedOptions.size = 'large'
    }
  }
}
