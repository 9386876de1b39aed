import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Licence values became GraphQL-safe identifiers (cc-by-4.0 -> cc_by_4_0); SQLite stores them as text.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of ['datasets', '_datasets_v']) {
    const column = table === 'datasets' ? 'licence' : 'version_licence'
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`${column}\` = replace(replace(\`${column}\`, '-', '_'), '.', '_');`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['datasets', '_datasets_v']) {
    const column = table === 'datasets' ? 'licence' : 'version_licence'
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`${column}\` = CASE \`${column}\` WHEN 'cc_by_4_0' THEN 'cc-by-4.0' WHEN 'cc0_1_0' THEN 'cc0-1.0' WHEN 'odbl_1_0' THEN 'odbl-1.0' ELSE \`${column}\` END;`))
  }
}
