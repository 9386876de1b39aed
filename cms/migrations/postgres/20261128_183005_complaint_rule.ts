import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_compliance_overrides_rule" ADD VALUE 'opd.aduan.tepat_waktu' BEFORE 'provinsi.rpjpd';
  ALTER TYPE "public"."enum__compliance_overrides_v_version_rule" ADD VALUE 'opd.aduan.tepat_waktu' BEFORE 'provinsi.rpjpd';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_compliance_overrides_rule";
  CREATE TYPE "public"."enum_compliance_overrides_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'opd.tautan.aktif', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan', 'provinsi.tautan.aktif');
  ALTER TABLE "compliance_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_compliance_overrides_rule" USING "rule"::"public"."enum_compliance_overrides_rule";
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE text;
  DROP TYPE "public"."enum__compliance_overrides_v_version_rule";
  CREATE TYPE "public"."enum__compliance_overrides_v_version_rule" AS ENUM('opd.profil.ada', 'opd.profil.segar', 'opd.renstra.berlaku', 'opd.renja.tahun_ini', 'opd.tujuan.kaskade', 'opd.program.tahun_ini', 'opd.realisasi.triwulan', 'opd.realisasi.pagu', 'opd.layanan.ada', 'opd.layanan.segar', 'opd.skm.tahunan', 'opd.ppid.daftar', 'opd.ppid.laporan', 'opd.tautan.aktif', 'provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'provinsi.visi', 'provinsi.instansi_vertikal', 'provinsi.kanal_pengaduan', 'provinsi.tautan.aktif');
  ALTER TABLE "_compliance_overrides_v" ALTER COLUMN "version_rule" SET DATA TYPE "public"."enum__compliance_overrides_v_version_rule" USING "version_rule"::"public"."enum__compliance_overrides_v_version_rule";`)
}
