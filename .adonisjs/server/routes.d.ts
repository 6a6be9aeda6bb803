import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'new_account.create': { paramsTuple?: []; params?: {} }
    'new_account.store': { paramsTuple?: []; params?: {} }
    'new_account.sent': { paramsTuple?: []; params?: {} }
    'new_account.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'new_account.finish': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password_reset.update': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'schedule.index': { paramsTuple?: []; params?: {} }
    'programs.index': { paramsTuple?: []; params?: {} }
    'programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.sessions.index': { paramsTuple?: []; params?: {} }
    'coach.sessions.create': { paramsTuple?: []; params?: {} }
    'coach.sessions.store': { paramsTuple?: []; params?: {} }
    'coach.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.sessions.transition': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'admin.programs.index': { paramsTuple?: []; params?: {} }
    'admin.programs.create': { paramsTuple?: []; params?: {} }
    'admin.programs.store': { paramsTuple?: []; params?: {} }
    'admin.programs.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.programs.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.programs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.index': { paramsTuple?: []; params?: {} }
    'admin.rooms.create': { paramsTuple?: []; params?: {} }
    'admin.rooms.store': { paramsTuple?: []; params?: {} }
    'admin.rooms.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.index': { paramsTuple?: []; params?: {} }
    'admin.session_times.create': { paramsTuple?: []; params?: {} }
    'admin.session_times.store': { paramsTuple?: []; params?: {} }
    'admin.session_times.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.index': { paramsTuple?: []; params?: {} }
    'admin.coaches.create': { paramsTuple?: []; params?: {} }
    'admin.coaches.store': { paramsTuple?: []; params?: {} }
    'admin.coaches.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.index': { paramsTuple?: []; params?: {} }
    'admin.sessions.create': { paramsTuple?: []; params?: {} }
    'admin.sessions.store': { paramsTuple?: []; params?: {} }
    'admin.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.transition': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'admin.series.index': { paramsTuple?: []; params?: {} }
    'admin.series.create': { paramsTuple?: []; params?: {} }
    'admin.series.store': { paramsTuple?: []; params?: {} }
    'admin.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'parent.children.index': { paramsTuple?: []; params?: {} }
    'parent.children.create': { paramsTuple?: []; params?: {} }
    'parent.children.store': { paramsTuple?: []; params?: {} }
    'parent.children.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.erase': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.bookings.create': { paramsTuple?: []; params?: {} }
    'parent.bookings.store': { paramsTuple?: []; params?: {} }
    'parent.bookings.index': { paramsTuple?: []; params?: {} }
    'parent.bookings.confirm_cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.bookings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.packages.index': { paramsTuple?: []; params?: {} }
    'parent.attendance.index': { paramsTuple?: []; params?: {} }
    'coach.roster.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.roster.mark_all': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.roster.mark': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'admin.members.index': { paramsTuple?: []; params?: {} }
    'admin.members.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.packages': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.index': { paramsTuple?: []; params?: {} }
    'admin.packages.create': { paramsTuple?: []; params?: {} }
    'admin.packages.store': { paramsTuple?: []; params?: {} }
    'admin.packages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.reactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'calendar.show': { paramsTuple?: []; params?: {} }
    'enrollments.create': { paramsTuple?: []; params?: {} }
    'enrollments.store': { paramsTuple?: []; params?: {} }
    'enrollments.status': { paramsTuple?: []; params?: {} }
    'admin.enrollments.index': { paramsTuple?: []; params?: {} }
    'admin.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.enrollments.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.enrollments.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.enrollments.index': { paramsTuple?: []; params?: {} }
    'parent.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'calendar.feed': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'calendar_feed.reset': { paramsTuple?: []; params?: {} }
    'admin.reports.attendance': { paramsTuple?: []; params?: {} }
    'admin.reports.members': { paramsTuple?: []; params?: {} }
    'admin.reports.bookings': { paramsTuple?: []; params?: {} }
    'chat_inbox.index': { paramsTuple?: []; params?: {} }
    'chat_inbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_inbox.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_inbox.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_inbox.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.analytics': { paramsTuple?: []; params?: {} }
    'coach.analytics': { paramsTuple?: []; params?: {} }
    'news.index': { paramsTuple?: []; params?: {} }
    'news.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'achievements.index': { paramsTuple?: []; params?: {} }
    'achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.club.edit': { paramsTuple?: []; params?: {} }
    'admin.club.update': { paramsTuple?: []; params?: {} }
    'admin.news.index': { paramsTuple?: []; params?: {} }
    'admin.news.create': { paramsTuple?: []; params?: {} }
    'admin.news.store': { paramsTuple?: []; params?: {} }
    'admin.news.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.preview': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.index': { paramsTuple?: []; params?: {} }
    'admin.achievements.create': { paramsTuple?: []; params?: {} }
    'admin.achievements.store': { paramsTuple?: []; params?: {} }
    'admin.achievements.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.ping': { paramsTuple?: []; params?: {} }
    'api.v1.health': { paramsTuple?: []; params?: {} }
    'api.v1.health.live': { paramsTuple?: []; params?: {} }
    'api.v1.health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.v1.auth.register': { paramsTuple?: []; params?: {} }
    'api.v1.auth.register_confirm': { paramsTuple?: []; params?: {} }
    'api.v1.auth.login': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.forgot_password': { paramsTuple?: []; params?: {} }
    'api.v1.auth.reset_password': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.auth.me': { paramsTuple?: []; params?: {} }
    'api.v1.auth.update_me': { paramsTuple?: []; params?: {} }
    'api.v1.auth.change_password': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.stats': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.users.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.slots': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.programs.stats': { paramsTuple?: []; params?: {} }
    'api.v1.programs.store': { paramsTuple?: []; params?: {} }
    'api.v1.programs.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.programs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.rooms.index': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.rooms.store': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.rooms.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.index': { paramsTuple?: []; params?: {} }
    'api.v1.session_times.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.store': { paramsTuple?: []; params?: {} }
    'api.v1.session_times.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.coaches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coach.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.store': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.series.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.series.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.store': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.members.store': { paramsTuple?: []; params?: {} }
    'api.v1.me.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.bookings.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.store': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.bookings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.roster': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.attendance.upsert': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'api.v1.training_sessions.attendance.bulk': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'api.v1.training_sessions.presences': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.join': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.attendance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.erase': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.packages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.packages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.packages.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.member_packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.member_packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read_one': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.store': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.status': { paramsTuple?: []; params?: {} }
    'api.v1.me.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.store': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.chat_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.chat.stats': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.analytics.programs': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.members': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.coaches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.bookings': { paramsTuple?: []; params?: {} }
    'api.v1.club.show': { paramsTuple?: []; params?: {} }
    'api.v1.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.club.update': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.achievements.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'home': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'new_account.create': { paramsTuple?: []; params?: {} }
    'new_account.sent': { paramsTuple?: []; params?: {} }
    'new_account.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'schedule.index': { paramsTuple?: []; params?: {} }
    'programs.index': { paramsTuple?: []; params?: {} }
    'programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.sessions.index': { paramsTuple?: []; params?: {} }
    'coach.sessions.create': { paramsTuple?: []; params?: {} }
    'coach.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.programs.index': { paramsTuple?: []; params?: {} }
    'admin.programs.create': { paramsTuple?: []; params?: {} }
    'admin.programs.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.index': { paramsTuple?: []; params?: {} }
    'admin.rooms.create': { paramsTuple?: []; params?: {} }
    'admin.rooms.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.index': { paramsTuple?: []; params?: {} }
    'admin.session_times.create': { paramsTuple?: []; params?: {} }
    'admin.session_times.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.index': { paramsTuple?: []; params?: {} }
    'admin.coaches.create': { paramsTuple?: []; params?: {} }
    'admin.coaches.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.index': { paramsTuple?: []; params?: {} }
    'admin.sessions.create': { paramsTuple?: []; params?: {} }
    'admin.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.index': { paramsTuple?: []; params?: {} }
    'admin.series.create': { paramsTuple?: []; params?: {} }
    'admin.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'parent.children.index': { paramsTuple?: []; params?: {} }
    'parent.children.create': { paramsTuple?: []; params?: {} }
    'parent.children.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.bookings.create': { paramsTuple?: []; params?: {} }
    'parent.bookings.index': { paramsTuple?: []; params?: {} }
    'parent.bookings.confirm_cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.packages.index': { paramsTuple?: []; params?: {} }
    'parent.attendance.index': { paramsTuple?: []; params?: {} }
    'coach.roster.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.index': { paramsTuple?: []; params?: {} }
    'admin.members.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.packages': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.index': { paramsTuple?: []; params?: {} }
    'admin.packages.create': { paramsTuple?: []; params?: {} }
    'admin.packages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'calendar.show': { paramsTuple?: []; params?: {} }
    'enrollments.create': { paramsTuple?: []; params?: {} }
    'enrollments.status': { paramsTuple?: []; params?: {} }
    'admin.enrollments.index': { paramsTuple?: []; params?: {} }
    'admin.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.enrollments.index': { paramsTuple?: []; params?: {} }
    'calendar.feed': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'admin.reports.attendance': { paramsTuple?: []; params?: {} }
    'admin.reports.members': { paramsTuple?: []; params?: {} }
    'admin.reports.bookings': { paramsTuple?: []; params?: {} }
    'chat_inbox.index': { paramsTuple?: []; params?: {} }
    'chat_inbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.analytics': { paramsTuple?: []; params?: {} }
    'coach.analytics': { paramsTuple?: []; params?: {} }
    'news.index': { paramsTuple?: []; params?: {} }
    'news.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'achievements.index': { paramsTuple?: []; params?: {} }
    'achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.club.edit': { paramsTuple?: []; params?: {} }
    'admin.news.index': { paramsTuple?: []; params?: {} }
    'admin.news.create': { paramsTuple?: []; params?: {} }
    'admin.news.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.preview': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.index': { paramsTuple?: []; params?: {} }
    'admin.achievements.create': { paramsTuple?: []; params?: {} }
    'admin.achievements.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.ping': { paramsTuple?: []; params?: {} }
    'api.v1.health': { paramsTuple?: []; params?: {} }
    'api.v1.health.live': { paramsTuple?: []; params?: {} }
    'api.v1.health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.v1.auth.me': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.stats': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.slots': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.programs.stats': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.index': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.index': { paramsTuple?: []; params?: {} }
    'api.v1.session_times.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coach.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.bookings.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.roster': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.presences': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.attendance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.packages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.member_packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.member_packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.status': { paramsTuple?: []; params?: {} }
    'api.v1.me.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.chat_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.chat.stats': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.analytics.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.analytics.programs': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.members': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.coaches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.bookings': { paramsTuple?: []; params?: {} }
    'api.v1.club.show': { paramsTuple?: []; params?: {} }
    'api.v1.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'home': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.edit': { paramsTuple?: []; params?: {} }
    'password.edit': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'new_account.create': { paramsTuple?: []; params?: {} }
    'new_account.sent': { paramsTuple?: []; params?: {} }
    'new_account.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'schedule.index': { paramsTuple?: []; params?: {} }
    'programs.index': { paramsTuple?: []; params?: {} }
    'programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.sessions.index': { paramsTuple?: []; params?: {} }
    'coach.sessions.create': { paramsTuple?: []; params?: {} }
    'coach.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.programs.index': { paramsTuple?: []; params?: {} }
    'admin.programs.create': { paramsTuple?: []; params?: {} }
    'admin.programs.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.index': { paramsTuple?: []; params?: {} }
    'admin.rooms.create': { paramsTuple?: []; params?: {} }
    'admin.rooms.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.index': { paramsTuple?: []; params?: {} }
    'admin.session_times.create': { paramsTuple?: []; params?: {} }
    'admin.session_times.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.index': { paramsTuple?: []; params?: {} }
    'admin.coaches.create': { paramsTuple?: []; params?: {} }
    'admin.coaches.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.index': { paramsTuple?: []; params?: {} }
    'admin.sessions.create': { paramsTuple?: []; params?: {} }
    'admin.sessions.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.index': { paramsTuple?: []; params?: {} }
    'admin.series.create': { paramsTuple?: []; params?: {} }
    'admin.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'parent.children.index': { paramsTuple?: []; params?: {} }
    'parent.children.create': { paramsTuple?: []; params?: {} }
    'parent.children.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.bookings.create': { paramsTuple?: []; params?: {} }
    'parent.bookings.index': { paramsTuple?: []; params?: {} }
    'parent.bookings.confirm_cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.packages.index': { paramsTuple?: []; params?: {} }
    'parent.attendance.index': { paramsTuple?: []; params?: {} }
    'coach.roster.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.index': { paramsTuple?: []; params?: {} }
    'admin.members.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.packages': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.index': { paramsTuple?: []; params?: {} }
    'admin.packages.create': { paramsTuple?: []; params?: {} }
    'admin.packages.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'calendar.show': { paramsTuple?: []; params?: {} }
    'enrollments.create': { paramsTuple?: []; params?: {} }
    'enrollments.status': { paramsTuple?: []; params?: {} }
    'admin.enrollments.index': { paramsTuple?: []; params?: {} }
    'admin.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.enrollments.index': { paramsTuple?: []; params?: {} }
    'calendar.feed': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'admin.reports.attendance': { paramsTuple?: []; params?: {} }
    'admin.reports.members': { paramsTuple?: []; params?: {} }
    'admin.reports.bookings': { paramsTuple?: []; params?: {} }
    'chat_inbox.index': { paramsTuple?: []; params?: {} }
    'chat_inbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.analytics': { paramsTuple?: []; params?: {} }
    'coach.analytics': { paramsTuple?: []; params?: {} }
    'news.index': { paramsTuple?: []; params?: {} }
    'news.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'achievements.index': { paramsTuple?: []; params?: {} }
    'achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'media.show': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'admin.club.edit': { paramsTuple?: []; params?: {} }
    'admin.news.index': { paramsTuple?: []; params?: {} }
    'admin.news.create': { paramsTuple?: []; params?: {} }
    'admin.news.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.preview': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.index': { paramsTuple?: []; params?: {} }
    'admin.achievements.create': { paramsTuple?: []; params?: {} }
    'admin.achievements.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.ping': { paramsTuple?: []; params?: {} }
    'api.v1.health': { paramsTuple?: []; params?: {} }
    'api.v1.health.live': { paramsTuple?: []; params?: {} }
    'api.v1.health.ready': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.v1.auth.me': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.stats': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.audit_logs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.index': { paramsTuple?: []; params?: {} }
    'api.v1.programs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coaches.slots': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.programs.stats': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.index': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.index': { paramsTuple?: []; params?: {} }
    'api.v1.session_times.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.coaches.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.coach.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.bookings.index': { paramsTuple?: []; params?: {} }
    'api.v1.me.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.roster': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.presences': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.attendance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.export': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.packages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.member_packages.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.member_packages.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.notifications.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.status': { paramsTuple?: []; params?: {} }
    'api.v1.me.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.index': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.chat_sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.chat.stats': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.index': { paramsTuple?: []; params?: {} }
    'api.v1.analytics.dashboard': { paramsTuple?: []; params?: {} }
    'api.v1.analytics.programs': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.members': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.coaches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.analytics.bookings': { paramsTuple?: []; params?: {} }
    'api.v1.club.show': { paramsTuple?: []; params?: {} }
    'api.v1.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.index': { paramsTuple?: []; params?: {} }
    'api.v1.admin.achievements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'new_account.store': { paramsTuple?: []; params?: {} }
    'new_account.finish': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password_reset.update': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'coach.sessions.store': { paramsTuple?: []; params?: {} }
    'coach.sessions.transition': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'admin.programs.store': { paramsTuple?: []; params?: {} }
    'admin.rooms.store': { paramsTuple?: []; params?: {} }
    'admin.session_times.store': { paramsTuple?: []; params?: {} }
    'admin.coaches.store': { paramsTuple?: []; params?: {} }
    'admin.sessions.store': { paramsTuple?: []; params?: {} }
    'admin.sessions.transition': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'action': ParamValue} }
    'admin.series.store': { paramsTuple?: []; params?: {} }
    'admin.series.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.store': { paramsTuple?: []; params?: {} }
    'parent.children.erase': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.bookings.store': { paramsTuple?: []; params?: {} }
    'parent.bookings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.roster.mark_all': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'coach.roster.mark': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'admin.members.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.store': { paramsTuple?: []; params?: {} }
    'admin.packages.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.unarchive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.users.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.reactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'enrollments.store': { paramsTuple?: []; params?: {} }
    'admin.enrollments.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.enrollments.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'calendar_feed.reset': { paramsTuple?: []; params?: {} }
    'chat_inbox.reply': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_inbox.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.store': { paramsTuple?: []; params?: {} }
    'admin.achievements.store': { paramsTuple?: []; params?: {} }
    'api.v1.auth.register': { paramsTuple?: []; params?: {} }
    'api.v1.auth.register_confirm': { paramsTuple?: []; params?: {} }
    'api.v1.auth.login': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.forgot_password': { paramsTuple?: []; params?: {} }
    'api.v1.auth.reset_password': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.auth.change_password': { paramsTuple?: []; params?: {} }
    'api.v1.admin.users.store': { paramsTuple?: []; params?: {} }
    'api.v1.programs.store': { paramsTuple?: []; params?: {} }
    'api.v1.rooms.store': { paramsTuple?: []; params?: {} }
    'api.v1.session_times.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.coaches.store': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.store': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.series.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.store': { paramsTuple?: []; params?: {} }
    'api.v1.training_sessions.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.complete': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.members.store': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.store': { paramsTuple?: []; params?: {} }
    'api.v1.bookings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.join': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.members.erase': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.members.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.restore': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.packages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.store': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read': { paramsTuple?: []; params?: {} }
    'api.v1.notifications.read_one': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.store': { paramsTuple?: []; params?: {} }
    'api.v1.enrollments.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.enrollments.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.store': { paramsTuple?: []; params?: {} }
    'api.v1.chat.sessions.messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.store': { paramsTuple?: []; params?: {} }
    'api.v1.admin.achievements.store': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'profile.update': { paramsTuple?: []; params?: {} }
    'password.update': { paramsTuple?: []; params?: {} }
    'coach.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.programs.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'parent.children.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.packages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_inbox.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.club.update': { paramsTuple?: []; params?: {} }
    'admin.news.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.auth.update_me': { paramsTuple?: []; params?: {} }
    'api.v1.programs.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.rooms.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.attendance.upsert': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'api.v1.training_sessions.attendance.bulk': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.club.update': { paramsTuple?: []; params?: {} }
    'api.v1.admin.news.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PATCH: {
    'admin.programs.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.series.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.series.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.me.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.members.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.chat.sessions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'admin.programs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.rooms.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.session_times.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.coaches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.news.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.achievements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.users.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.programs.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.rooms.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.session_times.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.coaches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.training_sessions.invitations.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'member_id': ParamValue} }
    'api.v1.admin.members.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.packages.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.news.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.admin.achievements.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}