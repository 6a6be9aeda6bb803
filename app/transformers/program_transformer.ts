import { BaseTransformer } from '@adonisjs/core/transformers'
import type Program from '#models/program'
import type TrainingSession from '#models/training_session'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const

const program = s.object({
  id: s.uuid(),
  name: s.string({ example: 'Panahan Dasar' }),
  code: s.string({ example: 'ARC-101' }),
  description: s.nullable(s.string()),
  category: s.nullable(s.string()),
  level: s.enum(LEVELS),
  session_minutes: s.nullable(s.integer()),
  duration_hours: s.nullable(s.integer()),
  price_per_session: s.integer({ description: 'Whole rupiah' }),
  max_students: s.nullable(s.integer()),
  image_url: s.nullable(s.url()),
  status: s.enum(['active', 'inactive']),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
})

/**
 * A program of the catalogue: the full record, the detail page (with its
 * upcoming public sessions, passed as the second argument), and a
 * summary inside a session or a list row
 */
export default class ProgramTransformer extends BaseTransformer<Program> {
  static shapes: TransformerShapes<'toObject' | 'forDetail' | 'forSummary'> = {
    toObject: { name: 'Program', schema: program },
    forDetail: {
      name: 'ProgramDetail',
      schema: s.extend(program, { upcoming_sessions: s.array(s.ref('TrainingSession')) }),
    },
    forSummary: {
      name: 'ProgramSummary',
      schema: s.object({
        id: s.uuid(),
        name: s.string(),
        code: s.string(),
        level: s.enum(LEVELS),
        category: s.nullable(s.string()),
      }),
    },
  }

  constructor(
    resource: Program,
    protected upcoming: TrainingSession[] = []
  ) {
    super(resource)
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      name: row.name,
      code: row.code,
      description: row.description,
      category: row.category,
      level: row.level,
      session_minutes: row.sessionMinutes,
      duration_hours: row.durationHours,
      price_per_session: row.pricePerSession,
      max_students: row.maxStudents,
      image_url: row.imageUrl,
      status: row.status,
      created_at: iso(row.createdAt),
      updated_at: iso(row.updatedAt),
    }
  }

  forDetail() {
    return {
      ...this.toObject(),
      // nested one level down: its own coach, program and room need depth 2
      upcoming_sessions: TrainingSessionTransformer.transform(this.upcoming).depth(2),
    }
  }

  forSummary() {
    const row = this.resource
    return {
      id: row.id,
      name: row.name,
      code: row.code,
      level: row.level,
      category: row.category,
    }
  }
}
