import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_compliance_overrides_rule" ADD VALUE 'opd.tautan.aktif' BEFORE 'provinsi.rpjpd';
  ALTER TYPE "public"."enum_compliance_overrides_rule" ADD VALUE 'provinsi.tautan.aktif';
  ALTER TYPE "public"."enum__compliance_overrides_v_version_rule" ADD VALUE 'opd.tautan.aktif' BEFORE 'provinsi.rpjpd';
  ALTER TYPE "public"."enum__compliance_overrides_v_version_rule" ADD VALUE 'provinsi.tautan.aktif';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'check-links';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'check-links';
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"ok" boolean DEFAULT false NOT NULL,
  	"status" numeric,
  	"error" varchar,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"broken_since" timestamp(3) with time zone,
  	"used_in" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "link_checks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_compliance_overrides_rule";
  CREATE TYPE "public"."enum_compliance_overrides_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan');
  ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_compliance_overrides_rule" USING "rule"::"public"."enum_compliance_overrides_rule";
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE text;
  DROP TYPE "public"."enum__compliance_overrides_v_version_rule";
  CREATE TYPE "public"."enum__compliance_overrides_v_version_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan');
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE "public"."enum__compliance_overrides_v_version_rule" USING "version_rule"::"public"."enum__compliance_overrides_v_version_rule";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'rebuild-site', 'store-compliance');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";`)
}
