import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_information_requests_format" AS ENUM('softcopy', 'hardcopy', 'melihat');
  CREATE TYPE "public"."enum_information_requests_status" AS ENUM('received', 'extended', 'granted', 'partly', 'refused', 'objected', 'objection_answered');
  CREATE TYPE "public"."enum_information_requests_decision_exemption" AS ENUM('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
  CREATE TYPE "public"."enum_information_requests_objection_ground" AS ENUM('a', 'b', 'c', 'd', 'e', 'f', 'g');
  ALTER TYPE "public"."enum_compliance_overrides_rule" ADD VALUE 'opd.ppid.permohonan.tepat_waktu' BEFORE 'provinsi.rpjpd';
  ALTER TYPE "public"."enum__compliance_overrides_v_version_rule" ADD VALUE 'opd.ppid.permohonan.tepat_waktu' BEFORE 'provinsi.rpjpd';
  CREATE TABLE "information_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"ticket" varchar,
  	"opd_id" integer NOT NULL,
  	"information" varchar NOT NULL,
  	"purpose" varchar NOT NULL,
  	"format" "enum_information_requests_format" DEFAULT 'softcopy' NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"applicant_nik" varchar NOT NULL,
  	"applicant_address" varchar,
  	"applicant_email" varchar,
  	"applicant_phone" varchar,
  	"status" "enum_information_requests_status" DEFAULT 'received' NOT NULL,
  	"received_at" varchar,
  	"due_at" varchar,
  	"extension_reason" varchar,
  	"extension_extended_at" varchar,
  	"decision_response" varchar,
  	"decision_exemption" "enum_information_requests_decision_exemption",
  	"decision_exemption_reasoning" varchar,
  	"decision_decided_at" varchar,
  	"objection_ground" "enum_information_requests_objection_ground",
  	"objection_explanation" varchar,
  	"objection_filed_at" varchar,
  	"objection_due_at" varchar,
  	"objection_response" varchar,
  	"objection_answered_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "information_requests_id" integer;
  ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "information_requests_ticket_idx" ON "information_requests" USING btree ("ticket");
  CREATE INDEX "information_requests_opd_idx" ON "information_requests" USING btree ("opd_id");
  CREATE INDEX "information_requests_status_idx" ON "information_requests" USING btree ("status");
  CREATE INDEX "information_requests_due_at_idx" ON "information_requests" USING btree ("due_at");
  CREATE INDEX "information_requests_updated_at_idx" ON "information_requests" USING btree ("updated_at");
  CREATE INDEX "information_requests_created_at_idx" ON "information_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_information_requests_fk" FOREIGN KEY ("information_requests_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_information_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("information_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "information_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "information_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_information_requests_fk";
  
  ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_compliance_overrides_rule";
  CREATE TYPE "public"."enum_compliance_overrides_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'opd.tautan.aktif', 'opd.aduan.tepat_waktu', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan', 'provinsi.tautan.aktif');
  ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_compliance_overrides_rule" USING "rule"::"public"."enum_compliance_overrides_rule";
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE text;
  DROP TYPE "public"."enum__compliance_overrides_v_version_rule";
  CREATE TYPE "public"."enum__compliance_overrides_v_version_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'opd.tautan.aktif', 'opd.aduan.tepat_waktu', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan', 'provinsi.tautan.aktif');
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE "public"."enum__compliance_overrides_v_version_rule" USING "version_rule"::"public"."enum__compliance_overrides_v_version_rule";
  DROP INDEX "payload_locked_documents_rels_information_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "information_requests_id";
  DROP TYPE "public"."enum_information_requests_format";
  DROP TYPE "public"."enum_information_requests_status";
  DROP TYPE "public"."enum_information_requests_decision_exemption";
  DROP TYPE "public"."enum_information_requests_objection_ground";`)
}
