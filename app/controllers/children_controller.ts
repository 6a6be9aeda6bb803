import { eraseMember, exportMemberData } from '#actions/members/member_data'
import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import MemberPolicy from '#policies/member_policy'
import DomainError from '#exceptions/domain_error'
import { parentDashboard } from '#queries/members/dashboards'
import { registerMember, updateMember } from '#actions/members/save_member'
import MemberTransformer from '#transformers/member_transformer'
import { parentDashboardView } from '#transformers/dashboard_view'
import { serialize } from '#services/serialize'
import { blanksAsNull } from '#services/form_input'
import { formVersion, preconditionOf } from '#services/preconditions'
import {
  createMyMemberValidator,
  eraseMemberValidator,
  updateMyMemberValidator,
} from '#validators/member'

/**
 * A parent's children (and their own `self` member): the list with each
 * one's status and credits, add and edit. New members wait for approval.
 */
export default class ChildrenController {
  async index({ auth, view }: HttpContext) {
    const { members } = await serialize(
      parentDashboardView(await parentDashboard(auth.getUserOrFail().id))
    )
    return view.render('pages/parent/children/index', { members })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('register')
    return view.render('pages/parent/children/form', { member: null })
  }

  async store({ auth, request, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(MemberPolicy).authorize('register')
    const input = await request.validateUsing(createMyMemberValidator, {
      data: blanksAsNull(request.all()),
    })
    const member = await registerMember(auth.getUserOrFail(), input)
    session.flash('success', i18n.t('club.flash.child_added', { name: member.name }))
    return response.redirect().toRoute('parent.children.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    const member = await ownMember(params.id, bouncer)
    return view.render('pages/parent/children/form', {
      member: await serialize(MemberTransformer.transform(member)),
      version: formVersion(member),
    })
  }

  async update({ params, request, response, bouncer, session, i18n }: HttpContext) {
    const member = await ownMember(params.id, bouncer)
    const input = await request.validateUsing(updateMyMemberValidator, {
      data: blanksAsNull(request.all()),
    })
    await updateMember(member, input, preconditionOf(request))
    session.flash('success', i18n.t('club.flash.child_updated', { name: member.name }))
    return response.redirect().toRoute('parent.children.index')
  }

  /**
   * Everything the club holds about the child, as a JSON download
   * (the same export as GET /api/v1/members/:id/export)
   */
  async exportData({ params, response, bouncer }: HttpContext) {
    const member = await ownMember(params.id, bouncer, 'manageData')
    const data = await exportMemberData(member.id)
    response.header('content-type', 'application/json; charset=utf-8')
    response.attachment(`latih-${member.id}.json`)
    return response.send(JSON.stringify(data, null, 2))
  }

  /**
   * Erases the child's personal data once the parent ticked that they
   * understand it cannot be undone
   */
  async erase({ params, request, response, bouncer, session, i18n, auth }: HttpContext) {
    const member = await ownMember(params.id, bouncer, 'manageData')
    await request.validateUsing(eraseMemberValidator)
    const name = member.name
    await eraseMember(member.id, auth.getUserOrFail())
    session.flash('success', i18n.t('club.flash.child_erased', { name }))
    return response.redirect().toRoute('parent.children.index')
  }
}

/**
 * One of the parent's own members; anyone else's is a 404, as in the API
 */
async function ownMember(
  id: string,
  bouncer: HttpContext['bouncer'],
  ability: 'update' | 'manageData' = 'update'
) {
  const member = await Member.find(id)
  if (!member || (await bouncer.with(MemberPolicy).denies(ability, member))) {
    throw DomainError.notFound('member')
  }
  return member
}
