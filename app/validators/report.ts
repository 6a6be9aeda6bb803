import vine from '@vinejs/vine'

const month = () =>
  vine
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)

/**
 * The attendance report (report:attendance and the admin's CSV download):
 * a month of the club's calendar (YYYY-MM) and optionally a program code
 */
export const attendanceReportValidator = vine.create(
  vine.object({
    month: month(),
    program: vine.string().trim().minLength(1).maxLength(40).optional(),
  })
)

/**
 * The download link may leave the month out: this month
 */
export const attendanceDownloadValidator = vine.create(
  vine.object({
    month: month().optional(),
    program: vine.string().trim().minLength(1).maxLength(40).optional(),
  })
)

/**
 * The members download: optionally one status
 */
export const membersDownloadValidator = vine.create(
  vine.object({
    status: vine.enum(['pending', 'active', 'inactive', 'rejected'] as const).optional(),
  })
)
