import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`complaints\` ADD \`personal_data_erased_at\` text;`)
  await db.run(sql`CREATE INDEX \`complaints_personal_data_erased_at_idx\` ON \`complaints\` (\`personal_data_erased_at\`);`)
  await db.run(sql`ALTER TABLE \`information_requests\` ADD \`personal_data_erased_at\` text;`)
  await db.run(sql`CREATE INDEX \`information_requests_personal_data_erased_at_idx\` ON \`information_requests\` (\`personal_data_erased_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`complaints_personal_data_erased_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`complaints\` DROP COLUMN \`personal_data_erased_at\`;`)
  await db.run(sql`DROP INDEX \`information_requests_personal_data_erased_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`information_requests\` DROP COLUMN \`personal_data_erased_at\`;`)
}
