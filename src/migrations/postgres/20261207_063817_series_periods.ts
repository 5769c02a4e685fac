import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { datasetsIntoSeries } from '../steps/datasetsIntoSeries'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_reports_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum_reports_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum_reports_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum_reports_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum__reports_v_version_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum__reports_v_version_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum__reports_v_version_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum__reports_v_version_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum_chapters_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum_chapters_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum_chapters_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum_chapters_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum__chapters_v_version_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum__chapters_v_version_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum__chapters_v_version_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum__chapters_v_version_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum_featured_articles_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum_featured_articles_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum_featured_articles_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum_featured_articles_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum__featured_articles_v_version_key_figures_operation" ADD VALUE 'change';
  ALTER TYPE "public"."enum__featured_articles_v_version_key_figures_operation" ADD VALUE 'growth';
  ALTER TYPE "public"."enum__featured_articles_v_version_key_figures_operation" ADD VALUE 'series';
  ALTER TYPE "public"."enum__featured_articles_v_version_figure_check_status" ADD VALUE 'awaiting';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'reportRolledForward';
  ALTER TABLE "reports_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "reports_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_reports_v_version_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "_reports_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "chapters_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "chapters_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_chapters_v_version_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "_chapters_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "featured_articles_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "featured_articles_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_featured_articles_v_version_key_figures" ADD COLUMN "awaiting_data" jsonb;
  ALTER TABLE "_featured_articles_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "datasets" ADD COLUMN "series" varchar;
  ALTER TABLE "_datasets_v" ADD COLUMN "version_series" varchar;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_rels_datasets_id_idx" ON "reports_rels" USING btree ("datasets_id");
  CREATE INDEX "_reports_v_rels_datasets_id_idx" ON "_reports_v_rels" USING btree ("datasets_id");
  CREATE INDEX "chapters_rels_datasets_id_idx" ON "chapters_rels" USING btree ("datasets_id");
  CREATE INDEX "_chapters_v_rels_datasets_id_idx" ON "_chapters_v_rels" USING btree ("datasets_id");
  CREATE INDEX "featured_articles_rels_datasets_id_idx" ON "featured_articles_rels" USING btree ("datasets_id");
  CREATE INDEX "_featured_articles_v_rels_datasets_id_idx" ON "_featured_articles_v_rels" USING btree ("datasets_id");
  CREATE INDEX "datasets_series_idx" ON "datasets" USING btree ("series");
  CREATE UNIQUE INDEX "series_period_idx" ON "datasets" USING btree ("series","period");
  CREATE INDEX "_datasets_v_version_version_series_idx" ON "_datasets_v" USING btree ("version_series");
  CREATE INDEX "version_series_version_period_idx" ON "_datasets_v" USING btree ("version_series","version_period");`)
  // Every existing dataset becomes a series of one period (nothing else changes).
  await datasetsIntoSeries({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_rels" DROP CONSTRAINT "reports_rels_datasets_fk";
  
  ALTER TABLE "_reports_v_rels" DROP CONSTRAINT "_reports_v_rels_datasets_fk";
  
  ALTER TABLE "chapters_rels" DROP CONSTRAINT "chapters_rels_datasets_fk";
  
  ALTER TABLE "_chapters_v_rels" DROP CONSTRAINT "_chapters_v_rels_datasets_fk";
  
  ALTER TABLE "featured_articles_rels" DROP CONSTRAINT "featured_articles_rels_datasets_fk";
  
  ALTER TABLE "_featured_articles_v_rels" DROP CONSTRAINT "_featured_articles_v_rels_datasets_fk";
  
  ALTER TABLE "reports_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "reports_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum_reports_key_figures_operation";
  CREATE TYPE "public"."enum_reports_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "reports_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum_reports_key_figures_operation";
  ALTER TABLE "reports_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum_reports_key_figures_operation" USING "operation"::"public"."enum_reports_key_figures_operation";
  ALTER TABLE "reports" ALTER COLUMN "figure_check_status" SET DATA TYPE text;
  ALTER TABLE "reports" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum_reports_figure_check_status";
  CREATE TYPE "public"."enum_reports_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "reports" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::"public"."enum_reports_figure_check_status";
  ALTER TABLE "reports" ALTER COLUMN "figure_check_status" SET DATA TYPE "public"."enum_reports_figure_check_status" USING "figure_check_status"::"public"."enum_reports_figure_check_status";
  ALTER TABLE "_reports_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "_reports_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum__reports_v_version_key_figures_operation";
  CREATE TYPE "public"."enum__reports_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "_reports_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum__reports_v_version_key_figures_operation";
  ALTER TABLE "_reports_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum__reports_v_version_key_figures_operation" USING "operation"::"public"."enum__reports_v_version_key_figures_operation";
  ALTER TABLE "_reports_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE text;
  ALTER TABLE "_reports_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum__reports_v_version_figure_check_status";
  CREATE TYPE "public"."enum__reports_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "_reports_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::"public"."enum__reports_v_version_figure_check_status";
  ALTER TABLE "_reports_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE "public"."enum__reports_v_version_figure_check_status" USING "version_figure_check_status"::"public"."enum__reports_v_version_figure_check_status";
  ALTER TABLE "chapters_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "chapters_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum_chapters_key_figures_operation";
  CREATE TYPE "public"."enum_chapters_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "chapters_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum_chapters_key_figures_operation";
  ALTER TABLE "chapters_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum_chapters_key_figures_operation" USING "operation"::"public"."enum_chapters_key_figures_operation";
  ALTER TABLE "chapters" ALTER COLUMN "figure_check_status" SET DATA TYPE text;
  ALTER TABLE "chapters" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum_chapters_figure_check_status";
  CREATE TYPE "public"."enum_chapters_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "chapters" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::"public"."enum_chapters_figure_check_status";
  ALTER TABLE "chapters" ALTER COLUMN "figure_check_status" SET DATA TYPE "public"."enum_chapters_figure_check_status" USING "figure_check_status"::"public"."enum_chapters_figure_check_status";
  ALTER TABLE "_chapters_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "_chapters_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum__chapters_v_version_key_figures_operation";
  CREATE TYPE "public"."enum__chapters_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "_chapters_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum__chapters_v_version_key_figures_operation";
  ALTER TABLE "_chapters_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum__chapters_v_version_key_figures_operation" USING "operation"::"public"."enum__chapters_v_version_key_figures_operation";
  ALTER TABLE "_chapters_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE text;
  ALTER TABLE "_chapters_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum__chapters_v_version_figure_check_status";
  CREATE TYPE "public"."enum__chapters_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "_chapters_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::"public"."enum__chapters_v_version_figure_check_status";
  ALTER TABLE "_chapters_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE "public"."enum__chapters_v_version_figure_check_status" USING "version_figure_check_status"::"public"."enum__chapters_v_version_figure_check_status";
  ALTER TABLE "featured_articles_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "featured_articles_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum_featured_articles_key_figures_operation";
  CREATE TYPE "public"."enum_featured_articles_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "featured_articles_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum_featured_articles_key_figures_operation";
  ALTER TABLE "featured_articles_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum_featured_articles_key_figures_operation" USING "operation"::"public"."enum_featured_articles_key_figures_operation";
  ALTER TABLE "featured_articles" ALTER COLUMN "figure_check_status" SET DATA TYPE text;
  ALTER TABLE "featured_articles" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum_featured_articles_figure_check_status";
  CREATE TYPE "public"."enum_featured_articles_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "featured_articles" ALTER COLUMN "figure_check_status" SET DEFAULT 'unchecked'::"public"."enum_featured_articles_figure_check_status";
  ALTER TABLE "featured_articles" ALTER COLUMN "figure_check_status" SET DATA TYPE "public"."enum_featured_articles_figure_check_status" USING "figure_check_status"::"public"."enum_featured_articles_figure_check_status";
  ALTER TABLE "_featured_articles_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE text;
  ALTER TABLE "_featured_articles_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::text;
  DROP TYPE "public"."enum__featured_articles_v_version_key_figures_operation";
  CREATE TYPE "public"."enum__featured_articles_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  ALTER TABLE "_featured_articles_v_version_key_figures" ALTER COLUMN "operation" SET DEFAULT 'record'::"public"."enum__featured_articles_v_version_key_figures_operation";
  ALTER TABLE "_featured_articles_v_version_key_figures" ALTER COLUMN "operation" SET DATA TYPE "public"."enum__featured_articles_v_version_key_figures_operation" USING "operation"::"public"."enum__featured_articles_v_version_key_figures_operation";
  ALTER TABLE "_featured_articles_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE text;
  ALTER TABLE "_featured_articles_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::text;
  DROP TYPE "public"."enum__featured_articles_v_version_figure_check_status";
  CREATE TYPE "public"."enum__featured_articles_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  ALTER TABLE "_featured_articles_v" ALTER COLUMN "version_figure_check_status" SET DEFAULT 'unchecked'::"public"."enum__featured_articles_v_version_figure_check_status";
  ALTER TABLE "_featured_articles_v" ALTER COLUMN "version_figure_check_status" SET DATA TYPE "public"."enum__featured_articles_v_version_figure_check_status" USING "version_figure_check_status"::"public"."enum__featured_articles_v_version_figure_check_status";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('stageChanged', 'published', 'unpublished', 'publishRefused', 'stageRefused', 'scheduledPublishFailed', 'created', 'changed', 'deleted', 'deleteRefused', 'reportPublished', 'reportPublishRefused');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "reports_rels_datasets_id_idx";
  DROP INDEX "_reports_v_rels_datasets_id_idx";
  DROP INDEX "chapters_rels_datasets_id_idx";
  DROP INDEX "_chapters_v_rels_datasets_id_idx";
  DROP INDEX "featured_articles_rels_datasets_id_idx";
  DROP INDEX "_featured_articles_v_rels_datasets_id_idx";
  DROP INDEX "datasets_series_idx";
  DROP INDEX "series_period_idx";
  DROP INDEX "_datasets_v_version_version_series_idx";
  DROP INDEX "version_series_version_period_idx";
  ALTER TABLE "reports_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "reports_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_reports_v_version_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "_reports_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "chapters_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "chapters_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_chapters_v_version_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "_chapters_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "featured_articles_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "featured_articles_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_featured_articles_v_version_key_figures" DROP COLUMN "awaiting_data";
  ALTER TABLE "_featured_articles_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "datasets" DROP COLUMN "series";
  ALTER TABLE "_datasets_v" DROP COLUMN "version_series";`)
}
