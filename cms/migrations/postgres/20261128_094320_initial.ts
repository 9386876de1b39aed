import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_opds_kind" AS ENUM('sekretariat', 'dinas', 'badan', 'biro', 'inspektorat', 'satuan', 'rumah_sakit');
  CREATE TYPE "public"."enum_opd_profiles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__opd_profiles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_visions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__visions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_goals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_targets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__targets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_programmes_level" AS ENUM('programme', 'activity', 'sub_activity');
  CREATE TYPE "public"."enum_programmes_funding_source" AS ENUM('pad', 'dau', 'dak', 'dbh', 'blud', 'lainnya');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_level" AS ENUM('programme', 'activity', 'sub_activity');
  CREATE TYPE "public"."enum__programmes_v_version_funding_source" AS ENUM('pad', 'dau', 'dak', 'dbh', 'blud', 'lainnya');
  CREATE TYPE "public"."enum__programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_planning_documents_type" AS ENUM('rpjpd', 'rpjmd', 'rkpd', 'renstra', 'renja', 'lkjip', 'iku', 'perjanjian_kinerja');
  CREATE TYPE "public"."enum_planning_documents_instrument_kind" AS ENUM('perda', 'pergub', 'kepgub', 'keputusan_kepala_pd', 'laporan_kinerja');
  CREATE TYPE "public"."enum_planning_documents_doc_status" AS ENUM('draft', 'enacted', 'revoked');
  CREATE TYPE "public"."enum_planning_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__planning_documents_v_version_type" AS ENUM('rpjpd', 'rpjmd', 'rkpd', 'renstra', 'renja', 'lkjip', 'iku', 'perjanjian_kinerja');
  CREATE TYPE "public"."enum__planning_documents_v_version_instrument_kind" AS ENUM('perda', 'pergub', 'kepgub', 'keputusan_kepala_pd', 'laporan_kinerja');
  CREATE TYPE "public"."enum__planning_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_budget_realisations_lines_spending_class" AS ENUM('operasi', 'modal', 'tidak_terduga', 'transfer');
  CREATE TYPE "public"."enum_budget_realisations_lines_funding_source" AS ENUM('pad', 'dau', 'dak', 'dbh', 'blud', 'lainnya');
  CREATE TYPE "public"."enum_budget_realisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__budget_realisations_v_version_lines_spending_class" AS ENUM('operasi', 'modal', 'tidak_terduga', 'transfer');
  CREATE TYPE "public"."enum__budget_realisations_v_version_lines_funding_source" AS ENUM('pad', 'dau', 'dak', 'dbh', 'blud', 'lainnya');
  CREATE TYPE "public"."enum__budget_realisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_services_kind" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_services_category" AS ENUM('kependudukan', 'perizinan', 'kesehatan', 'pendidikan', 'sosial', 'pajak', 'pertanahan', 'transportasi', 'informasi', 'ketenagakerjaan', 'lainnya');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_kind" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__services_v_version_category" AS ENUM('kependudukan', 'perizinan', 'kesehatan', 'pendidikan', 'sosial', 'pajak', 'pertanahan', 'transportasi', 'informasi', 'ketenagakerjaan', 'lainnya');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_agencies_kind" AS ENUM('imigrasi', 'kepolisian', 'pertanahan', 'bpjs', 'pajak', 'lainnya');
  CREATE TYPE "public"."enum_agencies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__agencies_v_version_kind" AS ENUM('imigrasi', 'kepolisian', 'pertanahan', 'bpjs', 'pajak', 'lainnya');
  CREATE TYPE "public"."enum__agencies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_skm_results_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__skm_results_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_ppid_entries_category" AS ENUM('berkala', 'serta_merta', 'setiap_saat', 'dikecualikan');
  CREATE TYPE "public"."enum_ppid_entries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ppid_entries_v_version_category" AS ENUM('berkala', 'serta_merta', 'setiap_saat', 'dikecualikan');
  CREATE TYPE "public"."enum__ppid_entries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_ppid_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ppid_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_complaints_status" AS ENUM('received', 'in_progress', 'answered', 'closed');
  CREATE TYPE "public"."enum_news_kind" AS ENUM('berita', 'pengumuman');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_kind" AS ENUM('berita', 'pengumuman');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_emergency_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__emergency_notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_legal_documents_kind" AS ENUM('perda', 'pergub', 'kepgub', 'sk', 'se');
  CREATE TYPE "public"."enum_legal_documents_doc_status" AS ENUM('berlaku', 'dicabut', 'diubah');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_kind" AS ENUM('perda', 'pergub', 'kepgub', 'sk', 'se');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_datasets_files_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum_datasets_frequency" AS ENUM('harian', 'bulanan', 'triwulanan', 'semesteran', 'tahunan');
  CREATE TYPE "public"."enum_datasets_licence" AS ENUM('cc-by-4.0', 'cc0-1.0', 'odbl-1.0');
  CREATE TYPE "public"."enum_datasets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__datasets_v_version_files_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum__datasets_v_version_frequency" AS ENUM('harian', 'bulanan', 'triwulanan', 'semesteran', 'tahunan');
  CREATE TYPE "public"."enum__datasets_v_version_licence" AS ENUM('cc-by-4.0', 'cc0-1.0', 'odbl-1.0');
  CREATE TYPE "public"."enum__datasets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('kominfo-admin', 'kominfo-reviewer', 'opd-editor', 'opd-head', 'auditor');
  CREATE TABLE "opds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"acronym" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_opds_kind" NOT NULL,
  	"serves_public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opd_profiles_sub_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar
  );
  
  CREATE TABLE "opd_profiles_affairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "opd_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"legal_basis_title" varchar,
  	"legal_basis_number" varchar,
  	"legal_basis_date" varchar,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"duties" varchar,
  	"org_chart_id" integer,
  	"head_name" varchar,
  	"head_position" varchar,
  	"head_photo_id" integer,
  	"head_lhkpn_url" varchar,
  	"service_hours" varchar,
  	"ppid_contact" varchar,
  	"ppid_request_procedure" varchar,
  	"ppid_objection_procedure" varchar,
  	"ppid_dispute_procedure" varchar,
  	"ppid_request_form_url" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_opd_profiles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_opd_profiles_v_version_sub_units" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_opd_profiles_v_version_affairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_opd_profiles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_legal_basis_title" varchar,
  	"version_legal_basis_number" varchar,
  	"version_legal_basis_date" varchar,
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_duties" varchar,
  	"version_org_chart_id" integer,
  	"version_head_name" varchar,
  	"version_head_position" varchar,
  	"version_head_photo_id" integer,
  	"version_head_lhkpn_url" varchar,
  	"version_service_hours" varchar,
  	"version_ppid_contact" varchar,
  	"version_ppid_request_procedure" varchar,
  	"version_ppid_objection_procedure" varchar,
  	"version_ppid_dispute_procedure" varchar,
  	"version_ppid_request_form_url" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__opd_profiles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "visions_missions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"text" varchar
  );
  
  CREATE TABLE "visions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period_start" numeric,
  	"period_end" numeric,
  	"vision" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_visions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_visions_v_version_missions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_visions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_period_start" numeric,
  	"version_period_end" numeric,
  	"version_vision" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__visions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "goals_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric
  );
  
  CREATE TABLE "goals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"vision_id" integer,
  	"mission_number" numeric,
  	"statement" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_goals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_goals_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_goals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_vision_id" integer,
  	"version_mission_number" numeric,
  	"version_statement" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__goals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "targets_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric
  );
  
  CREATE TABLE "targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"goal_id" integer,
  	"statement" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_targets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_targets_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_targets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_goal_id" integer,
  	"version_statement" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__targets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "programmes_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"level" "enum_programmes_level",
  	"code" varchar,
  	"name" varchar,
  	"year" numeric,
  	"parent_id" integer,
  	"target_id" integer,
  	"person_in_charge" varchar,
  	"schedule" varchar,
  	"ceiling" numeric,
  	"funding_source" "enum_programmes_funding_source",
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_programmes_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit" varchar,
  	"year" numeric,
  	"target" numeric,
  	"realised" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_level" "enum__programmes_v_version_level",
  	"version_code" varchar,
  	"version_name" varchar,
  	"version_year" numeric,
  	"version_parent_id" integer,
  	"version_target_id" integer,
  	"version_person_in_charge" varchar,
  	"version_schedule" varchar,
  	"version_ceiling" numeric,
  	"version_funding_source" "enum__programmes_v_version_funding_source",
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "planning_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"type" "enum_planning_documents_type",
  	"title" varchar,
  	"period_start" numeric,
  	"period_end" numeric,
  	"instrument_kind" "enum_planning_documents_instrument_kind",
  	"number" varchar,
  	"date" varchar,
  	"file_id" integer,
  	"status" "enum_planning_documents_doc_status",
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_planning_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_planning_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_type" "enum__planning_documents_v_version_type",
  	"version_title" varchar,
  	"version_period_start" numeric,
  	"version_period_end" numeric,
  	"version_instrument_kind" "enum__planning_documents_v_version_instrument_kind",
  	"version_number" varchar,
  	"version_date" varchar,
  	"version_file_id" integer,
  	"version_status" "enum_planning_documents_doc_status",
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__planning_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "budget_realisations_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"sub_activity_id" integer,
  	"spending_class" "enum_budget_realisations_lines_spending_class",
  	"funding_source" "enum_budget_realisations_lines_funding_source",
  	"original_ceiling" numeric,
  	"revised_ceiling" numeric,
  	"realisation" numeric,
  	"physical_percent" numeric,
  	"explanation" varchar
  );
  
  CREATE TABLE "budget_realisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"fiscal_year" numeric,
  	"position_date" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_budget_realisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_budget_realisations_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"sub_activity_id" integer,
  	"spending_class" "enum__budget_realisations_v_version_lines_spending_class",
  	"funding_source" "enum__budget_realisations_v_version_lines_funding_source",
  	"original_ceiling" numeric,
  	"revised_ceiling" numeric,
  	"realisation" numeric,
  	"physical_percent" numeric,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_budget_realisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_fiscal_year" numeric,
  	"version_position_date" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__budget_realisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_services_kind",
  	"opd_id" integer,
  	"agency_id" integer,
  	"name" varchar,
  	"slug" varchar,
  	"category" "enum_services_category",
  	"summary" varchar,
  	"components_requirements" varchar,
  	"components_procedure" varchar,
  	"components_completion_time" varchar,
  	"components_cost_amount" numeric,
  	"components_cost_basis" varchar,
  	"components_product" varchar,
  	"components_complaints" varchar,
  	"components_legal_basis" varchar,
  	"components_facilities" varchar,
  	"components_competence" varchar,
  	"components_supervision" varchar,
  	"components_staff_count" numeric,
  	"components_guarantee" varchar,
  	"components_security" varchar,
  	"components_evaluation" varchar,
  	"pledge" varchar,
  	"online_url" varchar,
  	"location" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__services_v_version_kind",
  	"version_opd_id" integer,
  	"version_agency_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_category" "enum__services_v_version_category",
  	"version_summary" varchar,
  	"version_components_requirements" varchar,
  	"version_components_procedure" varchar,
  	"version_components_completion_time" varchar,
  	"version_components_cost_amount" numeric,
  	"version_components_cost_basis" varchar,
  	"version_components_product" varchar,
  	"version_components_complaints" varchar,
  	"version_components_legal_basis" varchar,
  	"version_components_facilities" varchar,
  	"version_components_competence" varchar,
  	"version_components_supervision" varchar,
  	"version_components_staff_count" numeric,
  	"version_components_guarantee" varchar,
  	"version_components_security" varchar,
  	"version_components_evaluation" varchar,
  	"version_pledge" varchar,
  	"version_online_url" varchar,
  	"version_location" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "agencies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_agencies_kind",
  	"address" varchar,
  	"phone" varchar,
  	"website" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_agencies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_agencies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__agencies_v_version_kind",
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_website" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__agencies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "skm_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"service_id" integer,
  	"year" numeric,
  	"period" varchar,
  	"survey_end" varchar,
  	"respondents" numeric,
  	"score_sums_u1" numeric,
  	"score_sums_u2" numeric,
  	"score_sums_u3" numeric,
  	"score_sums_u4" numeric,
  	"score_sums_u5" numeric,
  	"score_sums_u6" numeric,
  	"score_sums_u7" numeric,
  	"score_sums_u8" numeric,
  	"score_sums_u9" numeric,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_skm_results_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_skm_results_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_service_id" integer,
  	"version_year" numeric,
  	"version_period" varchar,
  	"version_survey_end" varchar,
  	"version_respondents" numeric,
  	"version_score_sums_u1" numeric,
  	"version_score_sums_u2" numeric,
  	"version_score_sums_u3" numeric,
  	"version_score_sums_u4" numeric,
  	"version_score_sums_u5" numeric,
  	"version_score_sums_u6" numeric,
  	"version_score_sums_u7" numeric,
  	"version_score_sums_u8" numeric,
  	"version_score_sums_u9" numeric,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__skm_results_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "ppid_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"title" varchar,
  	"category" "enum_ppid_entries_category",
  	"summary" varchar,
  	"format" varchar,
  	"retention" varchar,
  	"url" varchar,
  	"file_id" integer,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"exemption_legal_reason" varchar,
  	"exemption_consequence_test" varchar,
  	"exemption_until" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_ppid_entries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_ppid_entries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_title" varchar,
  	"version_category" "enum__ppid_entries_v_version_category",
  	"version_summary" varchar,
  	"version_format" varchar,
  	"version_retention" varchar,
  	"version_url" varchar,
  	"version_file_id" integer,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_exemption_legal_reason" varchar,
  	"version_exemption_consequence_test" varchar,
  	"version_exemption_until" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ppid_entries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "ppid_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"year" numeric,
  	"requests" numeric,
  	"granted" numeric,
  	"partly_granted" numeric,
  	"refused" numeric,
  	"average_response_days" numeric,
  	"refusal_reasons" varchar,
  	"objections" numeric,
  	"disputes" numeric,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_ppid_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_ppid_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_year" numeric,
  	"version_requests" numeric,
  	"version_granted" numeric,
  	"version_partly_granted" numeric,
  	"version_refused" numeric,
  	"version_average_response_days" numeric,
  	"version_refusal_reasons" varchar,
  	"version_objections" numeric,
  	"version_disputes" numeric,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ppid_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer NOT NULL,
  	"ticket" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"status" "enum_complaints_status" NOT NULL,
  	"received_at" varchar NOT NULL,
  	"due_at" varchar NOT NULL,
  	"answer" varchar,
  	"answered_at" varchar,
  	"message" varchar NOT NULL,
  	"reporter_name" varchar NOT NULL,
  	"reporter_email" varchar,
  	"reporter_phone" varchar,
  	"reporter_nik" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"kind" "enum_news_kind",
  	"title" varchar,
  	"slug" varchar,
  	"date" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"image_id" integer,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_kind" "enum__news_v_version_kind",
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_date" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_image_id" integer,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "emergency_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"title" varchar,
  	"issued_at" varchar,
  	"expires_at" varchar,
  	"hazard" varchar,
  	"affected" varchar,
  	"evacuation" varchar,
  	"avoidance" varchar,
  	"help" varchar,
  	"announcer" varchar,
  	"announcement_procedure" varchar,
  	"actions" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_emergency_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_emergency_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_title" varchar,
  	"version_issued_at" varchar,
  	"version_expires_at" varchar,
  	"version_hazard" varchar,
  	"version_affected" varchar,
  	"version_evacuation" varchar,
  	"version_avoidance" varchar,
  	"version_help" varchar,
  	"version_announcer" varchar,
  	"version_announcement_procedure" varchar,
  	"version_actions" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__emergency_notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"kind" "enum_legal_documents_kind",
  	"number" varchar,
  	"year" numeric,
  	"title" varchar,
  	"status" "enum_legal_documents_doc_status",
  	"supersedes_id" integer,
  	"file_id" integer,
  	"file_hash" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_kind" "enum__legal_documents_v_version_kind",
  	"version_number" varchar,
  	"version_year" numeric,
  	"version_title" varchar,
  	"version_status" "enum_legal_documents_doc_status",
  	"version_supersedes_id" integer,
  	"version_file_id" integer,
  	"version_file_hash" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "datasets_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"format" "enum_datasets_files_format",
  	"file_id" integer
  );
  
  CREATE TABLE "datasets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opd_id" integer,
  	"title" varchar,
  	"slug" varchar,
  	"custodian" varchar,
  	"definition" varchar,
  	"unit" varchar,
  	"period" varchar,
  	"frequency" "enum_datasets_frequency",
  	"region_code" varchar,
  	"licence" "enum_datasets_licence",
  	"release_date" varchar,
  	"last_updated" varchar,
  	"owner_unit" varchar,
  	"last_reviewed_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_datasets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_datasets_v_version_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"format" "enum__datasets_v_version_files_format",
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_datasets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_opd_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_custodian" varchar,
  	"version_definition" varchar,
  	"version_unit" varchar,
  	"version_period" varchar,
  	"version_frequency" "enum__datasets_v_version_frequency",
  	"version_region_code" varchar,
  	"version_licence" "enum__datasets_v_version_licence",
  	"version_release_date" varchar,
  	"version_last_updated" varchar,
  	"version_owner_unit" varchar,
  	"version_last_reviewed_at" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__datasets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"opd_id" integer,
  	"public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"opd_id" integer,
  	"public" boolean DEFAULT false,
  	"sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'opd-editor' NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opds_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opds_id" integer,
  	"opd_profiles_id" integer,
  	"visions_id" integer,
  	"goals_id" integer,
  	"targets_id" integer,
  	"programmes_id" integer,
  	"planning_documents_id" integer,
  	"budget_realisations_id" integer,
  	"services_id" integer,
  	"agencies_id" integer,
  	"skm_results_id" integer,
  	"ppid_entries_id" integer,
  	"ppid_reports_id" integer,
  	"complaints_id" integer,
  	"news_id" integer,
  	"emergency_notices_id" integer,
  	"legal_documents_id" integer,
  	"datasets_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "province" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"region_code" varchar NOT NULL,
  	"domain" varchar NOT NULL,
  	"lpse_url" varchar NOT NULL,
  	"sirup_url" varchar NOT NULL,
  	"ppid_url" varchar NOT NULL,
  	"open_data_url" varchar NOT NULL,
  	"lapor_url" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "opd_profiles_sub_units" ADD CONSTRAINT "opd_profiles_sub_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opd_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opd_profiles_affairs" ADD CONSTRAINT "opd_profiles_affairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."opd_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opd_profiles" ADD CONSTRAINT "opd_profiles_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opd_profiles" ADD CONSTRAINT "opd_profiles_org_chart_id_media_id_fk" FOREIGN KEY ("org_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opd_profiles" ADD CONSTRAINT "opd_profiles_head_photo_id_media_id_fk" FOREIGN KEY ("head_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v_version_sub_units" ADD CONSTRAINT "_opd_profiles_v_version_sub_units_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opd_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v_version_affairs" ADD CONSTRAINT "_opd_profiles_v_version_affairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_opd_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v" ADD CONSTRAINT "_opd_profiles_v_parent_id_opd_profiles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opd_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v" ADD CONSTRAINT "_opd_profiles_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v" ADD CONSTRAINT "_opd_profiles_v_version_org_chart_id_media_id_fk" FOREIGN KEY ("version_org_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_opd_profiles_v" ADD CONSTRAINT "_opd_profiles_v_version_head_photo_id_media_id_fk" FOREIGN KEY ("version_head_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visions_missions" ADD CONSTRAINT "visions_missions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."visions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visions_v_version_missions" ADD CONSTRAINT "_visions_v_version_missions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_visions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_visions_v" ADD CONSTRAINT "_visions_v_parent_id_visions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."visions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_indicators" ADD CONSTRAINT "goals_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_vision_id_visions_id_fk" FOREIGN KEY ("vision_id") REFERENCES "public"."visions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v_version_indicators" ADD CONSTRAINT "_goals_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_vision_id_visions_id_fk" FOREIGN KEY ("version_vision_id") REFERENCES "public"."visions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets_indicators" ADD CONSTRAINT "targets_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_targets_v_version_indicators" ADD CONSTRAINT "_targets_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_targets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_targets_v" ADD CONSTRAINT "_targets_v_parent_id_targets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_targets_v" ADD CONSTRAINT "_targets_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_targets_v" ADD CONSTRAINT "_targets_v_version_goal_id_goals_id_fk" FOREIGN KEY ("version_goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_indicators" ADD CONSTRAINT "programmes_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_indicators" ADD CONSTRAINT "_programmes_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_parent_id_programmes_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_target_id_targets_id_fk" FOREIGN KEY ("version_target_id") REFERENCES "public"."targets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "planning_documents" ADD CONSTRAINT "planning_documents_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "planning_documents" ADD CONSTRAINT "planning_documents_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_planning_documents_v" ADD CONSTRAINT "_planning_documents_v_parent_id_planning_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."planning_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_planning_documents_v" ADD CONSTRAINT "_planning_documents_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_planning_documents_v" ADD CONSTRAINT "_planning_documents_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_realisations_lines" ADD CONSTRAINT "budget_realisations_lines_sub_activity_id_programmes_id_fk" FOREIGN KEY ("sub_activity_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_realisations_lines" ADD CONSTRAINT "budget_realisations_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_realisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_realisations" ADD CONSTRAINT "budget_realisations_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_realisations_v_version_lines" ADD CONSTRAINT "_budget_realisations_v_version_lines_sub_activity_id_programmes_id_fk" FOREIGN KEY ("sub_activity_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_realisations_v_version_lines" ADD CONSTRAINT "_budget_realisations_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_realisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_realisations_v" ADD CONSTRAINT "_budget_realisations_v_parent_id_budget_realisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_realisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_realisations_v" ADD CONSTRAINT "_budget_realisations_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_agency_id_agencies_id_fk" FOREIGN KEY ("version_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_agencies_v" ADD CONSTRAINT "_agencies_v_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "skm_results" ADD CONSTRAINT "skm_results_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "skm_results" ADD CONSTRAINT "skm_results_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_skm_results_v" ADD CONSTRAINT "_skm_results_v_parent_id_skm_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."skm_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_skm_results_v" ADD CONSTRAINT "_skm_results_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_skm_results_v" ADD CONSTRAINT "_skm_results_v_version_service_id_services_id_fk" FOREIGN KEY ("version_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppid_entries" ADD CONSTRAINT "ppid_entries_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppid_entries" ADD CONSTRAINT "ppid_entries_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_entries_v" ADD CONSTRAINT "_ppid_entries_v_parent_id_ppid_entries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ppid_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_entries_v" ADD CONSTRAINT "_ppid_entries_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_entries_v" ADD CONSTRAINT "_ppid_entries_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppid_reports" ADD CONSTRAINT "ppid_reports_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_reports_v" ADD CONSTRAINT "_ppid_reports_v_parent_id_ppid_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ppid_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppid_reports_v" ADD CONSTRAINT "_ppid_reports_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emergency_notices" ADD CONSTRAINT "emergency_notices_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_notices_v" ADD CONSTRAINT "_emergency_notices_v_parent_id_emergency_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emergency_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emergency_notices_v" ADD CONSTRAINT "_emergency_notices_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_supersedes_id_legal_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_supersedes_id_legal_documents_id_fk" FOREIGN KEY ("version_supersedes_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_file_id_documents_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets_files" ADD CONSTRAINT "datasets_files_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets_files" ADD CONSTRAINT "datasets_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets" ADD CONSTRAINT "datasets_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v_version_files" ADD CONSTRAINT "_datasets_v_version_files_file_id_documents_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v_version_files" ADD CONSTRAINT "_datasets_v_version_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_parent_id_datasets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_version_opd_id_opds_id_fk" FOREIGN KEY ("version_opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_opds_fk" FOREIGN KEY ("opds_id") REFERENCES "public"."opds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opds_fk" FOREIGN KEY ("opds_id") REFERENCES "public"."opds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opd_profiles_fk" FOREIGN KEY ("opd_profiles_id") REFERENCES "public"."opd_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visions_fk" FOREIGN KEY ("visions_id") REFERENCES "public"."visions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_targets_fk" FOREIGN KEY ("targets_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_planning_documents_fk" FOREIGN KEY ("planning_documents_id") REFERENCES "public"."planning_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_realisations_fk" FOREIGN KEY ("budget_realisations_id") REFERENCES "public"."budget_realisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agencies_fk" FOREIGN KEY ("agencies_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_skm_results_fk" FOREIGN KEY ("skm_results_id") REFERENCES "public"."skm_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ppid_entries_fk" FOREIGN KEY ("ppid_entries_id") REFERENCES "public"."ppid_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ppid_reports_fk" FOREIGN KEY ("ppid_reports_id") REFERENCES "public"."ppid_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_emergency_notices_fk" FOREIGN KEY ("emergency_notices_id") REFERENCES "public"."emergency_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "opds_slug_idx" ON "opds" USING btree ("slug");
  CREATE INDEX "opds_updated_at_idx" ON "opds" USING btree ("updated_at");
  CREATE INDEX "opds_created_at_idx" ON "opds" USING btree ("created_at");
  CREATE INDEX "opd_profiles_sub_units_order_idx" ON "opd_profiles_sub_units" USING btree ("_order");
  CREATE INDEX "opd_profiles_sub_units_parent_id_idx" ON "opd_profiles_sub_units" USING btree ("_parent_id");
  CREATE INDEX "opd_profiles_affairs_order_idx" ON "opd_profiles_affairs" USING btree ("_order");
  CREATE INDEX "opd_profiles_affairs_parent_id_idx" ON "opd_profiles_affairs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "opd_profiles_opd_idx" ON "opd_profiles" USING btree ("opd_id");
  CREATE INDEX "opd_profiles_org_chart_idx" ON "opd_profiles" USING btree ("org_chart_id");
  CREATE INDEX "opd_profiles_head_head_photo_idx" ON "opd_profiles" USING btree ("head_photo_id");
  CREATE INDEX "opd_profiles_updated_at_idx" ON "opd_profiles" USING btree ("updated_at");
  CREATE INDEX "opd_profiles_created_at_idx" ON "opd_profiles" USING btree ("created_at");
  CREATE INDEX "opd_profiles__status_idx" ON "opd_profiles" USING btree ("_status");
  CREATE INDEX "_opd_profiles_v_version_sub_units_order_idx" ON "_opd_profiles_v_version_sub_units" USING btree ("_order");
  CREATE INDEX "_opd_profiles_v_version_sub_units_parent_id_idx" ON "_opd_profiles_v_version_sub_units" USING btree ("_parent_id");
  CREATE INDEX "_opd_profiles_v_version_affairs_order_idx" ON "_opd_profiles_v_version_affairs" USING btree ("_order");
  CREATE INDEX "_opd_profiles_v_version_affairs_parent_id_idx" ON "_opd_profiles_v_version_affairs" USING btree ("_parent_id");
  CREATE INDEX "_opd_profiles_v_parent_idx" ON "_opd_profiles_v" USING btree ("parent_id");
  CREATE INDEX "_opd_profiles_v_version_version_opd_idx" ON "_opd_profiles_v" USING btree ("version_opd_id");
  CREATE INDEX "_opd_profiles_v_version_version_org_chart_idx" ON "_opd_profiles_v" USING btree ("version_org_chart_id");
  CREATE INDEX "_opd_profiles_v_version_head_version_head_photo_idx" ON "_opd_profiles_v" USING btree ("version_head_photo_id");
  CREATE INDEX "_opd_profiles_v_version_version_updated_at_idx" ON "_opd_profiles_v" USING btree ("version_updated_at");
  CREATE INDEX "_opd_profiles_v_version_version_created_at_idx" ON "_opd_profiles_v" USING btree ("version_created_at");
  CREATE INDEX "_opd_profiles_v_version_version__status_idx" ON "_opd_profiles_v" USING btree ("version__status");
  CREATE INDEX "_opd_profiles_v_created_at_idx" ON "_opd_profiles_v" USING btree ("created_at");
  CREATE INDEX "_opd_profiles_v_updated_at_idx" ON "_opd_profiles_v" USING btree ("updated_at");
  CREATE INDEX "_opd_profiles_v_latest_idx" ON "_opd_profiles_v" USING btree ("latest");
  CREATE INDEX "visions_missions_order_idx" ON "visions_missions" USING btree ("_order");
  CREATE INDEX "visions_missions_parent_id_idx" ON "visions_missions" USING btree ("_parent_id");
  CREATE INDEX "visions_updated_at_idx" ON "visions" USING btree ("updated_at");
  CREATE INDEX "visions_created_at_idx" ON "visions" USING btree ("created_at");
  CREATE INDEX "visions__status_idx" ON "visions" USING btree ("_status");
  CREATE INDEX "_visions_v_version_missions_order_idx" ON "_visions_v_version_missions" USING btree ("_order");
  CREATE INDEX "_visions_v_version_missions_parent_id_idx" ON "_visions_v_version_missions" USING btree ("_parent_id");
  CREATE INDEX "_visions_v_parent_idx" ON "_visions_v" USING btree ("parent_id");
  CREATE INDEX "_visions_v_version_version_updated_at_idx" ON "_visions_v" USING btree ("version_updated_at");
  CREATE INDEX "_visions_v_version_version_created_at_idx" ON "_visions_v" USING btree ("version_created_at");
  CREATE INDEX "_visions_v_version_version__status_idx" ON "_visions_v" USING btree ("version__status");
  CREATE INDEX "_visions_v_created_at_idx" ON "_visions_v" USING btree ("created_at");
  CREATE INDEX "_visions_v_updated_at_idx" ON "_visions_v" USING btree ("updated_at");
  CREATE INDEX "_visions_v_latest_idx" ON "_visions_v" USING btree ("latest");
  CREATE INDEX "goals_indicators_order_idx" ON "goals_indicators" USING btree ("_order");
  CREATE INDEX "goals_indicators_parent_id_idx" ON "goals_indicators" USING btree ("_parent_id");
  CREATE INDEX "goals_opd_idx" ON "goals" USING btree ("opd_id");
  CREATE INDEX "goals_vision_idx" ON "goals" USING btree ("vision_id");
  CREATE INDEX "goals_updated_at_idx" ON "goals" USING btree ("updated_at");
  CREATE INDEX "goals_created_at_idx" ON "goals" USING btree ("created_at");
  CREATE INDEX "goals__status_idx" ON "goals" USING btree ("_status");
  CREATE INDEX "_goals_v_version_indicators_order_idx" ON "_goals_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_goals_v_version_indicators_parent_id_idx" ON "_goals_v_version_indicators" USING btree ("_parent_id");
  CREATE INDEX "_goals_v_parent_idx" ON "_goals_v" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_version_opd_idx" ON "_goals_v" USING btree ("version_opd_id");
  CREATE INDEX "_goals_v_version_version_vision_idx" ON "_goals_v" USING btree ("version_vision_id");
  CREATE INDEX "_goals_v_version_version_updated_at_idx" ON "_goals_v" USING btree ("version_updated_at");
  CREATE INDEX "_goals_v_version_version_created_at_idx" ON "_goals_v" USING btree ("version_created_at");
  CREATE INDEX "_goals_v_version_version__status_idx" ON "_goals_v" USING btree ("version__status");
  CREATE INDEX "_goals_v_created_at_idx" ON "_goals_v" USING btree ("created_at");
  CREATE INDEX "_goals_v_updated_at_idx" ON "_goals_v" USING btree ("updated_at");
  CREATE INDEX "_goals_v_latest_idx" ON "_goals_v" USING btree ("latest");
  CREATE INDEX "targets_indicators_order_idx" ON "targets_indicators" USING btree ("_order");
  CREATE INDEX "targets_indicators_parent_id_idx" ON "targets_indicators" USING btree ("_parent_id");
  CREATE INDEX "targets_opd_idx" ON "targets" USING btree ("opd_id");
  CREATE INDEX "targets_goal_idx" ON "targets" USING btree ("goal_id");
  CREATE INDEX "targets_updated_at_idx" ON "targets" USING btree ("updated_at");
  CREATE INDEX "targets_created_at_idx" ON "targets" USING btree ("created_at");
  CREATE INDEX "targets__status_idx" ON "targets" USING btree ("_status");
  CREATE INDEX "_targets_v_version_indicators_order_idx" ON "_targets_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_targets_v_version_indicators_parent_id_idx" ON "_targets_v_version_indicators" USING btree ("_parent_id");
  CREATE INDEX "_targets_v_parent_idx" ON "_targets_v" USING btree ("parent_id");
  CREATE INDEX "_targets_v_version_version_opd_idx" ON "_targets_v" USING btree ("version_opd_id");
  CREATE INDEX "_targets_v_version_version_goal_idx" ON "_targets_v" USING btree ("version_goal_id");
  CREATE INDEX "_targets_v_version_version_updated_at_idx" ON "_targets_v" USING btree ("version_updated_at");
  CREATE INDEX "_targets_v_version_version_created_at_idx" ON "_targets_v" USING btree ("version_created_at");
  CREATE INDEX "_targets_v_version_version__status_idx" ON "_targets_v" USING btree ("version__status");
  CREATE INDEX "_targets_v_created_at_idx" ON "_targets_v" USING btree ("created_at");
  CREATE INDEX "_targets_v_updated_at_idx" ON "_targets_v" USING btree ("updated_at");
  CREATE INDEX "_targets_v_latest_idx" ON "_targets_v" USING btree ("latest");
  CREATE INDEX "programmes_indicators_order_idx" ON "programmes_indicators" USING btree ("_order");
  CREATE INDEX "programmes_indicators_parent_id_idx" ON "programmes_indicators" USING btree ("_parent_id");
  CREATE INDEX "programmes_opd_idx" ON "programmes" USING btree ("opd_id");
  CREATE INDEX "programmes_parent_idx" ON "programmes" USING btree ("parent_id");
  CREATE INDEX "programmes_target_idx" ON "programmes" USING btree ("target_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes__status_idx" ON "programmes" USING btree ("_status");
  CREATE INDEX "_programmes_v_version_indicators_order_idx" ON "_programmes_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_indicators_parent_id_idx" ON "_programmes_v_version_indicators" USING btree ("_parent_id");
  CREATE INDEX "_programmes_v_parent_idx" ON "_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_version_version_opd_idx" ON "_programmes_v" USING btree ("version_opd_id");
  CREATE INDEX "_programmes_v_version_version_parent_idx" ON "_programmes_v" USING btree ("version_parent_id");
  CREATE INDEX "_programmes_v_version_version_target_idx" ON "_programmes_v" USING btree ("version_target_id");
  CREATE INDEX "_programmes_v_version_version_updated_at_idx" ON "_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_programmes_v_version_version_created_at_idx" ON "_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_programmes_v_version_version__status_idx" ON "_programmes_v" USING btree ("version__status");
  CREATE INDEX "_programmes_v_created_at_idx" ON "_programmes_v" USING btree ("created_at");
  CREATE INDEX "_programmes_v_updated_at_idx" ON "_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_programmes_v_latest_idx" ON "_programmes_v" USING btree ("latest");
  CREATE INDEX "planning_documents_opd_idx" ON "planning_documents" USING btree ("opd_id");
  CREATE INDEX "planning_documents_file_idx" ON "planning_documents" USING btree ("file_id");
  CREATE INDEX "planning_documents_updated_at_idx" ON "planning_documents" USING btree ("updated_at");
  CREATE INDEX "planning_documents_created_at_idx" ON "planning_documents" USING btree ("created_at");
  CREATE INDEX "planning_documents__status_idx" ON "planning_documents" USING btree ("_status");
  CREATE INDEX "_planning_documents_v_parent_idx" ON "_planning_documents_v" USING btree ("parent_id");
  CREATE INDEX "_planning_documents_v_version_version_opd_idx" ON "_planning_documents_v" USING btree ("version_opd_id");
  CREATE INDEX "_planning_documents_v_version_version_file_idx" ON "_planning_documents_v" USING btree ("version_file_id");
  CREATE INDEX "_planning_documents_v_version_version_updated_at_idx" ON "_planning_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_planning_documents_v_version_version_created_at_idx" ON "_planning_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_planning_documents_v_version_version__status_idx" ON "_planning_documents_v" USING btree ("version__status");
  CREATE INDEX "_planning_documents_v_created_at_idx" ON "_planning_documents_v" USING btree ("created_at");
  CREATE INDEX "_planning_documents_v_updated_at_idx" ON "_planning_documents_v" USING btree ("updated_at");
  CREATE INDEX "_planning_documents_v_latest_idx" ON "_planning_documents_v" USING btree ("latest");
  CREATE INDEX "budget_realisations_lines_order_idx" ON "budget_realisations_lines" USING btree ("_order");
  CREATE INDEX "budget_realisations_lines_parent_id_idx" ON "budget_realisations_lines" USING btree ("_parent_id");
  CREATE INDEX "budget_realisations_lines_sub_activity_idx" ON "budget_realisations_lines" USING btree ("sub_activity_id");
  CREATE INDEX "budget_realisations_opd_idx" ON "budget_realisations" USING btree ("opd_id");
  CREATE INDEX "budget_realisations_updated_at_idx" ON "budget_realisations" USING btree ("updated_at");
  CREATE INDEX "budget_realisations_created_at_idx" ON "budget_realisations" USING btree ("created_at");
  CREATE INDEX "budget_realisations__status_idx" ON "budget_realisations" USING btree ("_status");
  CREATE INDEX "_budget_realisations_v_version_lines_order_idx" ON "_budget_realisations_v_version_lines" USING btree ("_order");
  CREATE INDEX "_budget_realisations_v_version_lines_parent_id_idx" ON "_budget_realisations_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_budget_realisations_v_version_lines_sub_activity_idx" ON "_budget_realisations_v_version_lines" USING btree ("sub_activity_id");
  CREATE INDEX "_budget_realisations_v_parent_idx" ON "_budget_realisations_v" USING btree ("parent_id");
  CREATE INDEX "_budget_realisations_v_version_version_opd_idx" ON "_budget_realisations_v" USING btree ("version_opd_id");
  CREATE INDEX "_budget_realisations_v_version_version_updated_at_idx" ON "_budget_realisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_budget_realisations_v_version_version_created_at_idx" ON "_budget_realisations_v" USING btree ("version_created_at");
  CREATE INDEX "_budget_realisations_v_version_version__status_idx" ON "_budget_realisations_v" USING btree ("version__status");
  CREATE INDEX "_budget_realisations_v_created_at_idx" ON "_budget_realisations_v" USING btree ("created_at");
  CREATE INDEX "_budget_realisations_v_updated_at_idx" ON "_budget_realisations_v" USING btree ("updated_at");
  CREATE INDEX "_budget_realisations_v_latest_idx" ON "_budget_realisations_v" USING btree ("latest");
  CREATE INDEX "services_opd_idx" ON "services" USING btree ("opd_id");
  CREATE INDEX "services_agency_idx" ON "services" USING btree ("agency_id");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_opd_idx" ON "_services_v" USING btree ("version_opd_id");
  CREATE INDEX "_services_v_version_version_agency_idx" ON "_services_v" USING btree ("version_agency_id");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v" USING btree ("version_slug");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE INDEX "agencies_updated_at_idx" ON "agencies" USING btree ("updated_at");
  CREATE INDEX "agencies_created_at_idx" ON "agencies" USING btree ("created_at");
  CREATE INDEX "agencies__status_idx" ON "agencies" USING btree ("_status");
  CREATE INDEX "_agencies_v_parent_idx" ON "_agencies_v" USING btree ("parent_id");
  CREATE INDEX "_agencies_v_version_version_updated_at_idx" ON "_agencies_v" USING btree ("version_updated_at");
  CREATE INDEX "_agencies_v_version_version_created_at_idx" ON "_agencies_v" USING btree ("version_created_at");
  CREATE INDEX "_agencies_v_version_version__status_idx" ON "_agencies_v" USING btree ("version__status");
  CREATE INDEX "_agencies_v_created_at_idx" ON "_agencies_v" USING btree ("created_at");
  CREATE INDEX "_agencies_v_updated_at_idx" ON "_agencies_v" USING btree ("updated_at");
  CREATE INDEX "_agencies_v_latest_idx" ON "_agencies_v" USING btree ("latest");
  CREATE INDEX "skm_results_opd_idx" ON "skm_results" USING btree ("opd_id");
  CREATE INDEX "skm_results_service_idx" ON "skm_results" USING btree ("service_id");
  CREATE INDEX "skm_results_updated_at_idx" ON "skm_results" USING btree ("updated_at");
  CREATE INDEX "skm_results_created_at_idx" ON "skm_results" USING btree ("created_at");
  CREATE INDEX "skm_results__status_idx" ON "skm_results" USING btree ("_status");
  CREATE INDEX "_skm_results_v_parent_idx" ON "_skm_results_v" USING btree ("parent_id");
  CREATE INDEX "_skm_results_v_version_version_opd_idx" ON "_skm_results_v" USING btree ("version_opd_id");
  CREATE INDEX "_skm_results_v_version_version_service_idx" ON "_skm_results_v" USING btree ("version_service_id");
  CREATE INDEX "_skm_results_v_version_version_updated_at_idx" ON "_skm_results_v" USING btree ("version_updated_at");
  CREATE INDEX "_skm_results_v_version_version_created_at_idx" ON "_skm_results_v" USING btree ("version_created_at");
  CREATE INDEX "_skm_results_v_version_version__status_idx" ON "_skm_results_v" USING btree ("version__status");
  CREATE INDEX "_skm_results_v_created_at_idx" ON "_skm_results_v" USING btree ("created_at");
  CREATE INDEX "_skm_results_v_updated_at_idx" ON "_skm_results_v" USING btree ("updated_at");
  CREATE INDEX "_skm_results_v_latest_idx" ON "_skm_results_v" USING btree ("latest");
  CREATE INDEX "ppid_entries_opd_idx" ON "ppid_entries" USING btree ("opd_id");
  CREATE INDEX "ppid_entries_file_idx" ON "ppid_entries" USING btree ("file_id");
  CREATE INDEX "ppid_entries_updated_at_idx" ON "ppid_entries" USING btree ("updated_at");
  CREATE INDEX "ppid_entries_created_at_idx" ON "ppid_entries" USING btree ("created_at");
  CREATE INDEX "ppid_entries__status_idx" ON "ppid_entries" USING btree ("_status");
  CREATE INDEX "_ppid_entries_v_parent_idx" ON "_ppid_entries_v" USING btree ("parent_id");
  CREATE INDEX "_ppid_entries_v_version_version_opd_idx" ON "_ppid_entries_v" USING btree ("version_opd_id");
  CREATE INDEX "_ppid_entries_v_version_version_file_idx" ON "_ppid_entries_v" USING btree ("version_file_id");
  CREATE INDEX "_ppid_entries_v_version_version_updated_at_idx" ON "_ppid_entries_v" USING btree ("version_updated_at");
  CREATE INDEX "_ppid_entries_v_version_version_created_at_idx" ON "_ppid_entries_v" USING btree ("version_created_at");
  CREATE INDEX "_ppid_entries_v_version_version__status_idx" ON "_ppid_entries_v" USING btree ("version__status");
  CREATE INDEX "_ppid_entries_v_created_at_idx" ON "_ppid_entries_v" USING btree ("created_at");
  CREATE INDEX "_ppid_entries_v_updated_at_idx" ON "_ppid_entries_v" USING btree ("updated_at");
  CREATE INDEX "_ppid_entries_v_latest_idx" ON "_ppid_entries_v" USING btree ("latest");
  CREATE INDEX "ppid_reports_opd_idx" ON "ppid_reports" USING btree ("opd_id");
  CREATE INDEX "ppid_reports_updated_at_idx" ON "ppid_reports" USING btree ("updated_at");
  CREATE INDEX "ppid_reports_created_at_idx" ON "ppid_reports" USING btree ("created_at");
  CREATE INDEX "ppid_reports__status_idx" ON "ppid_reports" USING btree ("_status");
  CREATE INDEX "_ppid_reports_v_parent_idx" ON "_ppid_reports_v" USING btree ("parent_id");
  CREATE INDEX "_ppid_reports_v_version_version_opd_idx" ON "_ppid_reports_v" USING btree ("version_opd_id");
  CREATE INDEX "_ppid_reports_v_version_version_updated_at_idx" ON "_ppid_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_ppid_reports_v_version_version_created_at_idx" ON "_ppid_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_ppid_reports_v_version_version__status_idx" ON "_ppid_reports_v" USING btree ("version__status");
  CREATE INDEX "_ppid_reports_v_created_at_idx" ON "_ppid_reports_v" USING btree ("created_at");
  CREATE INDEX "_ppid_reports_v_updated_at_idx" ON "_ppid_reports_v" USING btree ("updated_at");
  CREATE INDEX "_ppid_reports_v_latest_idx" ON "_ppid_reports_v" USING btree ("latest");
  CREATE INDEX "complaints_opd_idx" ON "complaints" USING btree ("opd_id");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "news_opd_idx" ON "news" USING btree ("opd_id");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_opd_idx" ON "_news_v" USING btree ("version_opd_id");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "emergency_notices_opd_idx" ON "emergency_notices" USING btree ("opd_id");
  CREATE INDEX "emergency_notices_updated_at_idx" ON "emergency_notices" USING btree ("updated_at");
  CREATE INDEX "emergency_notices_created_at_idx" ON "emergency_notices" USING btree ("created_at");
  CREATE INDEX "emergency_notices__status_idx" ON "emergency_notices" USING btree ("_status");
  CREATE INDEX "_emergency_notices_v_parent_idx" ON "_emergency_notices_v" USING btree ("parent_id");
  CREATE INDEX "_emergency_notices_v_version_version_opd_idx" ON "_emergency_notices_v" USING btree ("version_opd_id");
  CREATE INDEX "_emergency_notices_v_version_version_updated_at_idx" ON "_emergency_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_emergency_notices_v_version_version_created_at_idx" ON "_emergency_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_emergency_notices_v_version_version__status_idx" ON "_emergency_notices_v" USING btree ("version__status");
  CREATE INDEX "_emergency_notices_v_created_at_idx" ON "_emergency_notices_v" USING btree ("created_at");
  CREATE INDEX "_emergency_notices_v_updated_at_idx" ON "_emergency_notices_v" USING btree ("updated_at");
  CREATE INDEX "_emergency_notices_v_latest_idx" ON "_emergency_notices_v" USING btree ("latest");
  CREATE INDEX "legal_documents_opd_idx" ON "legal_documents" USING btree ("opd_id");
  CREATE INDEX "legal_documents_supersedes_idx" ON "legal_documents" USING btree ("supersedes_id");
  CREATE INDEX "legal_documents_file_idx" ON "legal_documents" USING btree ("file_id");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents" USING btree ("_status");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_opd_idx" ON "_legal_documents_v" USING btree ("version_opd_id");
  CREATE INDEX "_legal_documents_v_version_version_supersedes_idx" ON "_legal_documents_v" USING btree ("version_supersedes_id");
  CREATE INDEX "_legal_documents_v_version_version_file_idx" ON "_legal_documents_v" USING btree ("version_file_id");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v" USING btree ("version__status");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "datasets_files_order_idx" ON "datasets_files" USING btree ("_order");
  CREATE INDEX "datasets_files_parent_id_idx" ON "datasets_files" USING btree ("_parent_id");
  CREATE INDEX "datasets_files_file_idx" ON "datasets_files" USING btree ("file_id");
  CREATE INDEX "datasets_opd_idx" ON "datasets" USING btree ("opd_id");
  CREATE INDEX "datasets_updated_at_idx" ON "datasets" USING btree ("updated_at");
  CREATE INDEX "datasets_created_at_idx" ON "datasets" USING btree ("created_at");
  CREATE INDEX "datasets__status_idx" ON "datasets" USING btree ("_status");
  CREATE INDEX "_datasets_v_version_files_order_idx" ON "_datasets_v_version_files" USING btree ("_order");
  CREATE INDEX "_datasets_v_version_files_parent_id_idx" ON "_datasets_v_version_files" USING btree ("_parent_id");
  CREATE INDEX "_datasets_v_version_files_file_idx" ON "_datasets_v_version_files" USING btree ("file_id");
  CREATE INDEX "_datasets_v_parent_idx" ON "_datasets_v" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_version_version_opd_idx" ON "_datasets_v" USING btree ("version_opd_id");
  CREATE INDEX "_datasets_v_version_version_updated_at_idx" ON "_datasets_v" USING btree ("version_updated_at");
  CREATE INDEX "_datasets_v_version_version_created_at_idx" ON "_datasets_v" USING btree ("version_created_at");
  CREATE INDEX "_datasets_v_version_version__status_idx" ON "_datasets_v" USING btree ("version__status");
  CREATE INDEX "_datasets_v_created_at_idx" ON "_datasets_v" USING btree ("created_at");
  CREATE INDEX "_datasets_v_updated_at_idx" ON "_datasets_v" USING btree ("updated_at");
  CREATE INDEX "_datasets_v_latest_idx" ON "_datasets_v" USING btree ("latest");
  CREATE INDEX "media_opd_idx" ON "media" USING btree ("opd_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "documents_opd_idx" ON "documents" USING btree ("opd_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_opds_id_idx" ON "users_rels" USING btree ("opds_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_opds_id_idx" ON "payload_locked_documents_rels" USING btree ("opds_id");
  CREATE INDEX "payload_locked_documents_rels_opd_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("opd_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_visions_id_idx" ON "payload_locked_documents_rels" USING btree ("visions_id");
  CREATE INDEX "payload_locked_documents_rels_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("goals_id");
  CREATE INDEX "payload_locked_documents_rels_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("targets_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_planning_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("planning_documents_id");
  CREATE INDEX "payload_locked_documents_rels_budget_realisations_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_realisations_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_agencies_id_idx" ON "payload_locked_documents_rels" USING btree ("agencies_id");
  CREATE INDEX "payload_locked_documents_rels_skm_results_id_idx" ON "payload_locked_documents_rels" USING btree ("skm_results_id");
  CREATE INDEX "payload_locked_documents_rels_ppid_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("ppid_entries_id");
  CREATE INDEX "payload_locked_documents_rels_ppid_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("ppid_reports_id");
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_emergency_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("emergency_notices_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_datasets_id_idx" ON "payload_locked_documents_rels" USING btree ("datasets_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "opds" CASCADE;
  DROP TABLE "opd_profiles_sub_units" CASCADE;
  DROP TABLE "opd_profiles_affairs" CASCADE;
  DROP TABLE "opd_profiles" CASCADE;
  DROP TABLE "_opd_profiles_v_version_sub_units" CASCADE;
  DROP TABLE "_opd_profiles_v_version_affairs" CASCADE;
  DROP TABLE "_opd_profiles_v" CASCADE;
  DROP TABLE "visions_missions" CASCADE;
  DROP TABLE "visions" CASCADE;
  DROP TABLE "_visions_v_version_missions" CASCADE;
  DROP TABLE "_visions_v" CASCADE;
  DROP TABLE "goals_indicators" CASCADE;
  DROP TABLE "goals" CASCADE;
  DROP TABLE "_goals_v_version_indicators" CASCADE;
  DROP TABLE "_goals_v" CASCADE;
  DROP TABLE "targets_indicators" CASCADE;
  DROP TABLE "targets" CASCADE;
  DROP TABLE "_targets_v_version_indicators" CASCADE;
  DROP TABLE "_targets_v" CASCADE;
  DROP TABLE "programmes_indicators" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "_programmes_v_version_indicators" CASCADE;
  DROP TABLE "_programmes_v" CASCADE;
  DROP TABLE "planning_documents" CASCADE;
  DROP TABLE "_planning_documents_v" CASCADE;
  DROP TABLE "budget_realisations_lines" CASCADE;
  DROP TABLE "budget_realisations" CASCADE;
  DROP TABLE "_budget_realisations_v_version_lines" CASCADE;
  DROP TABLE "_budget_realisations_v" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "agencies" CASCADE;
  DROP TABLE "_agencies_v" CASCADE;
  DROP TABLE "skm_results" CASCADE;
  DROP TABLE "_skm_results_v" CASCADE;
  DROP TABLE "ppid_entries" CASCADE;
  DROP TABLE "_ppid_entries_v" CASCADE;
  DROP TABLE "ppid_reports" CASCADE;
  DROP TABLE "_ppid_reports_v" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "emergency_notices" CASCADE;
  DROP TABLE "_emergency_notices_v" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "datasets_files" CASCADE;
  DROP TABLE "datasets" CASCADE;
  DROP TABLE "_datasets_v_version_files" CASCADE;
  DROP TABLE "_datasets_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "province" CASCADE;
  DROP TYPE "public"."enum_opds_kind";
  DROP TYPE "public"."enum_opd_profiles_status";
  DROP TYPE "public"."enum__opd_profiles_v_version_status";
  DROP TYPE "public"."enum_visions_status";
  DROP TYPE "public"."enum__visions_v_version_status";
  DROP TYPE "public"."enum_goals_status";
  DROP TYPE "public"."enum__goals_v_version_status";
  DROP TYPE "public"."enum_targets_status";
  DROP TYPE "public"."enum__targets_v_version_status";
  DROP TYPE "public"."enum_programmes_level";
  DROP TYPE "public"."enum_programmes_funding_source";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum__programmes_v_version_level";
  DROP TYPE "public"."enum__programmes_v_version_funding_source";
  DROP TYPE "public"."enum__programmes_v_version_status";
  DROP TYPE "public"."enum_planning_documents_type";
  DROP TYPE "public"."enum_planning_documents_instrument_kind";
  DROP TYPE "public"."enum_planning_documents_doc_status";
  DROP TYPE "public"."enum_planning_documents_status";
  DROP TYPE "public"."enum__planning_documents_v_version_type";
  DROP TYPE "public"."enum__planning_documents_v_version_instrument_kind";
  DROP TYPE "public"."enum__planning_documents_v_version_status";
  DROP TYPE "public"."enum_budget_realisations_lines_spending_class";
  DROP TYPE "public"."enum_budget_realisations_lines_funding_source";
  DROP TYPE "public"."enum_budget_realisations_status";
  DROP TYPE "public"."enum__budget_realisations_v_version_lines_spending_class";
  DROP TYPE "public"."enum__budget_realisations_v_version_lines_funding_source";
  DROP TYPE "public"."enum__budget_realisations_v_version_status";
  DROP TYPE "public"."enum_services_kind";
  DROP TYPE "public"."enum_services_category";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_kind";
  DROP TYPE "public"."enum__services_v_version_category";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum_agencies_kind";
  DROP TYPE "public"."enum_agencies_status";
  DROP TYPE "public"."enum__agencies_v_version_kind";
  DROP TYPE "public"."enum__agencies_v_version_status";
  DROP TYPE "public"."enum_skm_results_status";
  DROP TYPE "public"."enum__skm_results_v_version_status";
  DROP TYPE "public"."enum_ppid_entries_category";
  DROP TYPE "public"."enum_ppid_entries_status";
  DROP TYPE "public"."enum__ppid_entries_v_version_category";
  DROP TYPE "public"."enum__ppid_entries_v_version_status";
  DROP TYPE "public"."enum_ppid_reports_status";
  DROP TYPE "public"."enum__ppid_reports_v_version_status";
  DROP TYPE "public"."enum_complaints_status";
  DROP TYPE "public"."enum_news_kind";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_kind";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_emergency_notices_status";
  DROP TYPE "public"."enum__emergency_notices_v_version_status";
  DROP TYPE "public"."enum_legal_documents_kind";
  DROP TYPE "public"."enum_legal_documents_doc_status";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum_datasets_files_format";
  DROP TYPE "public"."enum_datasets_frequency";
  DROP TYPE "public"."enum_datasets_licence";
  DROP TYPE "public"."enum_datasets_status";
  DROP TYPE "public"."enum__datasets_v_version_files_format";
  DROP TYPE "public"."enum__datasets_v_version_frequency";
  DROP TYPE "public"."enum__datasets_v_version_licence";
  DROP TYPE "public"."enum__datasets_v_version_status";
  DROP TYPE "public"."enum_users_role";`)
}
