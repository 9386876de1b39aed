import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaints" ADD COLUMN "personal_data_erased_at" varchar;
  ALTER TABLE "information_requests" ADD COLUMN "personal_data_erased_at" varchar;
  CREATE INDEX "complaints_personal_data_erased_at_idx" ON "complaints" USING btree ("personal_data_erased_at");
  CREATE INDEX "information_requests_personal_data_erased_at_idx" ON "information_requests" USING btree ("personal_data_erased_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "complaints_personal_data_erased_at_idx";
  DROP INDEX "information_requests_personal_data_erased_at_idx";
  ALTER TABLE "complaints" DROP COLUMN "personal_data_erased_at";
  ALTER TABLE "information_requests" DROP COLUMN "personal_data_erased_at";`)
}
