import Enrollment from '#models/enrollment'

/**
 * The enrollment a visitor asks about: registration number and guardian
 * email must both match (null whichever is wrong)
 */
export function findEnrollmentForStatus(email: string, registrationNumber: string) {
  return Enrollment.query()
    .where('registration_number', registrationNumber)
    .where('guardian_email', email)
    .preload('program')
    .first()
}

/**
 * One enrollment with what its pages and the API show
 */
export function findEnrollment(id: string) {
  return Enrollment.query().where('id', id).preload('program').first()
}
