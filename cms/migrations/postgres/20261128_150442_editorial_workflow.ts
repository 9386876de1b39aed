import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_opd_profiles_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__opd_profiles_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_visions_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__visions_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_goals_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__goals_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_targets_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__targets_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_programmes_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__programmes_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_planning_documents_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__planning_documents_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_budget_realisations_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__budget_realisations_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_services_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__services_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_agencies_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__agencies_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_skm_results_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__skm_results_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_ppid_entries_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__ppid_entries_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_ppid_reports_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__ppid_reports_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_news_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__news_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_emergency_notices_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__emergency_notices_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_legal_documents_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_datasets_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum__datasets_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'scheduled', 'published', 'returned', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('submitted', 'approved', 'returned', 'scheduled', 'published', 'withdrawn', 'emergency', 'review-due');
  CREATE TYPE "public"."enum_notifications_email_status" AS ENUM('pending', 'sent', 'failed', 'abandoned');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'send-notifications';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'workflow-schedule';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'review-reminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'send-notifications';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'workflow-schedule';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'review-reminders';
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"key" varchar,
  	"read" boolean DEFAULT false,
  	"email_status" "enum_notifications_email_status" DEFAULT 'pending',
  	"email_attempts" numeric DEFAULT 0,
  	"email_next_attempt_at" timestamp(3) with time zone,
  	"email_last_error" varchar,
  	"email_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"user_email" varchar,
  	"role" varchar,
  	"action" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar,
  	"opd_id" integer,
  	"summary" varchar,
  	"reason" varchar,
  	"diff" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"head_approval" boolean DEFAULT false,
  	"reminder_days" numeric DEFAULT 14 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "opd_profiles" ADD COLUMN "workflow_state" "enum_opd_profiles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "opd_profiles" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "opd_profiles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "opd_profiles" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "opd_profiles" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_opd_profiles_v" ADD COLUMN "version_workflow_state" "enum__opd_profiles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_opd_profiles_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_opd_profiles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_opd_profiles_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_opd_profiles_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "visions" ADD COLUMN "workflow_state" "enum_visions_workflow_state" DEFAULT 'draft';
  ALTER TABLE "visions" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "visions" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "visions" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "visions" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_visions_v" ADD COLUMN "version_workflow_state" "enum__visions_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_visions_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_visions_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_visions_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_visions_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "goals" ADD COLUMN "workflow_state" "enum_goals_workflow_state" DEFAULT 'draft';
  ALTER TABLE "goals" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "goals" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "goals" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "goals" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_goals_v" ADD COLUMN "version_workflow_state" "enum__goals_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_goals_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_goals_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_goals_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_goals_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "targets" ADD COLUMN "workflow_state" "enum_targets_workflow_state" DEFAULT 'draft';
  ALTER TABLE "targets" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "targets" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "targets" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "targets" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_targets_v" ADD COLUMN "version_workflow_state" "enum__targets_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_targets_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_targets_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_targets_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_targets_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "programmes" ADD COLUMN "workflow_state" "enum_programmes_workflow_state" DEFAULT 'draft';
  ALTER TABLE "programmes" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "programmes" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "programmes" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "programmes" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_programmes_v" ADD COLUMN "version_workflow_state" "enum__programmes_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_programmes_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_programmes_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_programmes_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_programmes_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "planning_documents" ADD COLUMN "workflow_state" "enum_planning_documents_workflow_state" DEFAULT 'draft';
  ALTER TABLE "planning_documents" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "planning_documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "planning_documents" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "planning_documents" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_planning_documents_v" ADD COLUMN "version_workflow_state" "enum__planning_documents_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_planning_documents_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_planning_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_planning_documents_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_planning_documents_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "budget_realisations" ADD COLUMN "workflow_state" "enum_budget_realisations_workflow_state" DEFAULT 'draft';
  ALTER TABLE "budget_realisations" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "budget_realisations" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "budget_realisations" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "budget_realisations" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_budget_realisations_v" ADD COLUMN "version_workflow_state" "enum__budget_realisations_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_budget_realisations_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_budget_realisations_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_budget_realisations_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_budget_realisations_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "workflow_state" "enum_services_workflow_state" DEFAULT 'draft';
  ALTER TABLE "services" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "services" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "services" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_workflow_state" "enum__services_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_services_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "agencies" ADD COLUMN "workflow_state" "enum_agencies_workflow_state" DEFAULT 'draft';
  ALTER TABLE "agencies" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "agencies" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "agencies" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "agencies" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_workflow_state" "enum__agencies_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_agencies_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_agencies_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "skm_results" ADD COLUMN "workflow_state" "enum_skm_results_workflow_state" DEFAULT 'draft';
  ALTER TABLE "skm_results" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "skm_results" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "skm_results" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "skm_results" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_skm_results_v" ADD COLUMN "version_workflow_state" "enum__skm_results_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_skm_results_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_skm_results_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_skm_results_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_skm_results_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "ppid_entries" ADD COLUMN "workflow_state" "enum_ppid_entries_workflow_state" DEFAULT 'draft';
  ALTER TABLE "ppid_entries" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "ppid_entries" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "ppid_entries" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "ppid_entries" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_ppid_entries_v" ADD COLUMN "version_workflow_state" "enum__ppid_entries_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_ppid_entries_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_ppid_entries_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_ppid_entries_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_ppid_entries_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "ppid_reports" ADD COLUMN "workflow_state" "enum_ppid_reports_workflow_state" DEFAULT 'draft';
  ALTER TABLE "ppid_reports" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "ppid_reports" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "ppid_reports" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "ppid_reports" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_ppid_reports_v" ADD COLUMN "version_workflow_state" "enum__ppid_reports_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_ppid_reports_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_ppid_reports_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_ppid_reports_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_ppid_reports_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "workflow_state" "enum_news_workflow_state" DEFAULT 'draft';
  ALTER TABLE "news" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "news" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_state" "enum__news_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "emergency_notices" ADD COLUMN "workflow_state" "enum_emergency_notices_workflow_state" DEFAULT 'draft';
  ALTER TABLE "emergency_notices" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "emergency_notices" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "emergency_notices" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "emergency_notices" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_emergency_notices_v" ADD COLUMN "version_workflow_state" "enum__emergency_notices_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_emergency_notices_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_emergency_notices_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_emergency_notices_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_emergency_notices_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "legal_documents" ADD COLUMN "workflow_state" "enum_legal_documents_workflow_state" DEFAULT 'draft';
  ALTER TABLE "legal_documents" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "legal_documents" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "legal_documents" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_workflow_state" "enum__legal_documents_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "datasets" ADD COLUMN "workflow_state" "enum_datasets_workflow_state" DEFAULT 'draft';
  ALTER TABLE "datasets" ADD COLUMN "workflow_note" varchar;
  ALTER TABLE "datasets" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "datasets" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "datasets" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_workflow_state" "enum__datasets_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_datasets_v" ADD COLUMN "version_workflow_note" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_key_idx" ON "notifications" USING btree ("key");
  CREATE INDEX "notifications_email_email_status_idx" ON "notifications" USING btree ("email_status");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_doc_id_idx" ON "audit_log" USING btree ("doc_id");
  CREATE INDEX "audit_log_opd_idx" ON "audit_log" USING btree ("opd_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "opd_profiles" ADD CONSTRAINT "opd_profiles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v" ADD CONSTRAINT "_opd_profiles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visions" ADD CONSTRAINT "visions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_visions_v" ADD CONSTRAINT "_visions_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_targets_v" ADD CONSTRAINT "_targets_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "planning_documents" ADD CONSTRAINT "planning_documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_planning_documents_v" ADD CONSTRAINT "_planning_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_realisations" ADD CONSTRAINT "budget_realisations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_realisations_v" ADD CONSTRAINT "_budget_realisations_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agencies" ADD CONSTRAINT "agencies_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agencies_v" ADD CONSTRAINT "_agencies_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "skm_results" ADD CONSTRAINT "skm_results_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_skm_results_v" ADD CONSTRAINT "_skm_results_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppid_entries" ADD CONSTRAINT "ppid_entries_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_entries_v" ADD CONSTRAINT "_ppid_entries_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppid_reports" ADD CONSTRAINT "ppid_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_reports_v" ADD CONSTRAINT "_ppid_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emergency_notices" ADD CONSTRAINT "emergency_notices_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_notices_v" ADD CONSTRAINT "_emergency_notices_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets" ADD CONSTRAINT "datasets_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "opd_profiles_workflow_state_idx" ON "opd_profiles" USING btree ("workflow_state");
  CREATE INDEX "opd_profiles_submitted_by_idx" ON "opd_profiles" USING btree ("submitted_by_id");
  CREATE INDEX "_opd_profiles_v_version_version_workflow_state_idx" ON "_opd_profiles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_opd_profiles_v_version_version_submitted_by_idx" ON "_opd_profiles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "visions_workflow_state_idx" ON "visions" USING btree ("workflow_state");
  CREATE INDEX "visions_submitted_by_idx" ON "visions" USING btree ("submitted_by_id");
  CREATE INDEX "_visions_v_version_version_workflow_state_idx" ON "_visions_v" USING btree ("version_workflow_state");
  CREATE INDEX "_visions_v_version_version_submitted_by_idx" ON "_visions_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "goals_workflow_state_idx" ON "goals" USING btree ("workflow_state");
  CREATE INDEX "goals_submitted_by_idx" ON "goals" USING btree ("submitted_by_id");
  CREATE INDEX "_goals_v_version_version_workflow_state_idx" ON "_goals_v" USING btree ("version_workflow_state");
  CREATE INDEX "_goals_v_version_version_submitted_by_idx" ON "_goals_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "targets_workflow_state_idx" ON "targets" USING btree ("workflow_state");
  CREATE INDEX "targets_submitted_by_idx" ON "targets" USING btree ("submitted_by_id");
  CREATE INDEX "_targets_v_version_version_workflow_state_idx" ON "_targets_v" USING btree ("version_workflow_state");
  CREATE INDEX "_targets_v_version_version_submitted_by_idx" ON "_targets_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "programmes_workflow_state_idx" ON "programmes" USING btree ("workflow_state");
  CREATE INDEX "programmes_submitted_by_idx" ON "programmes" USING btree ("submitted_by_id");
  CREATE INDEX "_programmes_v_version_version_workflow_state_idx" ON "_programmes_v" USING btree ("version_workflow_state");
  CREATE INDEX "_programmes_v_version_version_submitted_by_idx" ON "_programmes_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "planning_documents_workflow_state_idx" ON "planning_documents" USING btree ("workflow_state");
  CREATE INDEX "planning_documents_submitted_by_idx" ON "planning_documents" USING btree ("submitted_by_id");
  CREATE INDEX "_planning_documents_v_version_version_workflow_state_idx" ON "_planning_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_planning_documents_v_version_version_submitted_by_idx" ON "_planning_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "budget_realisations_workflow_state_idx" ON "budget_realisations" USING btree ("workflow_state");
  CREATE INDEX "budget_realisations_submitted_by_idx" ON "budget_realisations" USING btree ("submitted_by_id");
  CREATE INDEX "_budget_realisations_v_version_version_workflow_state_idx" ON "_budget_realisations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_budget_realisations_v_version_version_submitted_by_idx" ON "_budget_realisations_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "services_workflow_state_idx" ON "services" USING btree ("workflow_state");
  CREATE INDEX "services_submitted_by_idx" ON "services" USING btree ("submitted_by_id");
  CREATE INDEX "_services_v_version_version_workflow_state_idx" ON "_services_v" USING btree ("version_workflow_state");
  CREATE INDEX "_services_v_version_version_submitted_by_idx" ON "_services_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "agencies_workflow_state_idx" ON "agencies" USING btree ("workflow_state");
  CREATE INDEX "agencies_submitted_by_idx" ON "agencies" USING btree ("submitted_by_id");
  CREATE INDEX "_agencies_v_version_version_workflow_state_idx" ON "_agencies_v" USING btree ("version_workflow_state");
  CREATE INDEX "_agencies_v_version_version_submitted_by_idx" ON "_agencies_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "skm_results_workflow_state_idx" ON "skm_results" USING btree ("workflow_state");
  CREATE INDEX "skm_results_submitted_by_idx" ON "skm_results" USING btree ("submitted_by_id");
  CREATE INDEX "_skm_results_v_version_version_workflow_state_idx" ON "_skm_results_v" USING btree ("version_workflow_state");
  CREATE INDEX "_skm_results_v_version_version_submitted_by_idx" ON "_skm_results_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "ppid_entries_workflow_state_idx" ON "ppid_entries" USING btree ("workflow_state");
  CREATE INDEX "ppid_entries_submitted_by_idx" ON "ppid_entries" USING btree ("submitted_by_id");
  CREATE INDEX "_ppid_entries_v_version_version_workflow_state_idx" ON "_ppid_entries_v" USING btree ("version_workflow_state");
  CREATE INDEX "_ppid_entries_v_version_version_submitted_by_idx" ON "_ppid_entries_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "ppid_reports_workflow_state_idx" ON "ppid_reports" USING btree ("workflow_state");
  CREATE INDEX "ppid_reports_submitted_by_idx" ON "ppid_reports" USING btree ("submitted_by_id");
  CREATE INDEX "_ppid_reports_v_version_version_workflow_state_idx" ON "_ppid_reports_v" USING btree ("version_workflow_state");
  CREATE INDEX "_ppid_reports_v_version_version_submitted_by_idx" ON "_ppid_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "news_workflow_state_idx" ON "news" USING btree ("workflow_state");
  CREATE INDEX "news_submitted_by_idx" ON "news" USING btree ("submitted_by_id");
  CREATE INDEX "_news_v_version_version_workflow_state_idx" ON "_news_v" USING btree ("version_workflow_state");
  CREATE INDEX "_news_v_version_version_submitted_by_idx" ON "_news_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "emergency_notices_workflow_state_idx" ON "emergency_notices" USING btree ("workflow_state");
  CREATE INDEX "emergency_notices_submitted_by_idx" ON "emergency_notices" USING btree ("submitted_by_id");
  CREATE INDEX "_emergency_notices_v_version_version_workflow_state_idx" ON "_emergency_notices_v" USING btree ("version_workflow_state");
  CREATE INDEX "_emergency_notices_v_version_version_submitted_by_idx" ON "_emergency_notices_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "legal_documents_workflow_state_idx" ON "legal_documents" USING btree ("workflow_state");
  CREATE INDEX "legal_documents_submitted_by_idx" ON "legal_documents" USING btree ("submitted_by_id");
  CREATE INDEX "_legal_documents_v_version_version_workflow_state_idx" ON "_legal_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_legal_documents_v_version_version_submitted_by_idx" ON "_legal_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "datasets_workflow_state_idx" ON "datasets" USING btree ("workflow_state");
  CREATE INDEX "datasets_submitted_by_idx" ON "datasets" USING btree ("submitted_by_id");
  CREATE INDEX "_datasets_v_version_version_workflow_state_idx" ON "_datasets_v" USING btree ("version_workflow_state");
  CREATE INDEX "_datasets_v_version_version_submitted_by_idx" ON "_datasets_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
  // Content published before the workflow existed is in the published stage.
  await db.execute(sql`UPDATE "opd_profiles" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "visions" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "goals" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "targets" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "programmes" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "planning_documents" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "budget_realisations" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "services" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "agencies" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "skm_results" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "ppid_entries" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "ppid_reports" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "news" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "emergency_notices" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "legal_documents" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "datasets" SET "workflow_state" = 'published' WHERE "_status" = 'published';`)
  await db.execute(sql`UPDATE "_opd_profiles_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_visions_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_goals_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_targets_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_programmes_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_planning_documents_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_budget_realisations_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_services_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_agencies_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_skm_results_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_ppid_entries_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_ppid_reports_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_news_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_emergency_notices_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_legal_documents_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
  await db.execute(sql`UPDATE "_datasets_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "workflow_settings" CASCADE;
  ALTER TABLE "opd_profiles" DROP CONSTRAINT "opd_profiles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_opd_profiles_v" DROP CONSTRAINT "_opd_profiles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "visions" DROP CONSTRAINT "visions_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_visions_v" DROP CONSTRAINT "_visions_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "goals" DROP CONSTRAINT "goals_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_goals_v" DROP CONSTRAINT "_goals_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "targets" DROP CONSTRAINT "targets_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_targets_v" DROP CONSTRAINT "_targets_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "programmes" DROP CONSTRAINT "programmes_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_programmes_v" DROP CONSTRAINT "_programmes_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "planning_documents" DROP CONSTRAINT "planning_documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_planning_documents_v" DROP CONSTRAINT "_planning_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "budget_realisations" DROP CONSTRAINT "budget_realisations_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_budget_realisations_v" DROP CONSTRAINT "_budget_realisations_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "agencies" DROP CONSTRAINT "agencies_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_agencies_v" DROP CONSTRAINT "_agencies_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "skm_results" DROP CONSTRAINT "skm_results_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_skm_results_v" DROP CONSTRAINT "_skm_results_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "ppid_entries" DROP CONSTRAINT "ppid_entries_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_ppid_entries_v" DROP CONSTRAINT "_ppid_entries_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "ppid_reports" DROP CONSTRAINT "ppid_reports_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_ppid_reports_v" DROP CONSTRAINT "_ppid_reports_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "emergency_notices" DROP CONSTRAINT "emergency_notices_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_emergency_notices_v" DROP CONSTRAINT "_emergency_notices_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "legal_documents" DROP CONSTRAINT "legal_documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_legal_documents_v" DROP CONSTRAINT "_legal_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "datasets" DROP CONSTRAINT "datasets_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_datasets_v" DROP CONSTRAINT "_datasets_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance', 'check-links');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance', 'check-links');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "opd_profiles_workflow_state_idx";
  DROP INDEX "opd_profiles_submitted_by_idx";
  DROP INDEX "_opd_profiles_v_version_version_workflow_state_idx";
  DROP INDEX "_opd_profiles_v_version_version_submitted_by_idx";
  DROP INDEX "visions_workflow_state_idx";
  DROP INDEX "visions_submitted_by_idx";
  DROP INDEX "_visions_v_version_version_workflow_state_idx";
  DROP INDEX "_visions_v_version_version_submitted_by_idx";
  DROP INDEX "goals_workflow_state_idx";
  DROP INDEX "goals_submitted_by_idx";
  DROP INDEX "_goals_v_version_version_workflow_state_idx";
  DROP INDEX "_goals_v_version_version_submitted_by_idx";
  DROP INDEX "targets_workflow_state_idx";
  DROP INDEX "targets_submitted_by_idx";
  DROP INDEX "_targets_v_version_version_workflow_state_idx";
  DROP INDEX "_targets_v_version_version_submitted_by_idx";
  DROP INDEX "programmes_workflow_state_idx";
  DROP INDEX "programmes_submitted_by_idx";
  DROP INDEX "_programmes_v_version_version_workflow_state_idx";
  DROP INDEX "_programmes_v_version_version_submitted_by_idx";
  DROP INDEX "planning_documents_workflow_state_idx";
  DROP INDEX "planning_documents_submitted_by_idx";
  DROP INDEX "_planning_documents_v_version_version_workflow_state_idx";
  DROP INDEX "_planning_documents_v_version_version_submitted_by_idx";
  DROP INDEX "budget_realisations_workflow_state_idx";
  DROP INDEX "budget_realisations_submitted_by_idx";
  DROP INDEX "_budget_realisations_v_version_version_workflow_state_idx";
  DROP INDEX "_budget_realisations_v_version_version_submitted_by_idx";
  DROP INDEX "services_workflow_state_idx";
  DROP INDEX "services_submitted_by_idx";
  DROP INDEX "_services_v_version_version_workflow_state_idx";
  DROP INDEX "_services_v_version_version_submitted_by_idx";
  DROP INDEX "agencies_workflow_state_idx";
  DROP INDEX "agencies_submitted_by_idx";
  DROP INDEX "_agencies_v_version_version_workflow_state_idx";
  DROP INDEX "_agencies_v_version_version_submitted_by_idx";
  DROP INDEX "skm_results_workflow_state_idx";
  DROP INDEX "skm_results_submitted_by_idx";
  DROP INDEX "_skm_results_v_version_version_workflow_state_idx";
  DROP INDEX "_skm_results_v_version_version_submitted_by_idx";
  DROP INDEX "ppid_entries_workflow_state_idx";
  DROP INDEX "ppid_entries_submitted_by_idx";
  DROP INDEX "_ppid_entries_v_version_version_workflow_state_idx";
  DROP INDEX "_ppid_entries_v_version_version_submitted_by_idx";
  DROP INDEX "ppid_reports_workflow_state_idx";
  DROP INDEX "ppid_reports_submitted_by_idx";
  DROP INDEX "_ppid_reports_v_version_version_workflow_state_idx";
  DROP INDEX "_ppid_reports_v_version_version_submitted_by_idx";
  DROP INDEX "news_workflow_state_idx";
  DROP INDEX "news_submitted_by_idx";
  DROP INDEX "_news_v_version_version_workflow_state_idx";
  DROP INDEX "_news_v_version_version_submitted_by_idx";
  DROP INDEX "emergency_notices_workflow_state_idx";
  DROP INDEX "emergency_notices_submitted_by_idx";
  DROP INDEX "_emergency_notices_v_version_version_workflow_state_idx";
  DROP INDEX "_emergency_notices_v_version_version_submitted_by_idx";
  DROP INDEX "legal_documents_workflow_state_idx";
  DROP INDEX "legal_documents_submitted_by_idx";
  DROP INDEX "_legal_documents_v_version_version_workflow_state_idx";
  DROP INDEX "_legal_documents_v_version_version_submitted_by_idx";
  DROP INDEX "datasets_workflow_state_idx";
  DROP INDEX "datasets_submitted_by_idx";
  DROP INDEX "_datasets_v_version_version_workflow_state_idx";
  DROP INDEX "_datasets_v_version_version_submitted_by_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "opd_profiles" DROP COLUMN "workflow_state";
  ALTER TABLE "opd_profiles" DROP COLUMN "workflow_note";
  ALTER TABLE "opd_profiles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "opd_profiles" DROP COLUMN "publish_at";
  ALTER TABLE "opd_profiles" DROP COLUMN "unpublish_at";
  ALTER TABLE "_opd_profiles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_opd_profiles_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_opd_profiles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_opd_profiles_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_opd_profiles_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "visions" DROP COLUMN "workflow_state";
  ALTER TABLE "visions" DROP COLUMN "workflow_note";
  ALTER TABLE "visions" DROP COLUMN "submitted_by_id";
  ALTER TABLE "visions" DROP COLUMN "publish_at";
  ALTER TABLE "visions" DROP COLUMN "unpublish_at";
  ALTER TABLE "_visions_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_visions_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_visions_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_visions_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_visions_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "goals" DROP COLUMN "workflow_state";
  ALTER TABLE "goals" DROP COLUMN "workflow_note";
  ALTER TABLE "goals" DROP COLUMN "submitted_by_id";
  ALTER TABLE "goals" DROP COLUMN "publish_at";
  ALTER TABLE "goals" DROP COLUMN "unpublish_at";
  ALTER TABLE "_goals_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_goals_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_goals_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_goals_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_goals_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "targets" DROP COLUMN "workflow_state";
  ALTER TABLE "targets" DROP COLUMN "workflow_note";
  ALTER TABLE "targets" DROP COLUMN "submitted_by_id";
  ALTER TABLE "targets" DROP COLUMN "publish_at";
  ALTER TABLE "targets" DROP COLUMN "unpublish_at";
  ALTER TABLE "_targets_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_targets_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_targets_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_targets_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_targets_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "programmes" DROP COLUMN "workflow_state";
  ALTER TABLE "programmes" DROP COLUMN "workflow_note";
  ALTER TABLE "programmes" DROP COLUMN "submitted_by_id";
  ALTER TABLE "programmes" DROP COLUMN "publish_at";
  ALTER TABLE "programmes" DROP COLUMN "unpublish_at";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "planning_documents" DROP COLUMN "workflow_state";
  ALTER TABLE "planning_documents" DROP COLUMN "workflow_note";
  ALTER TABLE "planning_documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "planning_documents" DROP COLUMN "publish_at";
  ALTER TABLE "planning_documents" DROP COLUMN "unpublish_at";
  ALTER TABLE "_planning_documents_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_planning_documents_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_planning_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_planning_documents_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_planning_documents_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "budget_realisations" DROP COLUMN "workflow_state";
  ALTER TABLE "budget_realisations" DROP COLUMN "workflow_note";
  ALTER TABLE "budget_realisations" DROP COLUMN "submitted_by_id";
  ALTER TABLE "budget_realisations" DROP COLUMN "publish_at";
  ALTER TABLE "budget_realisations" DROP COLUMN "unpublish_at";
  ALTER TABLE "_budget_realisations_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_budget_realisations_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_budget_realisations_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_budget_realisations_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_budget_realisations_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "services" DROP COLUMN "workflow_state";
  ALTER TABLE "services" DROP COLUMN "workflow_note";
  ALTER TABLE "services" DROP COLUMN "submitted_by_id";
  ALTER TABLE "services" DROP COLUMN "publish_at";
  ALTER TABLE "services" DROP COLUMN "unpublish_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_services_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_services_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "agencies" DROP COLUMN "workflow_state";
  ALTER TABLE "agencies" DROP COLUMN "workflow_note";
  ALTER TABLE "agencies" DROP COLUMN "submitted_by_id";
  ALTER TABLE "agencies" DROP COLUMN "publish_at";
  ALTER TABLE "agencies" DROP COLUMN "unpublish_at";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_agencies_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "skm_results" DROP COLUMN "workflow_state";
  ALTER TABLE "skm_results" DROP COLUMN "workflow_note";
  ALTER TABLE "skm_results" DROP COLUMN "submitted_by_id";
  ALTER TABLE "skm_results" DROP COLUMN "publish_at";
  ALTER TABLE "skm_results" DROP COLUMN "unpublish_at";
  ALTER TABLE "_skm_results_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_skm_results_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_skm_results_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_skm_results_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_skm_results_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "ppid_entries" DROP COLUMN "workflow_state";
  ALTER TABLE "ppid_entries" DROP COLUMN "workflow_note";
  ALTER TABLE "ppid_entries" DROP COLUMN "submitted_by_id";
  ALTER TABLE "ppid_entries" DROP COLUMN "publish_at";
  ALTER TABLE "ppid_entries" DROP COLUMN "unpublish_at";
  ALTER TABLE "_ppid_entries_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_ppid_entries_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_ppid_entries_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_ppid_entries_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_ppid_entries_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "ppid_reports" DROP COLUMN "workflow_state";
  ALTER TABLE "ppid_reports" DROP COLUMN "workflow_note";
  ALTER TABLE "ppid_reports" DROP COLUMN "submitted_by_id";
  ALTER TABLE "ppid_reports" DROP COLUMN "publish_at";
  ALTER TABLE "ppid_reports" DROP COLUMN "unpublish_at";
  ALTER TABLE "_ppid_reports_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_ppid_reports_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_ppid_reports_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_ppid_reports_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_ppid_reports_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "news" DROP COLUMN "workflow_state";
  ALTER TABLE "news" DROP COLUMN "workflow_note";
  ALTER TABLE "news" DROP COLUMN "submitted_by_id";
  ALTER TABLE "news" DROP COLUMN "publish_at";
  ALTER TABLE "news" DROP COLUMN "unpublish_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_news_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "emergency_notices" DROP COLUMN "workflow_state";
  ALTER TABLE "emergency_notices" DROP COLUMN "workflow_note";
  ALTER TABLE "emergency_notices" DROP COLUMN "submitted_by_id";
  ALTER TABLE "emergency_notices" DROP COLUMN "publish_at";
  ALTER TABLE "emergency_notices" DROP COLUMN "unpublish_at";
  ALTER TABLE "_emergency_notices_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_emergency_notices_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_emergency_notices_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_emergency_notices_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_emergency_notices_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "legal_documents" DROP COLUMN "workflow_state";
  ALTER TABLE "legal_documents" DROP COLUMN "workflow_note";
  ALTER TABLE "legal_documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "legal_documents" DROP COLUMN "publish_at";
  ALTER TABLE "legal_documents" DROP COLUMN "unpublish_at";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "datasets" DROP COLUMN "workflow_state";
  ALTER TABLE "datasets" DROP COLUMN "workflow_note";
  ALTER TABLE "datasets" DROP COLUMN "submitted_by_id";
  ALTER TABLE "datasets" DROP COLUMN "publish_at";
  ALTER TABLE "datasets" DROP COLUMN "unpublish_at";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_workflow_note";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_opd_profiles_workflow_state";
  DROP TYPE "public"."enum__opd_profiles_v_version_workflow_state";
  DROP TYPE "public"."enum_visions_workflow_state";
  DROP TYPE "public"."enum__visions_v_version_workflow_state";
  DROP TYPE "public"."enum_goals_workflow_state";
  DROP TYPE "public"."enum__goals_v_version_workflow_state";
  DROP TYPE "public"."enum_targets_workflow_state";
  DROP TYPE "public"."enum__targets_v_version_workflow_state";
  DROP TYPE "public"."enum_programmes_workflow_state";
  DROP TYPE "public"."enum__programmes_v_version_workflow_state";
  DROP TYPE "public"."enum_planning_documents_workflow_state";
  DROP TYPE "public"."enum__planning_documents_v_version_workflow_state";
  DROP TYPE "public"."enum_budget_realisations_workflow_state";
  DROP TYPE "public"."enum__budget_realisations_v_version_workflow_state";
  DROP TYPE "public"."enum_services_workflow_state";
  DROP TYPE "public"."enum__services_v_version_workflow_state";
  DROP TYPE "public"."enum_agencies_workflow_state";
  DROP TYPE "public"."enum__agencies_v_version_workflow_state";
  DROP TYPE "public"."enum_skm_results_workflow_state";
  DROP TYPE "public"."enum__skm_results_v_version_workflow_state";
  DROP TYPE "public"."enum_ppid_entries_workflow_state";
  DROP TYPE "public"."enum__ppid_entries_v_version_workflow_state";
  DROP TYPE "public"."enum_ppid_reports_workflow_state";
  DROP TYPE "public"."enum__ppid_reports_v_version_workflow_state";
  DROP TYPE "public"."enum_news_workflow_state";
  DROP TYPE "public"."enum__news_v_version_workflow_state";
  DROP TYPE "public"."enum_emergency_notices_workflow_state";
  DROP TYPE "public"."enum__emergency_notices_v_version_workflow_state";
  DROP TYPE "public"."enum_legal_documents_workflow_state";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_state";
  DROP TYPE "public"."enum_datasets_workflow_state";
  DROP TYPE "public"."enum__datasets_v_version_workflow_state";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_email_status";`)
}
