import type { NormalizeConstructor } from '@adonisjs/core/types/helpers'
import {
  afterCreate,
  afterDelete,
  afterUpdate,
  beforeUpdate,
  type BaseModel,
} from '@adonisjs/lucid/orm'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import { describeChanges, recordChange } from '#services/audit'

/**
 * What an update is about to change, kept between beforeUpdate and
 * afterUpdate (the row forgets its original values once saved)
 */
const pending = new WeakMap<LucidRow, ReturnType<typeof describeChanges>>()

/**
 * The one mechanism of the audit trail: every create, update and delete
 * of a model with this mixin writes an audit_logs entry (actor, changed
 * fields before and after, ip, request id) in the same transaction. Staff
 * actions of the portal, the API and ace commands all save through models,
 * so they all pass here.
 */
export function Auditable<Model extends NormalizeConstructor<typeof BaseModel>>(superclass: Model) {
  class AuditableModel extends superclass {
    @afterCreate()
    static async auditCreate(row: AuditableModel) {
      const attributes = Object.keys(row.$attributes)
      await recordChange(
        row,
        'create',
        describeChanges(row, attributes, { after: row.$attributes })
      )
    }

    @beforeUpdate()
    static async captureUpdate(row: AuditableModel) {
      const dirty = row.$dirty
      pending.set(
        row,
        describeChanges(row, Object.keys(dirty), { before: row.$original, after: dirty })
      )
    }

    @afterUpdate()
    static async auditUpdate(row: AuditableModel) {
      const changes = pending.get(row)
      pending.delete(row)
      if (changes) await recordChange(row, 'update', changes)
    }

    @afterDelete()
    static async auditDelete(row: AuditableModel) {
      const attributes = Object.keys(row.$attributes)
      await recordChange(
        row,
        'delete',
        describeChanges(row, attributes, { before: row.$attributes })
      )
    }
  }
  return AuditableModel
}
