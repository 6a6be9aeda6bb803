import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The counted tables: each status has its counter column
 * `<table>_<status>` in session_tallies
 */
const COUNTED = [
  { table: 'bookings', statuses: ['confirmed', 'waitlisted', 'cancelled'] },
  { table: 'attendances', statuses: ['present', 'late', 'absent', 'excused'] },
]

/**
 * The trigger function of a counted table: the statement's rows as
 * (session, status, +1 for a new row / -1 for an old one), summed per
 * session, applied in one UPDATE; TRUNCATE zeroes the counters
 */
function countingFunction({ table, statuses }: (typeof COUNTED)[number]) {
  const columns = statuses.map((status) => `${table}_${status}`)
  const zeros = statuses.map(() => '0').join(', ')
  const apply = (changes: string) => `
    UPDATE session_tallies t
       SET ${columns.map((column, i) => `${column} = t.${column} + d.${statuses[i]}`).join(',\n           ')}
      FROM (
        SELECT training_session_id,
               ${statuses.map((status) => `coalesce(sum(delta) FILTER (WHERE status = '${status}'), 0) AS ${status}`).join(',\n               ')}
          FROM (${changes}) changes
         GROUP BY training_session_id
      ) d
     WHERE t.training_session_id = d.training_session_id
       AND (${statuses.map((status) => `d.${status}`).join(', ')}) <> (${zeros});`
  const added = `SELECT training_session_id, status, 1 AS delta FROM new_${table}`
  const removed = `SELECT training_session_id, status, -1 AS delta FROM old_${table}`
  return `
    CREATE FUNCTION session_tallies_count_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN${apply(added)}
      ELSIF TG_OP = 'DELETE' THEN${apply(removed)}
      ELSIF TG_OP = 'UPDATE' THEN${apply(`${removed} UNION ALL ${added}`)}
      ELSE
        UPDATE session_tallies SET ${columns.map((column) => `${column} = 0`).join(', ')}
         WHERE (${columns.join(', ')}) <> (${zeros});
      END IF;
      RETURN NULL;
    END $$`
}

/**
 * The analytics rollup (docs/performance.md "## Analytics"): one row per
 * training session with what the reports group and filter by (start,
 * end, status, program, coach) and its bookings and attendance records
 * counted by status. The database keeps it, in the transaction of every
 * write, so a figure can never drift from the rows:
 *
 * - training_sessions: a new session gets its row (statement-level, so a
 *   set-based insert of 100,000 sessions is one INSERT … SELECT); a change
 *   of start, end, status, program or coach is copied (row-level, only
 *   when one of them changed: booked_count updates cost nothing); a
 *   deleted session takes its row along (ON DELETE CASCADE).
 * - bookings and attendances: statement-level triggers with transition
 *   tables add the new rows' statuses and subtract the old ones', grouped
 *   by session, whatever the statement (insert, update of status or
 *   session, delete, cascade); TRUNCATE zeroes the counters.
 *
 * A report over a year reads ~75,000 narrow rows instead of joining
 * ~400,000 bookings and ~325,000 attendances to their sessions.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      CREATE TABLE session_tallies (
        training_session_id uuid PRIMARY KEY REFERENCES training_sessions (id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL,
        program_id uuid,
        coach_id uuid NOT NULL,
        bookings_confirmed integer NOT NULL DEFAULT 0,
        bookings_waitlisted integer NOT NULL DEFAULT 0,
        bookings_cancelled integer NOT NULL DEFAULT 0,
        attendances_present integer NOT NULL DEFAULT 0,
        attendances_late integer NOT NULL DEFAULT 0,
        attendances_absent integer NOT NULL DEFAULT 0,
        attendances_excused integer NOT NULL DEFAULT 0
      ) WITH (fillfactor = 85)
    `)
    // counters are in no index: their updates stay heap-only (HOT)
    this.schema.raw('CREATE INDEX session_tallies_starts_at_index ON session_tallies (starts_at)')
    this.schema.raw(
      'CREATE INDEX session_tallies_program_starts_at_index ON session_tallies (program_id, starts_at)'
    )
    this.schema.raw(
      'CREATE INDEX session_tallies_coach_starts_at_index ON session_tallies (coach_id, starts_at)'
    )

    this.schema.raw(`
      CREATE FUNCTION session_tallies_add_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO session_tallies (training_session_id, starts_at, ends_at, status, program_id, coach_id)
        SELECT id, starts_at, ends_at, status, program_id, coach_id FROM new_sessions;
        RETURN NULL;
      END $$
    `)
    this.schema.raw(`
      CREATE TRIGGER session_tallies_add_sessions
        AFTER INSERT ON training_sessions
        REFERENCING NEW TABLE AS new_sessions
        FOR EACH STATEMENT EXECUTE FUNCTION session_tallies_add_sessions()
    `)
    this.schema.raw(`
      CREATE FUNCTION session_tallies_copy_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE session_tallies
           SET starts_at = NEW.starts_at, ends_at = NEW.ends_at, status = NEW.status,
               program_id = NEW.program_id, coach_id = NEW.coach_id
         WHERE training_session_id = NEW.id;
        RETURN NULL;
      END $$
    `)
    this.schema.raw(`
      CREATE TRIGGER session_tallies_copy_session
        AFTER UPDATE ON training_sessions
        FOR EACH ROW
        WHEN ((OLD.starts_at, OLD.ends_at, OLD.status, OLD.program_id, OLD.coach_id)
              IS DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.status, NEW.program_id, NEW.coach_id))
        EXECUTE FUNCTION session_tallies_copy_session()
    `)

    for (const counted of COUNTED) {
      this.schema.raw(countingFunction(counted))
    }
    for (const { table } of COUNTED) {
      const fn = `session_tallies_count_${table}`
      this.schema.raw(`
        CREATE TRIGGER ${table}_tally_insert AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_${table}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()
      `)
      this.schema.raw(`
        CREATE TRIGGER ${table}_tally_update AFTER UPDATE ON ${table}
          REFERENCING OLD TABLE AS old_${table} NEW TABLE AS new_${table}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()
      `)
      this.schema.raw(`
        CREATE TRIGGER ${table}_tally_delete AFTER DELETE ON ${table}
          REFERENCING OLD TABLE AS old_${table}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()
      `)
      this.schema.raw(`
        CREATE TRIGGER ${table}_tally_truncate AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()
      `)
    }

    // the sessions already there
    this.schema.raw(`
      INSERT INTO session_tallies
      SELECT s.id, s.starts_at, s.ends_at, s.status, s.program_id, s.coach_id,
             coalesce(b.confirmed, 0), coalesce(b.waitlisted, 0), coalesce(b.cancelled, 0),
             coalesce(a.present, 0), coalesce(a.late, 0), coalesce(a.absent, 0), coalesce(a.excused, 0)
        FROM training_sessions s
        LEFT JOIN (
          SELECT training_session_id,
                 count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
                 count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
                 count(*) FILTER (WHERE status = 'cancelled') AS cancelled
            FROM bookings GROUP BY training_session_id
        ) b ON b.training_session_id = s.id
        LEFT JOIN (
          SELECT training_session_id,
                 count(*) FILTER (WHERE status = 'present') AS present,
                 count(*) FILTER (WHERE status = 'late') AS late,
                 count(*) FILTER (WHERE status = 'absent') AS absent,
                 count(*) FILTER (WHERE status = 'excused') AS excused
            FROM attendances GROUP BY training_session_id
        ) a ON a.training_session_id = s.id
    `)
  }

  async down() {
    for (const table of ['bookings', 'attendances']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        this.schema.raw(`DROP TRIGGER IF EXISTS ${table}_tally_${event} ON ${table}`)
      }
    }
    this.schema.raw('DROP TRIGGER IF EXISTS session_tallies_copy_session ON training_sessions')
    this.schema.raw('DROP TRIGGER IF EXISTS session_tallies_add_sessions ON training_sessions')
    this.schema.raw('DROP FUNCTION IF EXISTS session_tallies_count_attendances()')
    this.schema.raw('DROP FUNCTION IF EXISTS session_tallies_count_bookings()')
    this.schema.raw('DROP FUNCTION IF EXISTS session_tallies_copy_session()')
    this.schema.raw('DROP FUNCTION IF EXISTS session_tallies_add_sessions()')
    this.schema.raw('DROP TABLE IF EXISTS session_tallies')
  }
}
