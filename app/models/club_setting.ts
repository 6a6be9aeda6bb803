import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { ClubSettingSchema } from '#database/schema'

/**
 * The club's identity (one row at most): name, description, logo,
 * address, contacts, opening hours, social links
 */
export default class ClubSetting extends compose(ClubSettingSchema, Auditable) {}
