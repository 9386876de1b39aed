import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`opds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`acronym\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`serves_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`opds_slug_idx\` ON \`opds\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`opds_updated_at_idx\` ON \`opds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opds_created_at_idx\` ON \`opds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`opd_profiles_sub_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opd_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opd_profiles_sub_units_order_idx\` ON \`opd_profiles_sub_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_sub_units_parent_id_idx\` ON \`opd_profiles_sub_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opd_profiles_affairs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`opd_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`opd_profiles_affairs_order_idx\` ON \`opd_profiles_affairs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_affairs_parent_id_idx\` ON \`opd_profiles_affairs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`opd_profiles\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`opd_profiles_opd_idx\` ON \`opd_profiles\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_org_chart_idx\` ON \`opd_profiles\` (\`org_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_head_head_photo_idx\` ON \`opd_profiles\` (\`head_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_updated_at_idx\` ON \`opd_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles_created_at_idx\` ON \`opd_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`opd_profiles__status_idx\` ON \`opd_profiles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_opd_profiles_v_version_sub_units\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opd_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_sub_units_order_idx\` ON \`_opd_profiles_v_version_sub_units\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_sub_units_parent_id_idx\` ON \`_opd_profiles_v_version_sub_units\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opd_profiles_v_version_affairs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_opd_profiles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_affairs_order_idx\` ON \`_opd_profiles_v_version_affairs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_opd_profiles_v_version_affairs_parent_id_idx\` ON \`_opd_profiles_v_version_affairs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_opd_profiles_v\` (
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
  await db.run(sql`CREATE TABLE \`visions_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`visions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visions_missions_order_idx\` ON \`visions_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`visions_missions_parent_id_idx\` ON \`visions_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`visions\` (
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
  await db.run(sql`CREATE INDEX \`visions_updated_at_idx\` ON \`visions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visions_created_at_idx\` ON \`visions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`visions__status_idx\` ON \`visions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_visions_v_version_missions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_visions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_visions_v_version_missions_order_idx\` ON \`_visions_v_version_missions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_missions_parent_id_idx\` ON \`_visions_v_version_missions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_visions_v\` (
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
  await db.run(sql`CREATE INDEX \`_visions_v_parent_idx\` ON \`_visions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_updated_at_idx\` ON \`_visions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version_created_at_idx\` ON \`_visions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_version_version__status_idx\` ON \`_visions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_created_at_idx\` ON \`_visions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_updated_at_idx\` ON \`_visions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_visions_v_latest_idx\` ON \`_visions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`goals_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_indicators_order_idx\` ON \`goals_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`goals_indicators_parent_id_idx\` ON \`goals_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`goals\` (
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
  await db.run(sql`CREATE INDEX \`goals_opd_idx\` ON \`goals\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_vision_idx\` ON \`goals\` (\`vision_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_version_indicators_order_idx\` ON \`_goals_v_version_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_indicators_parent_id_idx\` ON \`_goals_v_version_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v\` (
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
  await db.run(sql`CREATE INDEX \`_goals_v_parent_idx\` ON \`_goals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_opd_idx\` ON \`_goals_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_vision_idx\` ON \`_goals_v\` (\`version_vision_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_updated_at_idx\` ON \`_goals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version_created_at_idx\` ON \`_goals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_version_version__status_idx\` ON \`_goals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_created_at_idx\` ON \`_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_updated_at_idx\` ON \`_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_latest_idx\` ON \`_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`targets_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`targets_indicators_order_idx\` ON \`targets_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`targets_indicators_parent_id_idx\` ON \`targets_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`targets\` (
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
  await db.run(sql`CREATE INDEX \`targets_opd_idx\` ON \`targets\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_goal_idx\` ON \`targets\` (\`goal_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_updated_at_idx\` ON \`targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`targets_created_at_idx\` ON \`targets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`targets__status_idx\` ON \`targets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_targets_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_targets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_targets_v_version_indicators_order_idx\` ON \`_targets_v_version_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_indicators_parent_id_idx\` ON \`_targets_v_version_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_targets_v\` (
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
  await db.run(sql`CREATE INDEX \`_targets_v_parent_idx\` ON \`_targets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_opd_idx\` ON \`_targets_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_goal_idx\` ON \`_targets_v\` (\`version_goal_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_updated_at_idx\` ON \`_targets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_created_at_idx\` ON \`_targets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version__status_idx\` ON \`_targets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_created_at_idx\` ON \`_targets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_updated_at_idx\` ON \`_targets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_latest_idx\` ON \`_targets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`programmes_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_indicators_order_idx\` ON \`programmes_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_indicators_parent_id_idx\` ON \`programmes_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes\` (
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
  await db.run(sql`CREATE INDEX \`programmes_opd_idx\` ON \`programmes\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_parent_idx\` ON \`programmes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_target_idx\` ON \`programmes\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit\` text,
  	\`year\` numeric,
  	\`target\` numeric,
  	\`realised\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_indicators_order_idx\` ON \`_programmes_v_version_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_indicators_parent_id_idx\` ON \`_programmes_v_version_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v\` (
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
  await db.run(sql`CREATE TABLE \`planning_documents\` (
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
  await db.run(sql`CREATE INDEX \`planning_documents_opd_idx\` ON \`planning_documents\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_file_idx\` ON \`planning_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_updated_at_idx\` ON \`planning_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents_created_at_idx\` ON \`planning_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`planning_documents__status_idx\` ON \`planning_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_planning_documents_v\` (
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
  await db.run(sql`CREATE INDEX \`_planning_documents_v_parent_idx\` ON \`_planning_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_opd_idx\` ON \`_planning_documents_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_file_idx\` ON \`_planning_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_updated_at_idx\` ON \`_planning_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version_created_at_idx\` ON \`_planning_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_version_version__status_idx\` ON \`_planning_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_created_at_idx\` ON \`_planning_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_updated_at_idx\` ON \`_planning_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_planning_documents_v_latest_idx\` ON \`_planning_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`budget_realisations_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`sub_activity_id\` integer,
  	\`spending_class\` text,
  	\`funding_source\` text,
  	\`original_ceiling\` numeric,
  	\`revised_ceiling\` numeric,
  	\`realisation\` numeric,
  	\`physical_percent\` numeric,
  	\`explanation\` text,
  	FOREIGN KEY (\`sub_activity_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_realisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`budget_realisations_lines_order_idx\` ON \`budget_realisations_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_lines_parent_id_idx\` ON \`budget_realisations_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_lines_sub_activity_idx\` ON \`budget_realisations_lines\` (\`sub_activity_id\`);`)
  await db.run(sql`CREATE TABLE \`budget_realisations\` (
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
  await db.run(sql`CREATE INDEX \`budget_realisations_opd_idx\` ON \`budget_realisations\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_updated_at_idx\` ON \`budget_realisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations_created_at_idx\` ON \`budget_realisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`budget_realisations__status_idx\` ON \`budget_realisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_budget_realisations_v_version_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sub_activity_id\` integer,
  	\`spending_class\` text,
  	\`funding_source\` text,
  	\`original_ceiling\` numeric,
  	\`revised_ceiling\` numeric,
  	\`realisation\` numeric,
  	\`physical_percent\` numeric,
  	\`explanation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`sub_activity_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_realisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_lines_order_idx\` ON \`_budget_realisations_v_version_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_lines_parent_id_idx\` ON \`_budget_realisations_v_version_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_lines_sub_activity_idx\` ON \`_budget_realisations_v_version_lines\` (\`sub_activity_id\`);`)
  await db.run(sql`CREATE TABLE \`_budget_realisations_v\` (
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
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_parent_idx\` ON \`_budget_realisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_opd_idx\` ON \`_budget_realisations_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_updated_at_idx\` ON \`_budget_realisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version_created_at_idx\` ON \`_budget_realisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_version_version__status_idx\` ON \`_budget_realisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_created_at_idx\` ON \`_budget_realisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_updated_at_idx\` ON \`_budget_realisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_budget_realisations_v_latest_idx\` ON \`_budget_realisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
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
  await db.run(sql`CREATE INDEX \`services_opd_idx\` ON \`services\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`services_agency_idx\` ON \`services\` (\`agency_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
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
  await db.run(sql`CREATE TABLE \`agencies\` (
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
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies__status_idx\` ON \`agencies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v\` (
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
  await db.run(sql`CREATE INDEX \`_agencies_v_parent_idx\` ON \`_agencies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_updated_at_idx\` ON \`_agencies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_created_at_idx\` ON \`_agencies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version__status_idx\` ON \`_agencies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_created_at_idx\` ON \`_agencies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_updated_at_idx\` ON \`_agencies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_latest_idx\` ON \`_agencies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`skm_results\` (
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
  await db.run(sql`CREATE INDEX \`skm_results_opd_idx\` ON \`skm_results\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_service_idx\` ON \`skm_results\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_updated_at_idx\` ON \`skm_results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skm_results_created_at_idx\` ON \`skm_results\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`skm_results__status_idx\` ON \`skm_results\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_skm_results_v\` (
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
  await db.run(sql`CREATE INDEX \`_skm_results_v_parent_idx\` ON \`_skm_results_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_opd_idx\` ON \`_skm_results_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_service_idx\` ON \`_skm_results_v\` (\`version_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_updated_at_idx\` ON \`_skm_results_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version_created_at_idx\` ON \`_skm_results_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_version_version__status_idx\` ON \`_skm_results_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_created_at_idx\` ON \`_skm_results_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_updated_at_idx\` ON \`_skm_results_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skm_results_v_latest_idx\` ON \`_skm_results_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`ppid_entries\` (
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
  await db.run(sql`CREATE INDEX \`ppid_entries_opd_idx\` ON \`ppid_entries\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_file_idx\` ON \`ppid_entries\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_updated_at_idx\` ON \`ppid_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries_created_at_idx\` ON \`ppid_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_entries__status_idx\` ON \`ppid_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_ppid_entries_v\` (
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
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_parent_idx\` ON \`_ppid_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_opd_idx\` ON \`_ppid_entries_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_file_idx\` ON \`_ppid_entries_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_updated_at_idx\` ON \`_ppid_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version_created_at_idx\` ON \`_ppid_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_version_version__status_idx\` ON \`_ppid_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_created_at_idx\` ON \`_ppid_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_updated_at_idx\` ON \`_ppid_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_entries_v_latest_idx\` ON \`_ppid_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`ppid_reports\` (
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
  await db.run(sql`CREATE INDEX \`ppid_reports_opd_idx\` ON \`ppid_reports\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports_updated_at_idx\` ON \`ppid_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports_created_at_idx\` ON \`ppid_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppid_reports__status_idx\` ON \`ppid_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_ppid_reports_v\` (
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
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_parent_idx\` ON \`_ppid_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_opd_idx\` ON \`_ppid_reports_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_updated_at_idx\` ON \`_ppid_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version_created_at_idx\` ON \`_ppid_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_version_version__status_idx\` ON \`_ppid_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_created_at_idx\` ON \`_ppid_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_updated_at_idx\` ON \`_ppid_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppid_reports_v_latest_idx\` ON \`_ppid_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`complaints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`opd_id\` integer NOT NULL,
  	\`ticket\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`due_at\` text NOT NULL,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`message\` text NOT NULL,
  	\`reporter_name\` text NOT NULL,
  	\`reporter_email\` text,
  	\`reporter_phone\` text,
  	\`reporter_nik\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`complaints_opd_idx\` ON \`complaints\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`complaints_updated_at_idx\` ON \`complaints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`complaints_created_at_idx\` ON \`complaints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
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
  await db.run(sql`CREATE INDEX \`news_opd_idx\` ON \`news\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
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
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_opd_idx\` ON \`_news_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`emergency_notices\` (
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
  await db.run(sql`CREATE INDEX \`emergency_notices_opd_idx\` ON \`emergency_notices\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices_updated_at_idx\` ON \`emergency_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices_created_at_idx\` ON \`emergency_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`emergency_notices__status_idx\` ON \`emergency_notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_emergency_notices_v\` (
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
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_parent_idx\` ON \`_emergency_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_opd_idx\` ON \`_emergency_notices_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_updated_at_idx\` ON \`_emergency_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version_created_at_idx\` ON \`_emergency_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_version_version__status_idx\` ON \`_emergency_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_created_at_idx\` ON \`_emergency_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_updated_at_idx\` ON \`_emergency_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_emergency_notices_v_latest_idx\` ON \`_emergency_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
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
  await db.run(sql`CREATE INDEX \`legal_documents_opd_idx\` ON \`legal_documents\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_supersedes_idx\` ON \`legal_documents\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_file_idx\` ON \`legal_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v\` (
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
  await db.run(sql`CREATE TABLE \`datasets_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`format\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`datasets_files_order_idx\` ON \`datasets_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`datasets_files_parent_id_idx\` ON \`datasets_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_files_file_idx\` ON \`datasets_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`datasets\` (
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
  await db.run(sql`CREATE INDEX \`datasets_opd_idx\` ON \`datasets\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_updated_at_idx\` ON \`datasets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets_created_at_idx\` ON \`datasets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`format\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_files_order_idx\` ON \`_datasets_v_version_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_files_parent_id_idx\` ON \`_datasets_v_version_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_files_file_idx\` ON \`_datasets_v_version_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v\` (
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
  await db.run(sql`CREATE INDEX \`_datasets_v_parent_idx\` ON \`_datasets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_opd_idx\` ON \`_datasets_v\` (\`version_opd_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_updated_at_idx\` ON \`_datasets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_created_at_idx\` ON \`_datasets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_created_at_idx\` ON \`_datasets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_updated_at_idx\` ON \`_datasets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_latest_idx\` ON \`_datasets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`opd_id\` integer,
  	\`public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_opd_idx\` ON \`media\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`opd_id\` integer,
  	\`public\` integer DEFAULT false,
  	\`sha256\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`opd_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_opd_idx\` ON \`documents\` (\`opd_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'opd-editor' NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`opds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opds_id\`) REFERENCES \`opds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_opds_id_idx\` ON \`users_rels\` (\`opds_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`province\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`region_code\` text NOT NULL,
  	\`domain\` text NOT NULL,
  	\`lpse_url\` text NOT NULL,
  	\`sirup_url\` text NOT NULL,
  	\`ppid_url\` text NOT NULL,
  	\`open_data_url\` text NOT NULL,
  	\`lapor_url\` text NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`opds\`;`)
  await db.run(sql`DROP TABLE \`opd_profiles_sub_units\`;`)
  await db.run(sql`DROP TABLE \`opd_profiles_affairs\`;`)
  await db.run(sql`DROP TABLE \`opd_profiles\`;`)
  await db.run(sql`DROP TABLE \`_opd_profiles_v_version_sub_units\`;`)
  await db.run(sql`DROP TABLE \`_opd_profiles_v_version_affairs\`;`)
  await db.run(sql`DROP TABLE \`_opd_profiles_v\`;`)
  await db.run(sql`DROP TABLE \`visions_missions\`;`)
  await db.run(sql`DROP TABLE \`visions\`;`)
  await db.run(sql`DROP TABLE \`_visions_v_version_missions\`;`)
  await db.run(sql`DROP TABLE \`_visions_v\`;`)
  await db.run(sql`DROP TABLE \`goals_indicators\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`DROP TABLE \`targets_indicators\`;`)
  await db.run(sql`DROP TABLE \`targets\`;`)
  await db.run(sql`DROP TABLE \`_targets_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_targets_v\`;`)
  await db.run(sql`DROP TABLE \`programmes_indicators\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`planning_documents\`;`)
  await db.run(sql`DROP TABLE \`_planning_documents_v\`;`)
  await db.run(sql`DROP TABLE \`budget_realisations_lines\`;`)
  await db.run(sql`DROP TABLE \`budget_realisations\`;`)
  await db.run(sql`DROP TABLE \`_budget_realisations_v_version_lines\`;`)
  await db.run(sql`DROP TABLE \`_budget_realisations_v\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v\`;`)
  await db.run(sql`DROP TABLE \`skm_results\`;`)
  await db.run(sql`DROP TABLE \`_skm_results_v\`;`)
  await db.run(sql`DROP TABLE \`ppid_entries\`;`)
  await db.run(sql`DROP TABLE \`_ppid_entries_v\`;`)
  await db.run(sql`DROP TABLE \`ppid_reports\`;`)
  await db.run(sql`DROP TABLE \`_ppid_reports_v\`;`)
  await db.run(sql`DROP TABLE \`complaints\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`emergency_notices\`;`)
  await db.run(sql`DROP TABLE \`_emergency_notices_v\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`datasets_files\`;`)
  await db.run(sql`DROP TABLE \`datasets\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`province\`;`)
}
