import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'erase-personal-data';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'erase-personal-data';
  CREATE TABLE "citizen_settings_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "citizen_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"complaint_days" numeric DEFAULT 5 NOT NULL,
  	"retention_days" numeric DEFAULT 730 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "citizen_settings_holidays" ADD CONSTRAINT "citizen_settings_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citizen_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "citizen_settings_holidays_order_idx" ON "citizen_settings_holidays" USING btree ("_order");
  CREATE INDEX "citizen_settings_holidays_parent_id_idx" ON "citizen_settings_holidays" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "citizen_settings_holidays" CASCADE;
  DROP TABLE "citizen_settings" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance', 'check-links', 'send-notifications', 'workflow-schedule', 'review-reminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance', 'check-links', 'send-notifications', 'workflow-schedule', 'review-reminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
