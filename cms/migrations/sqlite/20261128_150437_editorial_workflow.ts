import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`link\` text,
  	\`key\` text,
  	\`read\` integer DEFAULT false,
  	\`email_status\` text DEFAULT 'pending',
  	\`email_attempts\` numeric DEFAULT 0,
  	\`email_next_attempt_at\` text,
  	\`email_last_error\` text,
  	\`email_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_email_email_status_idx\` ON \`notifications\` (\`email_status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`role\` text,
  	\`action\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text,
  	\`opd_id\` integer,
  	\`summary\` text,
  	\`reason\` text,
  	\`diff\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_idx\` ON \`audit_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_doc_id_idx\` ON \`audit_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_opd_idx\` ON \`audit_log\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`head_approval\` integer DEFAULT false,
  	\`reminder_days\` numeric DEFAULT 14 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`opd_profiles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`opd_profiles\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`opd_profiles\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`opd_profiles\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`opd_profiles\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`opd_profiles_workflow_state_idx\` ON \`opd_profiles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_submitted_by_idx\` ON \`opd_profiles\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_opd_profiles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_opd_profiles_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_opd_profiles_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_opd_profiles_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_opd_profiles_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_workflow_state_idx\` ON \`_opd_profiles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_submitted_by_idx\` ON \`_opd_profiles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`visions\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`visions\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`visions\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`visions\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`visions\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`visions_workflow_state_idx\` ON \`visions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`visions_submitted_by_idx\` ON \`visions\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_visions_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_visions_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_visions_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_visions_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_visions_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_workflow_state_idx\` ON \`_visions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_submitted_by_idx\` ON \`_visions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`goals_workflow_state_idx\` ON \`goals\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`goals_submitted_by_idx\` ON \`goals\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_workflow_state_idx\` ON \`_goals_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_submitted_by_idx\` ON \`_goals_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`targets_workflow_state_idx\` ON \`targets\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`targets_submitted_by_idx\` ON \`targets\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_targets_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_targets_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_targets_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_targets_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_targets_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_workflow_state_idx\` ON \`_targets_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_submitted_by_idx\` ON \`_targets_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`programmes_workflow_state_idx\` ON \`programmes\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`programmes_submitted_by_idx\` ON \`programmes\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_workflow_state_idx\` ON \`_programmes_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_submitted_by_idx\` ON \`_programmes_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`planning_documents\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`planning_documents\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`planning_documents\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`planning_documents\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`planning_documents\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`planning_documents_workflow_state_idx\` ON \`planning_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_submitted_by_idx\` ON \`planning_documents\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_planning_documents_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_planning_documents_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_planning_documents_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_planning_documents_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_planning_documents_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_workflow_state_idx\` ON \`_planning_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_submitted_by_idx\` ON \`_planning_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`budget_realisations\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`budget_realisations\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`budget_realisations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`budget_realisations\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`budget_realisations\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`budget_realisations_workflow_state_idx\` ON \`budget_realisations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_submitted_by_idx\` ON \`budget_realisations\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_budget_realisations_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_budget_realisations_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_budget_realisations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_budget_realisations_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_budget_realisations_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_workflow_state_idx\` ON \`_budget_realisations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_submitted_by_idx\` ON \`_budget_realisations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`services_workflow_state_idx\` ON \`services\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`services_submitted_by_idx\` ON \`services\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_workflow_state_idx\` ON \`_services_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_submitted_by_idx\` ON \`_services_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`agencies_workflow_state_idx\` ON \`agencies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`agencies_submitted_by_idx\` ON \`agencies\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_workflow_state_idx\` ON \`_agencies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_submitted_by_idx\` ON \`_agencies_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`skm_results\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`skm_results\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`skm_results\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`skm_results\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`skm_results\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`skm_results_workflow_state_idx\` ON \`skm_results\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_submitted_by_idx\` ON \`skm_results\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_skm_results_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_skm_results_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_skm_results_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_skm_results_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_skm_results_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_workflow_state_idx\` ON \`_skm_results_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_submitted_by_idx\` ON \`_skm_results_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`ppid_entries\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`ppid_entries\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`ppid_entries\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`ppid_entries\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppid_entries\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`ppid_entries_workflow_state_idx\` ON \`ppid_entries\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_submitted_by_idx\` ON \`ppid_entries\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_ppid_entries_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_ppid_entries_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_ppid_entries_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_ppid_entries_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppid_entries_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_workflow_state_idx\` ON \`_ppid_entries_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_submitted_by_idx\` ON \`_ppid_entries_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`ppid_reports\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`ppid_reports\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`ppid_reports\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`ppid_reports\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppid_reports\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`ppid_reports_workflow_state_idx\` ON \`ppid_reports\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports_submitted_by_idx\` ON \`ppid_reports\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_ppid_reports_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_ppid_reports_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_ppid_reports_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_ppid_reports_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppid_reports_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_workflow_state_idx\` ON \`_ppid_reports_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_submitted_by_idx\` ON \`_ppid_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`news_submitted_by_idx\` ON \`news\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_submitted_by_idx\` ON \`_news_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`emergency_notices\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`emergency_notices\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_notices\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`emergency_notices\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`emergency_notices\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`emergency_notices_workflow_state_idx\` ON \`emergency_notices\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices_submitted_by_idx\` ON \`emergency_notices\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_emergency_notices_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_emergency_notices_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_notices_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_emergency_notices_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_emergency_notices_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_workflow_state_idx\` ON \`_emergency_notices_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_submitted_by_idx\` ON \`_emergency_notices_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_state_idx\` ON \`legal_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_submitted_by_idx\` ON \`legal_documents\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_workflow_state_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_submitted_by_idx\` ON \`_legal_documents_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`datasets_workflow_state_idx\` ON \`datasets\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`datasets_submitted_by_idx\` ON \`datasets\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_workflow_state_idx\` ON \`_datasets_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_submitted_by_idx\` ON \`_datasets_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  // Content published before the workflow existed is in the published stage.
  await db.run(sql`UPDATE \`opd_profiles\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`visions\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`goals\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`targets\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`programmes\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`planning_documents\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`budget_realisations\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`services\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`agencies\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`skm_results\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`ppid_entries\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`ppid_reports\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`news\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`emergency_notices\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`legal_documents\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`datasets\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`_opd_profiles_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_visions_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_goals_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_targets_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_programmes_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_planning_documents_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_budget_realisations_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_services_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_agencies_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_skm_results_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_ppid_entries_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_ppid_reports_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_news_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_emergency_notices_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_legal_documents_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
  await db.run(sql`UPDATE \`_datasets_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_opd_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`legal_basis_title\` text,
  	\`legal_basis_number\` text,
  	\`legal_basis_date\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`duties\` text,
  	\`org_chart_id\` integer,
  	\`head_name\` text,
  	\`head_position\` text,
  	\`head_photo_id\` integer,
  	\`head_lhkpn_url\` text,
  	\`service_hours\` text,
  	\`ppid_contact\` text,
  	\`ppid_request_procedure\` text,
  	\`ppid_objection_procedure\` text,
  	\`ppid_dispute_procedure\` text,
  	\`ppid_request_form_url\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`org_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_opd_profiles\`("id", "opd_id", "legal_basis_title", "legal_basis_number", "legal_basis_date", "address", "phone", "email", "duties", "org_chart_id", "head_name", "head_position", "head_photo_id", "head_lhkpn_url", "service_hours", "ppid_contact", "ppid_request_procedure", "ppid_objection_procedure", "ppid_dispute_procedure", "ppid_request_form_url", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "legal_basis_title", "legal_basis_number", "legal_basis_date", "address", "phone", "email", "duties", "org_chart_id", "head_name", "head_position", "head_photo_id", "head_lhkpn_url", "service_hours", "ppid_contact", "ppid_request_procedure", "ppid_objection_procedure", "ppid_dispute_procedure", "ppid_request_form_url", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`opd_profiles\`;`)
  await db.run(sql`DROP TABLE \`opd_profiles\`;`)
  await db.run(sql`ALTER TABLE \`__new_opd_profiles\` RENAME TO \`opd_profiles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`opd_profiles_opd_idx\` ON \`opd_profiles\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_org_chart_idx\` ON \`opd_profiles\` (\`org_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_head_head_photo_idx\` ON \`opd_profiles\` (\`head_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_updated_at_idx\` ON \`opd_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_created_at_idx\` ON \`opd_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles__status_idx\` ON \`opd_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__opd_profiles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_legal_basis_title\` text,
  	\`version_legal_basis_number\` text,
  	\`version_legal_basis_date\` text,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_duties\` text,
  	\`version_org_chart_id\` integer,
  	\`version_head_name\` text,
  	\`version_head_position\` text,
  	\`version_head_photo_id\` integer,
  	\`version_head_lhkpn_url\` text,
  	\`version_service_hours\` text,
  	\`version_ppid_contact\` text,
  	\`version_ppid_request_procedure\` text,
  	\`version_ppid_objection_procedure\` text,
  	\`version_ppid_dispute_procedure\` text,
  	\`version_ppid_request_form_url\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`opd_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_org_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__opd_profiles_v\`("id", "parent_id", "version_opd_id", "version_legal_basis_title", "version_legal_basis_number", "version_legal_basis_date", "version_address", "version_phone", "version_email", "version_duties", "version_org_chart_id", "version_head_name", "version_head_position", "version_head_photo_id", "version_head_lhkpn_url", "version_service_hours", "version_ppid_contact", "version_ppid_request_procedure", "version_ppid_objection_procedure", "version_ppid_dispute_procedure", "version_ppid_request_form_url", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_legal_basis_title", "version_legal_basis_number", "version_legal_basis_date", "version_address", "version_phone", "version_email", "version_duties", "version_org_chart_id", "version_head_name", "version_head_position", "version_head_photo_id", "version_head_lhkpn_url", "version_service_hours", "version_ppid_contact", "version_ppid_request_procedure", "version_ppid_objection_procedure", "version_ppid_dispute_procedure", "version_ppid_request_form_url", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_opd_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`_opd_profiles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__opd_profiles_v\` RENAME TO \`_opd_profiles_v\`;`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_parent_idx\` ON \`_opd_profiles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_opd_idx\` ON \`_opd_profiles_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_org_chart_idx\` ON \`_opd_profiles_v\` (\`version_org_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_head_version_head_photo_idx\` ON \`_opd_profiles_v\` (\`version_head_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_updated_at_idx\` ON \`_opd_profiles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version_created_at_idx\` ON \`_opd_profiles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_version__status_idx\` ON \`_opd_profiles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_created_at_idx\` ON \`_opd_profiles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_updated_at_idx\` ON \`_opd_profiles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_latest_idx\` ON \`_opd_profiles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_visions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`vision\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_visions\`("id", "period_start", "period_end", "vision", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "period_start", "period_end", "vision", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`visions\`;`)
  await db.run(sql`DROP TABLE \`visions\`;`)
  await db.run(sql`ALTER TABLE \`__new_visions\` RENAME TO \`visions\`;`)
  await db.run(sql`CREATE INDEX \`visions_updated_at_idx\` ON \`visions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visions_created_at_idx\` ON \`visions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`visions__status_idx\` ON \`visions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__visions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_vision\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`visions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__visions_v\`("id", "parent_id", "version_period_start", "version_period_end", "version_vision", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_period_start", "version_period_end", "version_vision", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_visions_v\`;`)
  await db.run(sql`DROP TABLE \`_visions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__visions_v\` RENAME TO \`_visions_v\`;`)
  await db.run(sql`CREATE INDEX \`_visions_v_parent_idx\` ON \`_visions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_updated_at_idx\` ON \`_visions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_created_at_idx\` ON \`_visions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version__status_idx\` ON \`_visions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_created_at_idx\` ON \`_visions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_updated_at_idx\` ON \`_visions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_latest_idx\` ON \`_visions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`vision_id\` integer,
  	\`mission_number\` numeric,
  	\`statement\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`vision_id\`) REFERENCES \`visions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_goals\`("id", "opd_id", "vision_id", "mission_number", "statement", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "vision_id", "mission_number", "statement", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`goals\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`ALTER TABLE \`__new_goals\` RENAME TO \`goals\`;`)
  await db.run(sql`CREATE INDEX \`goals_opd_idx\` ON \`goals\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_vision_idx\` ON \`goals\` (\`vision_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_vision_id\` integer,
  	\`version_mission_number\` numeric,
  	\`version_statement\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_vision_id\`) REFERENCES \`visions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__goals_v\`("id", "parent_id", "version_opd_id", "version_vision_id", "version_mission_number", "version_statement", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_vision_id", "version_mission_number", "version_statement", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_goals_v\`;`)
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__goals_v\` RENAME TO \`_goals_v\`;`)
  await db.run(sql`CREATE INDEX \`_goals_v_parent_idx\` ON \`_goals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_opd_idx\` ON \`_goals_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_vision_idx\` ON \`_goals_v\` (\`version_vision_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_updated_at_idx\` ON \`_goals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_created_at_idx\` ON \`_goals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version__status_idx\` ON \`_goals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_created_at_idx\` ON \`_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_updated_at_idx\` ON \`_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_latest_idx\` ON \`_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`goal_id\` integer,
  	\`statement\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_targets\`("id", "opd_id", "goal_id", "statement", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "goal_id", "statement", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`targets\`;`)
  await db.run(sql`DROP TABLE \`targets\`;`)
  await db.run(sql`ALTER TABLE \`__new_targets\` RENAME TO \`targets\`;`)
  await db.run(sql`CREATE INDEX \`targets_opd_idx\` ON \`targets\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_goal_idx\` ON \`targets\` (\`goal_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_updated_at_idx\` ON \`targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`targets_created_at_idx\` ON \`targets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`targets__status_idx\` ON \`targets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__targets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_goal_id\` integer,
  	\`version_statement\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__targets_v\`("id", "parent_id", "version_opd_id", "version_goal_id", "version_statement", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_goal_id", "version_statement", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_targets_v\`;`)
  await db.run(sql`DROP TABLE \`_targets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__targets_v\` RENAME TO \`_targets_v\`;`)
  await db.run(sql`CREATE INDEX \`_targets_v_parent_idx\` ON \`_targets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_opd_idx\` ON \`_targets_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_goal_idx\` ON \`_targets_v\` (\`version_goal_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_updated_at_idx\` ON \`_targets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_created_at_idx\` ON \`_targets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version__status_idx\` ON \`_targets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_created_at_idx\` ON \`_targets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_updated_at_idx\` ON \`_targets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_latest_idx\` ON \`_targets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`level\` text,
  	\`code\` text,
  	\`name\` text,
  	\`year\` numeric,
  	\`parent_id\` integer,
  	\`target_id\` integer,
  	\`person_in_charge\` text,
  	\`schedule\` text,
  	\`ceiling\` numeric,
  	\`funding_source\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programmes\`("id", "opd_id", "level", "code", "name", "year", "parent_id", "target_id", "person_in_charge", "schedule", "ceiling", "funding_source", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "level", "code", "name", "year", "parent_id", "target_id", "person_in_charge", "schedule", "ceiling", "funding_source", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_programmes\` RENAME TO \`programmes\`;`)
  await db.run(sql`CREATE INDEX \`programmes_opd_idx\` ON \`programmes\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_parent_idx\` ON \`programmes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_target_idx\` ON \`programmes\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_level\` text,
  	\`version_code\` text,
  	\`version_name\` text,
  	\`version_year\` numeric,
  	\`version_parent_id\` integer,
  	\`version_target_id\` integer,
  	\`version_person_in_charge\` text,
  	\`version_schedule\` text,
  	\`version_ceiling\` numeric,
  	\`version_funding_source\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_target_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programmes_v\`("id", "parent_id", "version_opd_id", "version_level", "version_code", "version_name", "version_year", "version_parent_id", "version_target_id", "version_person_in_charge", "version_schedule", "version_ceiling", "version_funding_source", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_level", "version_code", "version_name", "version_year", "version_parent_id", "version_target_id", "version_person_in_charge", "version_schedule", "version_ceiling", "version_funding_source", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__programmes_v\` RENAME TO \`_programmes_v\`;`)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_opd_idx\` ON \`_programmes_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_parent_idx\` ON \`_programmes_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_target_idx\` ON \`_programmes_v\` (\`version_target_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_planning_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`type\` text,
  	\`title\` text,
  	\`period_start\` numeric,
  	\`period_end\` numeric,
  	\`instrument_kind\` text,
  	\`number\` text,
  	\`date\` text,
  	\`file_id\` integer,
  	\`status\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_planning_documents\`("id", "opd_id", "type", "title", "period_start", "period_end", "instrument_kind", "number", "date", "file_id", "status", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "type", "title", "period_start", "period_end", "instrument_kind", "number", "date", "file_id", "status", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`planning_documents\`;`)
  await db.run(sql`DROP TABLE \`planning_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_planning_documents\` RENAME TO \`planning_documents\`;`)
  await db.run(sql`CREATE INDEX \`planning_documents_opd_idx\` ON \`planning_documents\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_file_idx\` ON \`planning_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_updated_at_idx\` ON \`planning_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_created_at_idx\` ON \`planning_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents__status_idx\` ON \`planning_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__planning_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_type\` text,
  	\`version_title\` text,
  	\`version_period_start\` numeric,
  	\`version_period_end\` numeric,
  	\`version_instrument_kind\` text,
  	\`version_number\` text,
  	\`version_date\` text,
  	\`version_file_id\` integer,
  	\`version_status\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`planning_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__planning_documents_v\`("id", "parent_id", "version_opd_id", "version_type", "version_title", "version_period_start", "version_period_end", "version_instrument_kind", "version_number", "version_date", "version_file_id", "version_status", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_type", "version_title", "version_period_start", "version_period_end", "version_instrument_kind", "version_number", "version_date", "version_file_id", "version_status", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_planning_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_planning_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__planning_documents_v\` RENAME TO \`_planning_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_parent_idx\` ON \`_planning_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_opd_idx\` ON \`_planning_documents_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_file_idx\` ON \`_planning_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_updated_at_idx\` ON \`_planning_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_created_at_idx\` ON \`_planning_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version__status_idx\` ON \`_planning_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_created_at_idx\` ON \`_planning_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_updated_at_idx\` ON \`_planning_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_latest_idx\` ON \`_planning_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_budget_realisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`fiscal_year\` numeric,
  	\`position_date\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_budget_realisations\`("id", "opd_id", "fiscal_year", "position_date", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "fiscal_year", "position_date", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`budget_realisations\`;`)
  await db.run(sql`DROP TABLE \`budget_realisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_budget_realisations\` RENAME TO \`budget_realisations\`;`)
  await db.run(sql`CREATE INDEX \`budget_realisations_opd_idx\` ON \`budget_realisations\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_updated_at_idx\` ON \`budget_realisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_created_at_idx\` ON \`budget_realisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations__status_idx\` ON \`budget_realisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__budget_realisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_fiscal_year\` numeric,
  	\`version_position_date\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`budget_realisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__budget_realisations_v\`("id", "parent_id", "version_opd_id", "version_fiscal_year", "version_position_date", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_fiscal_year", "version_position_date", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_budget_realisations_v\`;`)
  await db.run(sql`DROP TABLE \`_budget_realisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__budget_realisations_v\` RENAME TO \`_budget_realisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_parent_idx\` ON \`_budget_realisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_opd_idx\` ON \`_budget_realisations_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_updated_at_idx\` ON \`_budget_realisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_created_at_idx\` ON \`_budget_realisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version__status_idx\` ON \`_budget_realisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_created_at_idx\` ON \`_budget_realisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_updated_at_idx\` ON \`_budget_realisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_latest_idx\` ON \`_budget_realisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`opd_id\` integer,
  	\`agency_id\` integer,
  	\`name\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`components_requirements\` text,
  	\`components_procedure\` text,
  	\`components_completion_time\` text,
  	\`components_cost_amount\` numeric,
  	\`components_cost_basis\` text,
  	\`components_product\` text,
  	\`components_complaints\` text,
  	\`components_legal_basis\` text,
  	\`components_facilities\` text,
  	\`components_competence\` text,
  	\`components_supervision\` text,
  	\`components_staff_count\` numeric,
  	\`components_guarantee\` text,
  	\`components_security\` text,
  	\`components_evaluation\` text,
  	\`pledge\` text,
  	\`online_url\` text,
  	\`location\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "kind", "opd_id", "agency_id", "name", "slug", "category", "summary", "components_requirements", "components_procedure", "components_completion_time", "components_cost_amount", "components_cost_basis", "components_product", "components_complaints", "components_legal_basis", "components_facilities", "components_competence", "components_supervision", "components_staff_count", "components_guarantee", "components_security", "components_evaluation", "pledge", "online_url", "location", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "kind", "opd_id", "agency_id", "name", "slug", "category", "summary", "components_requirements", "components_procedure", "components_completion_time", "components_cost_amount", "components_cost_basis", "components_product", "components_complaints", "components_legal_basis", "components_facilities", "components_competence", "components_supervision", "components_staff_count", "components_guarantee", "components_security", "components_evaluation", "pledge", "online_url", "location", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE INDEX \`services_opd_idx\` ON \`services\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`services_agency_idx\` ON \`services\` (\`agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_opd_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_summary\` text,
  	\`version_components_requirements\` text,
  	\`version_components_procedure\` text,
  	\`version_components_completion_time\` text,
  	\`version_components_cost_amount\` numeric,
  	\`version_components_cost_basis\` text,
  	\`version_components_product\` text,
  	\`version_components_complaints\` text,
  	\`version_components_legal_basis\` text,
  	\`version_components_facilities\` text,
  	\`version_components_competence\` text,
  	\`version_components_supervision\` text,
  	\`version_components_staff_count\` numeric,
  	\`version_components_guarantee\` text,
  	\`version_components_security\` text,
  	\`version_components_evaluation\` text,
  	\`version_pledge\` text,
  	\`version_online_url\` text,
  	\`version_location\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_kind", "version_opd_id", "version_agency_id", "version_name", "version_slug", "version_category", "version_summary", "version_components_requirements", "version_components_procedure", "version_components_completion_time", "version_components_cost_amount", "version_components_cost_basis", "version_components_product", "version_components_complaints", "version_components_legal_basis", "version_components_facilities", "version_components_competence", "version_components_supervision", "version_components_staff_count", "version_components_guarantee", "version_components_security", "version_components_evaluation", "version_pledge", "version_online_url", "version_location", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_kind", "version_opd_id", "version_agency_id", "version_name", "version_slug", "version_category", "version_summary", "version_components_requirements", "version_components_procedure", "version_components_completion_time", "version_components_cost_amount", "version_components_cost_basis", "version_components_product", "version_components_complaints", "version_components_legal_basis", "version_components_facilities", "version_components_competence", "version_components_supervision", "version_components_staff_count", "version_components_guarantee", "version_components_security", "version_components_evaluation", "version_pledge", "version_online_url", "version_location", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_opd_idx\` ON \`_services_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_agency_idx\` ON \`_services_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`website\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agencies\`("id", "name", "kind", "address", "phone", "website", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "name", "kind", "address", "phone", "website", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`agencies\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`ALTER TABLE \`__new_agencies\` RENAME TO \`agencies\`;`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies__status_idx\` ON \`agencies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__agencies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_website\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__agencies_v\`("id", "parent_id", "version_name", "version_kind", "version_address", "version_phone", "version_website", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_kind", "version_address", "version_phone", "version_website", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_agencies_v\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__agencies_v\` RENAME TO \`_agencies_v\`;`)
  await db.run(sql`CREATE INDEX \`_agencies_v_parent_idx\` ON \`_agencies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_updated_at_idx\` ON \`_agencies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_created_at_idx\` ON \`_agencies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version__status_idx\` ON \`_agencies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_created_at_idx\` ON \`_agencies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_updated_at_idx\` ON \`_agencies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_latest_idx\` ON \`_agencies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_skm_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`service_id\` integer,
  	\`year\` numeric,
  	\`period\` text,
  	\`survey_end\` text,
  	\`respondents\` numeric,
  	\`score_sums_u1\` numeric,
  	\`score_sums_u2\` numeric,
  	\`score_sums_u3\` numeric,
  	\`score_sums_u4\` numeric,
  	\`score_sums_u5\` numeric,
  	\`score_sums_u6\` numeric,
  	\`score_sums_u7\` numeric,
  	\`score_sums_u8\` numeric,
  	\`score_sums_u9\` numeric,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_skm_results\`("id", "opd_id", "service_id", "year", "period", "survey_end", "respondents", "score_sums_u1", "score_sums_u2", "score_sums_u3", "score_sums_u4", "score_sums_u5", "score_sums_u6", "score_sums_u7", "score_sums_u8", "score_sums_u9", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "service_id", "year", "period", "survey_end", "respondents", "score_sums_u1", "score_sums_u2", "score_sums_u3", "score_sums_u4", "score_sums_u5", "score_sums_u6", "score_sums_u7", "score_sums_u8", "score_sums_u9", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`skm_results\`;`)
  await db.run(sql`DROP TABLE \`skm_results\`;`)
  await db.run(sql`ALTER TABLE \`__new_skm_results\` RENAME TO \`skm_results\`;`)
  await db.run(sql`CREATE INDEX \`skm_results_opd_idx\` ON \`skm_results\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_service_idx\` ON \`skm_results\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_updated_at_idx\` ON \`skm_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_created_at_idx\` ON \`skm_results\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`skm_results__status_idx\` ON \`skm_results\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__skm_results_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_service_id\` integer,
  	\`version_year\` numeric,
  	\`version_period\` text,
  	\`version_survey_end\` text,
  	\`version_respondents\` numeric,
  	\`version_score_sums_u1\` numeric,
  	\`version_score_sums_u2\` numeric,
  	\`version_score_sums_u3\` numeric,
  	\`version_score_sums_u4\` numeric,
  	\`version_score_sums_u5\` numeric,
  	\`version_score_sums_u6\` numeric,
  	\`version_score_sums_u7\` numeric,
  	\`version_score_sums_u8\` numeric,
  	\`version_score_sums_u9\` numeric,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skm_results\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__skm_results_v\`("id", "parent_id", "version_opd_id", "version_service_id", "version_year", "version_period", "version_survey_end", "version_respondents", "version_score_sums_u1", "version_score_sums_u2", "version_score_sums_u3", "version_score_sums_u4", "version_score_sums_u5", "version_score_sums_u6", "version_score_sums_u7", "version_score_sums_u8", "version_score_sums_u9", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_service_id", "version_year", "version_period", "version_survey_end", "version_respondents", "version_score_sums_u1", "version_score_sums_u2", "version_score_sums_u3", "version_score_sums_u4", "version_score_sums_u5", "version_score_sums_u6", "version_score_sums_u7", "version_score_sums_u8", "version_score_sums_u9", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_skm_results_v\`;`)
  await db.run(sql`DROP TABLE \`_skm_results_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__skm_results_v\` RENAME TO \`_skm_results_v\`;`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_parent_idx\` ON \`_skm_results_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_opd_idx\` ON \`_skm_results_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_service_idx\` ON \`_skm_results_v\` (\`version_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_updated_at_idx\` ON \`_skm_results_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_created_at_idx\` ON \`_skm_results_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version__status_idx\` ON \`_skm_results_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_created_at_idx\` ON \`_skm_results_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_updated_at_idx\` ON \`_skm_results_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_latest_idx\` ON \`_skm_results_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_ppid_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`title\` text,
  	\`category\` text,
  	\`summary\` text,
  	\`format\` text,
  	\`retention\` text,
  	\`url\` text,
  	\`file_id\` integer,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`exemption_legal_reason\` text,
  	\`exemption_consequence_test\` text,
  	\`exemption_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ppid_entries\`("id", "opd_id", "title", "category", "summary", "format", "retention", "url", "file_id", "owner_unit", "last_reviewed_at", "exemption_legal_reason", "exemption_consequence_test", "exemption_until", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "title", "category", "summary", "format", "retention", "url", "file_id", "owner_unit", "last_reviewed_at", "exemption_legal_reason", "exemption_consequence_test", "exemption_until", "updated_at", "created_at", "_status" FROM \`ppid_entries\`;`)
  await db.run(sql`DROP TABLE \`ppid_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_ppid_entries\` RENAME TO \`ppid_entries\`;`)
  await db.run(sql`CREATE INDEX \`ppid_entries_opd_idx\` ON \`ppid_entries\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_file_idx\` ON \`ppid_entries\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_updated_at_idx\` ON \`ppid_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_created_at_idx\` ON \`ppid_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries__status_idx\` ON \`ppid_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__ppid_entries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_title\` text,
  	\`version_category\` text,
  	\`version_summary\` text,
  	\`version_format\` text,
  	\`version_retention\` text,
  	\`version_url\` text,
  	\`version_file_id\` integer,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_exemption_legal_reason\` text,
  	\`version_exemption_consequence_test\` text,
  	\`version_exemption_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ppid_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__ppid_entries_v\`("id", "parent_id", "version_opd_id", "version_title", "version_category", "version_summary", "version_format", "version_retention", "version_url", "version_file_id", "version_owner_unit", "version_last_reviewed_at", "version_exemption_legal_reason", "version_exemption_consequence_test", "version_exemption_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_title", "version_category", "version_summary", "version_format", "version_retention", "version_url", "version_file_id", "version_owner_unit", "version_last_reviewed_at", "version_exemption_legal_reason", "version_exemption_consequence_test", "version_exemption_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_ppid_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_ppid_entries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__ppid_entries_v\` RENAME TO \`_ppid_entries_v\`;`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_parent_idx\` ON \`_ppid_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_opd_idx\` ON \`_ppid_entries_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_file_idx\` ON \`_ppid_entries_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_updated_at_idx\` ON \`_ppid_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_created_at_idx\` ON \`_ppid_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version__status_idx\` ON \`_ppid_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_created_at_idx\` ON \`_ppid_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_updated_at_idx\` ON \`_ppid_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_latest_idx\` ON \`_ppid_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_ppid_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`year\` numeric,
  	\`requests\` numeric,
  	\`granted\` numeric,
  	\`partly_granted\` numeric,
  	\`refused\` numeric,
  	\`average_response_days\` numeric,
  	\`refusal_reasons\` text,
  	\`objections\` numeric,
  	\`disputes\` numeric,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ppid_reports\`("id", "opd_id", "year", "requests", "granted", "partly_granted", "refused", "average_response_days", "refusal_reasons", "objections", "disputes", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "year", "requests", "granted", "partly_granted", "refused", "average_response_days", "refusal_reasons", "objections", "disputes", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`ppid_reports\`;`)
  await db.run(sql`DROP TABLE \`ppid_reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_ppid_reports\` RENAME TO \`ppid_reports\`;`)
  await db.run(sql`CREATE INDEX \`ppid_reports_opd_idx\` ON \`ppid_reports\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports_updated_at_idx\` ON \`ppid_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports_created_at_idx\` ON \`ppid_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports__status_idx\` ON \`ppid_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__ppid_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_year\` numeric,
  	\`version_requests\` numeric,
  	\`version_granted\` numeric,
  	\`version_partly_granted\` numeric,
  	\`version_refused\` numeric,
  	\`version_average_response_days\` numeric,
  	\`version_refusal_reasons\` text,
  	\`version_objections\` numeric,
  	\`version_disputes\` numeric,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ppid_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__ppid_reports_v\`("id", "parent_id", "version_opd_id", "version_year", "version_requests", "version_granted", "version_partly_granted", "version_refused", "version_average_response_days", "version_refusal_reasons", "version_objections", "version_disputes", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_year", "version_requests", "version_granted", "version_partly_granted", "version_refused", "version_average_response_days", "version_refusal_reasons", "version_objections", "version_disputes", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_ppid_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_ppid_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__ppid_reports_v\` RENAME TO \`_ppid_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_parent_idx\` ON \`_ppid_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_opd_idx\` ON \`_ppid_reports_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_updated_at_idx\` ON \`_ppid_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_created_at_idx\` ON \`_ppid_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version__status_idx\` ON \`_ppid_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_created_at_idx\` ON \`_ppid_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_updated_at_idx\` ON \`_ppid_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_latest_idx\` ON \`_ppid_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`kind\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`date\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`image_id\` integer,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "opd_id", "kind", "title", "slug", "date", "summary", "body", "image_id", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "kind", "title", "slug", "date", "summary", "body", "image_id", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE INDEX \`news_opd_idx\` ON \`news\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_kind\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_image_id\` integer,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_opd_id", "version_kind", "version_title", "version_slug", "version_date", "version_summary", "version_body", "version_image_id", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_kind", "version_title", "version_slug", "version_date", "version_summary", "version_body", "version_image_id", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_opd_idx\` ON \`_news_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_emergency_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`title\` text,
  	\`issued_at\` text,
  	\`expires_at\` text,
  	\`hazard\` text,
  	\`affected\` text,
  	\`evacuation\` text,
  	\`avoidance\` text,
  	\`help\` text,
  	\`announcer\` text,
  	\`announcement_procedure\` text,
  	\`actions\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_emergency_notices\`("id", "opd_id", "title", "issued_at", "expires_at", "hazard", "affected", "evacuation", "avoidance", "help", "announcer", "announcement_procedure", "actions", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "title", "issued_at", "expires_at", "hazard", "affected", "evacuation", "avoidance", "help", "announcer", "announcement_procedure", "actions", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`emergency_notices\`;`)
  await db.run(sql`DROP TABLE \`emergency_notices\`;`)
  await db.run(sql`ALTER TABLE \`__new_emergency_notices\` RENAME TO \`emergency_notices\`;`)
  await db.run(sql`CREATE INDEX \`emergency_notices_opd_idx\` ON \`emergency_notices\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices_updated_at_idx\` ON \`emergency_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices_created_at_idx\` ON \`emergency_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices__status_idx\` ON \`emergency_notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__emergency_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_title\` text,
  	\`version_issued_at\` text,
  	\`version_expires_at\` text,
  	\`version_hazard\` text,
  	\`version_affected\` text,
  	\`version_evacuation\` text,
  	\`version_avoidance\` text,
  	\`version_help\` text,
  	\`version_announcer\` text,
  	\`version_announcement_procedure\` text,
  	\`version_actions\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`emergency_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__emergency_notices_v\`("id", "parent_id", "version_opd_id", "version_title", "version_issued_at", "version_expires_at", "version_hazard", "version_affected", "version_evacuation", "version_avoidance", "version_help", "version_announcer", "version_announcement_procedure", "version_actions", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_title", "version_issued_at", "version_expires_at", "version_hazard", "version_affected", "version_evacuation", "version_avoidance", "version_help", "version_announcer", "version_announcement_procedure", "version_actions", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_emergency_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_emergency_notices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__emergency_notices_v\` RENAME TO \`_emergency_notices_v\`;`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_parent_idx\` ON \`_emergency_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_opd_idx\` ON \`_emergency_notices_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_updated_at_idx\` ON \`_emergency_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_created_at_idx\` ON \`_emergency_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version__status_idx\` ON \`_emergency_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_created_at_idx\` ON \`_emergency_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_updated_at_idx\` ON \`_emergency_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_latest_idx\` ON \`_emergency_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`kind\` text,
  	\`number\` text,
  	\`year\` numeric,
  	\`title\` text,
  	\`status\` text,
  	\`supersedes_id\` integer,
  	\`file_id\` integer,
  	\`file_hash\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_legal_documents\`("id", "opd_id", "kind", "number", "year", "title", "status", "supersedes_id", "file_id", "file_hash", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "kind", "number", "year", "title", "status", "supersedes_id", "file_id", "file_hash", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_legal_documents\` RENAME TO \`legal_documents\`;`)
  await db.run(sql`CREATE INDEX \`legal_documents_opd_idx\` ON \`legal_documents\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_supersedes_idx\` ON \`legal_documents\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_file_idx\` ON \`legal_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_kind\` text,
  	\`version_number\` text,
  	\`version_year\` numeric,
  	\`version_title\` text,
  	\`version_status\` text,
  	\`version_supersedes_id\` integer,
  	\`version_file_id\` integer,
  	\`version_file_hash\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supersedes_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__legal_documents_v\`("id", "parent_id", "version_opd_id", "version_kind", "version_number", "version_year", "version_title", "version_status", "version_supersedes_id", "version_file_id", "version_file_hash", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_kind", "version_number", "version_year", "version_title", "version_status", "version_supersedes_id", "version_file_id", "version_file_hash", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__legal_documents_v\` RENAME TO \`_legal_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_opd_idx\` ON \`_legal_documents_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_supersedes_idx\` ON \`_legal_documents_v\` (\`version_supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_file_idx\` ON \`_legal_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_datasets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer,
  	\`title\` text,
  	\`slug\` text,
  	\`custodian\` text,
  	\`definition\` text,
  	\`unit\` text,
  	\`period\` text,
  	\`frequency\` text,
  	\`region_code\` text,
  	\`licence\` text,
  	\`release_date\` text,
  	\`last_updated\` text,
  	\`owner_unit\` text,
  	\`last_reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_datasets\`("id", "opd_id", "title", "slug", "custodian", "definition", "unit", "period", "frequency", "region_code", "licence", "release_date", "last_updated", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status") SELECT "id", "opd_id", "title", "slug", "custodian", "definition", "unit", "period", "frequency", "region_code", "licence", "release_date", "last_updated", "owner_unit", "last_reviewed_at", "updated_at", "created_at", "_status" FROM \`datasets\`;`)
  await db.run(sql`DROP TABLE \`datasets\`;`)
  await db.run(sql`ALTER TABLE \`__new_datasets\` RENAME TO \`datasets\`;`)
  await db.run(sql`CREATE INDEX \`datasets_opd_idx\` ON \`datasets\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_updated_at_idx\` ON \`datasets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets_created_at_idx\` ON \`datasets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__datasets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_opd_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_custodian\` text,
  	\`version_definition\` text,
  	\`version_unit\` text,
  	\`version_period\` text,
  	\`version_frequency\` text,
  	\`version_region_code\` text,
  	\`version_licence\` text,
  	\`version_release_date\` text,
  	\`version_last_updated\` text,
  	\`version_owner_unit\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__datasets_v\`("id", "parent_id", "version_opd_id", "version_title", "version_slug", "version_custodian", "version_definition", "version_unit", "version_period", "version_frequency", "version_region_code", "version_licence", "version_release_date", "version_last_updated", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_opd_id", "version_title", "version_slug", "version_custodian", "version_definition", "version_unit", "version_period", "version_frequency", "version_region_code", "version_licence", "version_release_date", "version_last_updated", "version_owner_unit", "version_last_reviewed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_datasets_v\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__datasets_v\` RENAME TO \`_datasets_v\`;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_parent_idx\` ON \`_datasets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_opd_idx\` ON \`_datasets_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_updated_at_idx\` ON \`_datasets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_created_at_idx\` ON \`_datasets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_created_at_idx\` ON \`_datasets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_updated_at_idx\` ON \`_datasets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_latest_idx\` ON \`_datasets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opds_id\` integer,
  	\`opd_profiles_id\` integer,
  	\`visions_id\` integer,
  	\`goals_id\` integer,
  	\`targets_id\` integer,
  	\`programmes_id\` integer,
  	\`planning_documents_id\` integer,
  	\`budget_realisations_id\` integer,
  	\`services_id\` integer,
  	\`agencies_id\` integer,
  	\`skm_results_id\` integer,
  	\`ppid_entries_id\` integer,
  	\`ppid_reports_id\` integer,
  	\`complaints_id\` integer,
  	\`news_id\` integer,
  	\`emergency_notices_id\` integer,
  	\`legal_documents_id\` integer,
  	\`datasets_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	\`compliance_reports_id\` integer,
  	\`compliance_overrides_id\` integer,
  	\`link_checks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opds_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opd_profiles_id\`) REFERENCES \`opd_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visions_id\`) REFERENCES \`visions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`targets_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`planning_documents_id\`) REFERENCES \`planning_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_realisations_id\`) REFERENCES \`budget_realisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skm_results_id\`) REFERENCES \`skm_results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ppid_entries_id\`) REFERENCES \`ppid_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ppid_reports_id\`) REFERENCES \`ppid_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`complaints_id\`) REFERENCES \`complaints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emergency_notices_id\`) REFERENCES \`emergency_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`datasets_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_reports_id\`) REFERENCES \`compliance_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_overrides_id\`) REFERENCES \`compliance_overrides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "opds_id", "opd_profiles_id", "visions_id", "goals_id", "targets_id", "programmes_id", "planning_documents_id", "budget_realisations_id", "services_id", "agencies_id", "skm_results_id", "ppid_entries_id", "ppid_reports_id", "complaints_id", "news_id", "emergency_notices_id", "legal_documents_id", "datasets_id", "media_id", "documents_id", "users_id", "compliance_reports_id", "compliance_overrides_id", "link_checks_id") SELECT "id", "order", "parent_id", "path", "opds_id", "opd_profiles_id", "visions_id", "goals_id", "targets_id", "programmes_id", "planning_documents_id", "budget_realisations_id", "services_id", "agencies_id", "skm_results_id", "ppid_entries_id", "ppid_reports_id", "complaints_id", "news_id", "emergency_notices_id", "legal_documents_id", "datasets_id", "media_id", "documents_id", "users_id", "compliance_reports_id", "compliance_overrides_id", "link_checks_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opds_id_idx\` ON \`payload_locked_documents_rels\` (\`opds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opd_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`opd_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visions_id_idx\` ON \`payload_locked_documents_rels\` (\`visions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_planning_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`planning_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_budget_realisations_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_realisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skm_results_id_idx\` ON \`payload_locked_documents_rels\` (\`skm_results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppid_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`ppid_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppid_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`ppid_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_complaints_id_idx\` ON \`payload_locked_documents_rels\` (\`complaints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emergency_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`emergency_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_datasets_id_idx\` ON \`payload_locked_documents_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_overrides_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_overrides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
}
