import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`citizen_settings_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`citizen_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citizen_settings_holidays_order_idx\` ON \`citizen_settings_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`citizen_settings_holidays_parent_id_idx\` ON \`citizen_settings_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`citizen_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`complaint_days\` numeric DEFAULT 5 NOT NULL,
  	\`retention_days\` numeric DEFAULT 730 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`citizen_settings_holidays\`;`)
  await db.run(sql`DROP TABLE \`citizen_settings\`;`)
}
