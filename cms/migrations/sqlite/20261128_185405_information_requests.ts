import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`information_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`ticket\` text,
  	\`opd_id\` integer NOT NULL,
  	\`information\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`format\` text DEFAULT 'softcopy' NOT NULL,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_nik\` text NOT NULL,
  	\`applicant_address\` text,
  	\`applicant_email\` text,
  	\`applicant_phone\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`received_at\` text,
  	\`due_at\` text,
  	\`extension_reason\` text,
  	\`extension_extended_at\` text,
  	\`decision_response\` text,
  	\`decision_exemption\` text,
  	\`decision_exemption_reasoning\` text,
  	\`decision_decided_at\` text,
  	\`objection_ground\` text,
  	\`objection_explanation\` text,
  	\`objection_filed_at\` text,
  	\`objection_due_at\` text,
  	\`objection_response\` text,
  	\`objection_answered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`information_requests_ticket_idx\` ON \`information_requests\` (\`ticket\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_opd_idx\` ON \`information_requests\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_status_idx\` ON \`information_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_due_at_idx\` ON \`information_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_updated_at_idx\` ON \`information_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`information_requests_created_at_idx\` ON \`information_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`information_requests_id\` integer REFERENCES information_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_information_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`information_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`information_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opds_id\` integer,
  	\`opd_redirects_id\` integer,
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
  	\`notifications_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opds_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opd_redirects_id\`) REFERENCES \`opd_redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "opds_id", "opd_redirects_id", "opd_profiles_id", "visions_id", "goals_id", "targets_id", "programmes_id", "planning_documents_id", "budget_realisations_id", "services_id", "agencies_id", "skm_results_id", "ppid_entries_id", "ppid_reports_id", "complaints_id", "news_id", "emergency_notices_id", "legal_documents_id", "datasets_id", "media_id", "documents_id", "users_id", "compliance_reports_id", "compliance_overrides_id", "link_checks_id", "notifications_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "opds_id", "opd_redirects_id", "opd_profiles_id", "visions_id", "goals_id", "targets_id", "programmes_id", "planning_documents_id", "budget_realisations_id", "services_id", "agencies_id", "skm_results_id", "ppid_entries_id", "ppid_reports_id", "complaints_id", "news_id", "emergency_notices_id", "legal_documents_id", "datasets_id", "media_id", "documents_id", "users_id", "compliance_reports_id", "compliance_overrides_id", "link_checks_id", "notifications_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opds_id_idx\` ON \`payload_locked_documents_rels\` (\`opds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opd_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`opd_redirects_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
