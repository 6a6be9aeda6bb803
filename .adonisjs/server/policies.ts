export const policies = {
  AnalyticsPolicy: () => import('#policies/analytics_policy'),
  AuditLogPolicy: () => import('#policies/audit_log_policy'),
  BasePolicy: () => import('#policies/base_policy'),
  BookingPolicy: () => import('#policies/booking_policy'),
  ChatSessionPolicy: () => import('#policies/chat_session_policy'),
  CoachPolicy: () => import('#policies/coach_policy'),
  ContentPolicy: () => import('#policies/content_policy'),
  EnrollmentPolicy: () => import('#policies/enrollment_policy'),
  MemberPolicy: () => import('#policies/member_policy'),
  NotificationPolicy: () => import('#policies/notification_policy'),
  PackagePolicy: () => import('#policies/package_policy'),
  ProgramPolicy: () => import('#policies/program_policy'),
  RoomPolicy: () => import('#policies/room_policy'),
  SessionTimePolicy: () => import('#policies/session_time_policy'),
  TrainingSessionPolicy: () => import('#policies/training_session_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

