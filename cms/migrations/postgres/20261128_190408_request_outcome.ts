import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_information_requests_decision_outcome" AS ENUM('granted', 'partly', 'refused');
  ALTER TABLE "information_requests" ADD COLUMN "decision_outcome" "enum_information_requests_decision_outcome";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "information_requests" DROP COLUMN "decision_outcome";
  DROP TYPE "public"."enum_information_requests_decision_outcome";`)
}
