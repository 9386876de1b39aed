import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_compliance_overrides_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan');
  CREATE TYPE "public"."enum__compliance_overrides_v_version_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan');
  CREATE TABLE "compliance_overrides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rule" "enum_compliance_overrides_rule" NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"weight" numeric,
  	"max_age_days" numeric,
  	"reason" varchar NOT NULL,
  	"changed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_compliance_overrides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_rule" "enum__compliance_overrides_v_version_rule" NOT NULL,
  	"version_enabled" boolean DEFAULT true,
  	"version_weight" numeric,
  	"version_max_age_days" numeric,
  	"version_reason" varchar NOT NULL,
  	"version_changed_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "compliance_overrides_id" integer;
  ALTER TABLE "compliance_overrides" ADD CONSTRAINT "compliance_overrides_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_compliance_overrides_v" ADD CONSTRAINT "_compliance_overrides_v_parent_id_compliance_overrides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."compliance_overrides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_compliance_overrides_v" ADD CONSTRAINT "_compliance_overrides_v_version_changed_by_id_users_id_fk" FOREIGN KEY ("version_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "compliance_overrides_rule_idx" ON "compliance_overrides" USING btree ("rule");
  CREATE INDEX "compliance_overrides_changed_by_idx" ON "compliance_overrides" USING btree ("changed_by_id");
  CREATE INDEX "compliance_overrides_updated_at_idx" ON "compliance_overrides" USING btree ("updated_at");
  CREATE INDEX "compliance_overrides_created_at_idx" ON "compliance_overrides" USING btree ("created_at");
  CREATE INDEX "_compliance_overrides_v_parent_idx" ON "_compliance_overrides_v" USING btree ("parent_id");
  CREATE INDEX "_compliance_overrides_v_version_version_rule_idx" ON "_compliance_overrides_v" USING btree ("version_rule");
  CREATE INDEX "_compliance_overrides_v_version_version_changed_by_idx" ON "_compliance_overrides_v" USING btree ("version_changed_by_id");
  CREATE INDEX "_compliance_overrides_v_version_version_updated_at_idx" ON "_compliance_overrides_v" USING btree ("version_updated_at");
  CREATE INDEX "_compliance_overrides_v_version_version_created_at_idx" ON "_compliance_overrides_v" USING btree ("version_created_at");
  CREATE INDEX "_compliance_overrides_v_created_at_idx" ON "_compliance_overrides_v" USING btree ("created_at");
  CREATE INDEX "_compliance_overrides_v_updated_at_idx" ON "_compliance_overrides_v" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_compliance_overrides_fk" FOREIGN KEY ("compliance_overrides_id") REFERENCES "public"."compliance_overrides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_compliance_overrides_id_idx" ON "payload_locked_documents_rels" USING btree ("compliance_overrides_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "compliance_overrides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_compliance_overrides_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "compliance_overrides" CASCADE;
  DROP TABLE "_compliance_overrides_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_compliance_overrides_fk";
  
  DROP INDEX "payload_locked_documents_rels_compliance_overrides_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "compliance_overrides_id";
  DROP TYPE "public"."enum_compliance_overrides_rule";
  DROP TYPE "public"."enum__compliance_overrides_v_version_rule";`)
}
