import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Licence values became GraphQL-safe identifiers (cc-by-4.0 -> cc_by_4_0); stored values are converted.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "datasets" ALTER COLUMN "licence" SET DATA TYPE text;
  UPDATE "datasets" SET "licence" = replace(replace("licence", '-', '_'), '.', '_');
  DROP TYPE "public"."enum_datasets_licence";
  CREATE TYPE "public"."enum_datasets_licence" AS ENUM('cc_by_4_0', 'cc0_1_0', 'odbl_1_0');
  ALTER TABLE "datasets" ALTER COLUMN "licence" SET DATA TYPE "public"."enum_datasets_licence" USING "licence"::"public"."enum_datasets_licence";
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_licence" SET DATA TYPE text;
  UPDATE "_datasets_v" SET "version_licence" = replace(replace("version_licence", '-', '_'), '.', '_');
  DROP TYPE "public"."enum__datasets_v_version_licence";
  CREATE TYPE "public"."enum__datasets_v_version_licence" AS ENUM('cc_by_4_0', 'cc0_1_0', 'odbl_1_0');
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_licence" SET DATA TYPE "public"."enum__datasets_v_version_licence" USING "version_licence"::"public"."enum__datasets_v_version_licence";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "datasets" ALTER COLUMN "licence" SET DATA TYPE text;
  DROP TYPE "public"."enum_datasets_licence";
  CREATE TYPE "public"."enum_datasets_licence" AS ENUM('cc-by-4.0', 'cc0-1.0', 'odbl-1.0');
  ALTER TABLE "datasets" ALTER COLUMN "licence" SET DATA TYPE "public"."enum_datasets_licence" USING "licence"::"public"."enum_datasets_licence";
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_licence" SET DATA TYPE text;
  DROP TYPE "public"."enum__datasets_v_version_licence";
  CREATE TYPE "public"."enum__datasets_v_version_licence" AS ENUM('cc-by-4.0', 'cc0-1.0', 'odbl-1.0');
  ALTER TABLE "_datasets_v" ALTER COLUMN "version_licence" SET DATA TYPE "public"."enum__datasets_v_version_licence" USING "version_licence"::"public"."enum__datasets_v_version_licence";`)
}
