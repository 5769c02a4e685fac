import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'generateReportPdf' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'generateReportPdf' BEFORE 'schedulePublish';
  CREATE TABLE "report_pdfs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer NOT NULL,
  	"latest" boolean DEFAULT false,
  	"sha256" varchar NOT NULL,
  	"generated_at" timestamp(3) with time zone NOT NULL,
  	"pages" numeric,
  	"figures" numeric,
  	"verified_at" timestamp(3) with time zone,
  	"dataset_versions" jsonb,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "concurrency_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_pdfs_id" integer;
  ALTER TABLE "report_pdfs" ADD CONSTRAINT "report_pdfs_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "report_pdfs_report_idx" ON "report_pdfs" USING btree ("report_id");
  CREATE INDEX "report_pdfs_latest_idx" ON "report_pdfs" USING btree ("latest");
  CREATE INDEX "report_pdfs_sha256_idx" ON "report_pdfs" USING btree ("sha256");
  CREATE INDEX "report_pdfs_updated_at_idx" ON "report_pdfs" USING btree ("updated_at");
  CREATE INDEX "report_pdfs_created_at_idx" ON "report_pdfs" USING btree ("created_at");
  CREATE UNIQUE INDEX "report_pdfs_filename_idx" ON "report_pdfs" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_pdfs_fk" FOREIGN KEY ("report_pdfs_id") REFERENCES "public"."report_pdfs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_locked_documents_rels_report_pdfs_id_idx" ON "payload_locked_documents_rels" USING btree ("report_pdfs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "report_pdfs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "report_pdfs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_report_pdfs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  DROP INDEX "payload_locked_documents_rels_report_pdfs_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_pdfs_id";`)
}
