import vine from '@vinejs/vine'

/**
 * GET /calendar: which week (an ISO week, or a day in it, which is also
 * the day a phone shows), and for staff a coach, room or program
 */
export const calendarValidator = vine.create(
  vine.object({
    week: vine
      .string()
      .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)
      .optional(),
    date: vine
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    coach_id: vine.string().uuid().optional(),
    room_id: vine.string().uuid().optional(),
    program_id: vine.string().uuid().optional(),
  })
)
