import type { ApiArea } from './types.js'
import type { TransformerShapes } from '#transformers/shapes'
import RoomTransformer from '#transformers/room_transformer'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import SessionInvitationTransformer from '#transformers/session_invitation_transformer'
import MemberTransformer from '#transformers/member_transformer'
import PackageTransformer from '#transformers/package_transformer'
import MemberPackageTransformer from '#transformers/member_package_transformer'
import BookingTransformer from '#transformers/booking_transformer'
import AttendanceTransformer from '#transformers/attendance_transformer'
import AttendanceHistoryTransformer from '#transformers/attendance_history_transformer'
import UserTransformer from '#transformers/user_transformer'
import ProgramTransformer from '#transformers/program_transformer'
import SessionTimeTransformer from '#transformers/session_time_transformer'
import CoachTransformer from '#transformers/coach_transformer'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import SessionSeriesTransformer from '#transformers/session_series_transformer'
import NotificationTransformer from '#transformers/notification_transformer'
import EnrollmentTransformer from '#transformers/enrollment_transformer'
import ChatSessionTransformer from '#transformers/chat_session_transformer'
import ChatMessageTransformer from '#transformers/chat_message_transformer'
import AnalyticsTransformer from '#transformers/analytics_transformer'
import NewsTransformer from '#transformers/news_transformer'
import AchievementTransformer from '#transformers/achievement_transformer'

/**
 * Every transformer of app/transformers: the document's resource schemas
 * are the shapes they declare, one component per variant
 * (tests/unit/transformers/shapes.spec.ts keeps this list complete).
 */
export const TRANSFORMERS: { name: string; shapes: TransformerShapes }[] = [
  RoomTransformer,
  AuditLogTransformer,
  // schedule
  ProgramTransformer,
  SessionTimeTransformer,
  CoachTransformer,
  TrainingSessionTransformer,
  SessionSeriesTransformer,
  SessionInvitationTransformer,
  // club
  MemberTransformer,
  PackageTransformer,
  MemberPackageTransformer,
  BookingTransformer,
  AttendanceTransformer,
  AttendanceHistoryTransformer,
  UserTransformer,
  // notifications
  NotificationTransformer,
  // enrollments
  EnrollmentTransformer,
  // chat
  ChatSessionTransformer,
  ChatMessageTransformer,
  // analytics
  AnalyticsTransformer,
  // content
  NewsTransformer,
  AchievementTransformer,
]

export const schemas: ApiArea['schemas'] = Object.fromEntries(
  TRANSFORMERS.flatMap((transformer) =>
    Object.values(transformer.shapes).map((shape) => [shape.name, shape.schema])
  )
)

export const paths: ApiArea['paths'] = {}
