import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_opd_redirects_kind" AS ENUM('rename', 'merge', 'split');
  CREATE TABLE "opd_redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_id" integer NOT NULL,
  	"kind" "enum_opd_redirects_kind" NOT NULL,
  	"reason" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opd_redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"opds_id" integer
  );
  
  ALTER TABLE "opds" ADD COLUMN "dissolved_at" timestamp(3) with time zone;
  ALTER TABLE "opds" ADD COLUMN "successor_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opd_redirects_id" integer;
  ALTER TABLE "opd_redirects" ADD CONSTRAINT "opd_redirects_to_id_opds_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opd_redirects_rels" ADD CONSTRAINT "opd_redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."opd_redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opd_redirects_rels" ADD CONSTRAINT "opd_redirects_rels_opds_fk" FOREIGN KEY ("opds_id") REFERENCES "public"."opds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "opd_redirects_from_idx" ON "opd_redirects" USING btree ("from");
  CREATE INDEX "opd_redirects_to_idx" ON "opd_redirects" USING btree ("to_id");
  CREATE INDEX "opd_redirects_updated_at_idx" ON "opd_redirects" USING btree ("updated_at");
  CREATE INDEX "opd_redirects_created_at_idx" ON "opd_redirects" USING btree ("created_at");
  CREATE INDEX "opd_redirects_rels_order_idx" ON "opd_redirects_rels" USING btree ("order");
  CREATE INDEX "opd_redirects_rels_parent_idx" ON "opd_redirects_rels" USING btree ("parent_id");
  CREATE INDEX "opd_redirects_rels_path_idx" ON "opd_redirects_rels" USING btree ("path");
  CREATE INDEX "opd_redirects_rels_opds_id_idx" ON "opd_redirects_rels" USING btree ("opds_id");
  ALTER TABLE "opds" ADD CONSTRAINT "opds_successor_id_opds_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."opds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opd_redirects_fk" FOREIGN KEY ("opd_redirects_id") REFERENCES "public"."opd_redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "opds_dissolved_at_idx" ON "opds" USING btree ("dissolved_at");
  CREATE INDEX "opds_successor_idx" ON "opds" USING btree ("successor_id");
  CREATE INDEX "payload_locked_documents_rels_opd_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("opd_redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "opd_redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opd_redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "opd_redirects" CASCADE;
  DROP TABLE "opd_redirects_rels" CASCADE;
  ALTER TABLE "opds" DROP CONSTRAINT "opds_successor_id_opds_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opd_redirects_fk";
  
  DROP INDEX "opds_dissolved_at_idx";
  DROP INDEX "opds_successor_idx";
  DROP INDEX "payload_locked_documents_rels_opd_redirects_id_idx";
  ALTER TABLE "opds" DROP COLUMN "dissolved_at";
  ALTER TABLE "opds" DROP COLUMN "successor_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opd_redirects_id";
  DROP TYPE "public"."enum_opd_redirects_kind";`)
}
