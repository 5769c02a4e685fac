import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum_reports_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum_reports_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum_reports_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum__reports_v_version_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum__reports_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum__reports_v_version_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum__reports_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum_chapters_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum_chapters_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum_chapters_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum_chapters_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum__chapters_v_version_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum__chapters_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum__chapters_v_version_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum__chapters_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum_featured_articles_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum_featured_articles_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum_featured_articles_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum_featured_articles_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum__featured_articles_v_version_key_figures_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TYPE "public"."enum__featured_articles_v_version_key_figures_operation" AS ENUM('record', 'sum', 'difference', 'percentage', 'ratio', 'average');
  CREATE TYPE "public"."enum__featured_articles_v_version_key_figures_rounding" AS ENUM('tolerant', 'half-up');
  CREATE TYPE "public"."enum__featured_articles_v_version_figure_check_status" AS ENUM('ok', 'mismatch', 'stale', 'unchecked');
  CREATE TYPE "public"."enum_datasets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__datasets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_dataset_records_unit" AS ENUM('count', 'percent', 'score', 'duration', 'euro', 'decimal');
  CREATE TABLE "reports_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum_reports_key_figures_unit" DEFAULT 'count',
  	"operation" "enum_reports_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum_reports_key_figures_rounding" DEFAULT 'tolerant'
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dataset_records_id" integer,
  	"datasets_id" integer
  );
  
  CREATE TABLE "_reports_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum__reports_v_version_key_figures_unit" DEFAULT 'count',
  	"operation" "enum__reports_v_version_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum__reports_v_version_key_figures_rounding" DEFAULT 'tolerant',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dataset_records_id" integer,
  	"datasets_id" integer
  );
  
  CREATE TABLE "chapters_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum_chapters_key_figures_unit" DEFAULT 'count',
  	"operation" "enum_chapters_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum_chapters_key_figures_rounding" DEFAULT 'tolerant'
  );
  
  CREATE TABLE "_chapters_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum__chapters_v_version_key_figures_unit" DEFAULT 'count',
  	"operation" "enum__chapters_v_version_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum__chapters_v_version_key_figures_rounding" DEFAULT 'tolerant',
  	"_uuid" varchar
  );
  
  CREATE TABLE "featured_articles_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum_featured_articles_key_figures_unit" DEFAULT 'count',
  	"operation" "enum_featured_articles_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum_featured_articles_key_figures_rounding" DEFAULT 'tolerant'
  );
  
  CREATE TABLE "_featured_articles_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"shown" varchar,
  	"unit" "enum__featured_articles_v_version_key_figures_unit" DEFAULT 'count',
  	"operation" "enum__featured_articles_v_version_key_figures_operation" DEFAULT 'record',
  	"record_id" integer,
  	"rounding" "enum__featured_articles_v_version_key_figures_rounding" DEFAULT 'tolerant',
  	"_uuid" varchar
  );
  
  CREATE TABLE "datasets_footing_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"total_id" integer
  );
  
  CREATE TABLE "datasets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"period" varchar,
  	"source" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_datasets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "datasets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dataset_records_id" integer
  );
  
  CREATE TABLE "_datasets_v_version_footing_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"total_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_datasets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_period" varchar,
  	"version_source" varchar,
  	"version_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__datasets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_datasets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"dataset_records_id" integer
  );
  
  CREATE TABLE "dataset_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dataset_id" integer NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL,
  	"unit" "enum_dataset_records_unit" DEFAULT 'count' NOT NULL,
  	"notes" varchar,
  	"picker_title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports" ADD COLUMN "figure_check_status" "enum_reports_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "reports" ADD COLUMN "figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "figure_check_figures" numeric;
  ALTER TABLE "reports" ADD COLUMN "figure_check_findings" jsonb;
  ALTER TABLE "_reports_v" ADD COLUMN "version_figure_check_status" "enum__reports_v_version_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "_reports_v" ADD COLUMN "version_figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_figure_check_figures" numeric;
  ALTER TABLE "_reports_v" ADD COLUMN "version_figure_check_findings" jsonb;
  ALTER TABLE "chapters" ADD COLUMN "figure_check_status" "enum_chapters_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "chapters" ADD COLUMN "figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "chapters" ADD COLUMN "figure_check_figures" numeric;
  ALTER TABLE "chapters" ADD COLUMN "figure_check_findings" jsonb;
  ALTER TABLE "chapters_rels" ADD COLUMN "dataset_records_id" integer;
  ALTER TABLE "chapters_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_figure_check_status" "enum__chapters_v_version_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "_chapters_v" ADD COLUMN "version_figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_figure_check_figures" numeric;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_figure_check_findings" jsonb;
  ALTER TABLE "_chapters_v_rels" ADD COLUMN "dataset_records_id" integer;
  ALTER TABLE "_chapters_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "featured_articles" ADD COLUMN "figure_check_status" "enum_featured_articles_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "featured_articles" ADD COLUMN "figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "featured_articles" ADD COLUMN "figure_check_figures" numeric;
  ALTER TABLE "featured_articles" ADD COLUMN "figure_check_findings" jsonb;
  ALTER TABLE "featured_articles_rels" ADD COLUMN "dataset_records_id" integer;
  ALTER TABLE "featured_articles_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_figure_check_status" "enum__featured_articles_v_version_figure_check_status" DEFAULT 'unchecked';
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_figure_check_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_figure_check_figures" numeric;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_figure_check_findings" jsonb;
  ALTER TABLE "_featured_articles_v_rels" ADD COLUMN "dataset_records_id" integer;
  ALTER TABLE "_featured_articles_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dataset_records_id" integer;
  ALTER TABLE "reports_key_figures" ADD CONSTRAINT "reports_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_key_figures" ADD CONSTRAINT "reports_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_key_figures" ADD CONSTRAINT "_reports_v_version_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_key_figures" ADD CONSTRAINT "_reports_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_key_figures" ADD CONSTRAINT "chapters_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_key_figures" ADD CONSTRAINT "chapters_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_key_figures" ADD CONSTRAINT "_chapters_v_version_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_key_figures" ADD CONSTRAINT "_chapters_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_key_figures" ADD CONSTRAINT "featured_articles_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles_key_figures" ADD CONSTRAINT "featured_articles_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_key_figures" ADD CONSTRAINT "_featured_articles_v_version_key_figures_record_id_dataset_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_key_figures" ADD CONSTRAINT "_featured_articles_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_featured_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_footing_rules" ADD CONSTRAINT "datasets_footing_rules_total_id_dataset_records_id_fk" FOREIGN KEY ("total_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "datasets_footing_rules" ADD CONSTRAINT "datasets_footing_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_rels" ADD CONSTRAINT "datasets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "datasets_rels" ADD CONSTRAINT "datasets_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v_version_footing_rules" ADD CONSTRAINT "_datasets_v_version_footing_rules_total_id_dataset_records_id_fk" FOREIGN KEY ("total_id") REFERENCES "public"."dataset_records"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v_version_footing_rules" ADD CONSTRAINT "_datasets_v_version_footing_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v" ADD CONSTRAINT "_datasets_v_parent_id_datasets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_datasets_v_rels" ADD CONSTRAINT "_datasets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_datasets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_datasets_v_rels" ADD CONSTRAINT "_datasets_v_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dataset_records" ADD CONSTRAINT "dataset_records_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_key_figures_order_idx" ON "reports_key_figures" USING btree ("_order");
  CREATE INDEX "reports_key_figures_parent_id_idx" ON "reports_key_figures" USING btree ("_parent_id");
  CREATE INDEX "reports_key_figures_record_idx" ON "reports_key_figures" USING btree ("record_id");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_dataset_records_id_idx" ON "reports_rels" USING btree ("dataset_records_id");
  CREATE INDEX "reports_rels_datasets_id_idx" ON "reports_rels" USING btree ("datasets_id");
  CREATE INDEX "_reports_v_version_key_figures_order_idx" ON "_reports_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_reports_v_version_key_figures_parent_id_idx" ON "_reports_v_version_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_key_figures_record_idx" ON "_reports_v_version_key_figures" USING btree ("record_id");
  CREATE INDEX "_reports_v_rels_order_idx" ON "_reports_v_rels" USING btree ("order");
  CREATE INDEX "_reports_v_rels_parent_idx" ON "_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_reports_v_rels_path_idx" ON "_reports_v_rels" USING btree ("path");
  CREATE INDEX "_reports_v_rels_dataset_records_id_idx" ON "_reports_v_rels" USING btree ("dataset_records_id");
  CREATE INDEX "_reports_v_rels_datasets_id_idx" ON "_reports_v_rels" USING btree ("datasets_id");
  CREATE INDEX "chapters_key_figures_order_idx" ON "chapters_key_figures" USING btree ("_order");
  CREATE INDEX "chapters_key_figures_parent_id_idx" ON "chapters_key_figures" USING btree ("_parent_id");
  CREATE INDEX "chapters_key_figures_record_idx" ON "chapters_key_figures" USING btree ("record_id");
  CREATE INDEX "_chapters_v_version_key_figures_order_idx" ON "_chapters_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_chapters_v_version_key_figures_parent_id_idx" ON "_chapters_v_version_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_chapters_v_version_key_figures_record_idx" ON "_chapters_v_version_key_figures" USING btree ("record_id");
  CREATE INDEX "featured_articles_key_figures_order_idx" ON "featured_articles_key_figures" USING btree ("_order");
  CREATE INDEX "featured_articles_key_figures_parent_id_idx" ON "featured_articles_key_figures" USING btree ("_parent_id");
  CREATE INDEX "featured_articles_key_figures_record_idx" ON "featured_articles_key_figures" USING btree ("record_id");
  CREATE INDEX "_featured_articles_v_version_key_figures_order_idx" ON "_featured_articles_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_featured_articles_v_version_key_figures_parent_id_idx" ON "_featured_articles_v_version_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_featured_articles_v_version_key_figures_record_idx" ON "_featured_articles_v_version_key_figures" USING btree ("record_id");
  CREATE INDEX "datasets_footing_rules_order_idx" ON "datasets_footing_rules" USING btree ("_order");
  CREATE INDEX "datasets_footing_rules_parent_id_idx" ON "datasets_footing_rules" USING btree ("_parent_id");
  CREATE INDEX "datasets_footing_rules_total_idx" ON "datasets_footing_rules" USING btree ("total_id");
  CREATE UNIQUE INDEX "datasets_slug_idx" ON "datasets" USING btree ("slug");
  CREATE INDEX "datasets_updated_at_idx" ON "datasets" USING btree ("updated_at");
  CREATE INDEX "datasets_created_at_idx" ON "datasets" USING btree ("created_at");
  CREATE INDEX "datasets__status_idx" ON "datasets" USING btree ("_status");
  CREATE INDEX "datasets_rels_order_idx" ON "datasets_rels" USING btree ("order");
  CREATE INDEX "datasets_rels_parent_idx" ON "datasets_rels" USING btree ("parent_id");
  CREATE INDEX "datasets_rels_path_idx" ON "datasets_rels" USING btree ("path");
  CREATE INDEX "datasets_rels_dataset_records_id_idx" ON "datasets_rels" USING btree ("dataset_records_id");
  CREATE INDEX "_datasets_v_version_footing_rules_order_idx" ON "_datasets_v_version_footing_rules" USING btree ("_order");
  CREATE INDEX "_datasets_v_version_footing_rules_parent_id_idx" ON "_datasets_v_version_footing_rules" USING btree ("_parent_id");
  CREATE INDEX "_datasets_v_version_footing_rules_total_idx" ON "_datasets_v_version_footing_rules" USING btree ("total_id");
  CREATE INDEX "_datasets_v_parent_idx" ON "_datasets_v" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_version_version_slug_idx" ON "_datasets_v" USING btree ("version_slug");
  CREATE INDEX "_datasets_v_version_version_updated_at_idx" ON "_datasets_v" USING btree ("version_updated_at");
  CREATE INDEX "_datasets_v_version_version_created_at_idx" ON "_datasets_v" USING btree ("version_created_at");
  CREATE INDEX "_datasets_v_version_version__status_idx" ON "_datasets_v" USING btree ("version__status");
  CREATE INDEX "_datasets_v_created_at_idx" ON "_datasets_v" USING btree ("created_at");
  CREATE INDEX "_datasets_v_updated_at_idx" ON "_datasets_v" USING btree ("updated_at");
  CREATE INDEX "_datasets_v_latest_idx" ON "_datasets_v" USING btree ("latest");
  CREATE INDEX "_datasets_v_rels_order_idx" ON "_datasets_v_rels" USING btree ("order");
  CREATE INDEX "_datasets_v_rels_parent_idx" ON "_datasets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_datasets_v_rels_path_idx" ON "_datasets_v_rels" USING btree ("path");
  CREATE INDEX "_datasets_v_rels_dataset_records_id_idx" ON "_datasets_v_rels" USING btree ("dataset_records_id");
  CREATE INDEX "dataset_records_dataset_idx" ON "dataset_records" USING btree ("dataset_id");
  CREATE INDEX "dataset_records_key_idx" ON "dataset_records" USING btree ("key");
  CREATE INDEX "dataset_records_updated_at_idx" ON "dataset_records" USING btree ("updated_at");
  CREATE INDEX "dataset_records_created_at_idx" ON "dataset_records" USING btree ("created_at");
  CREATE UNIQUE INDEX "dataset_key_idx" ON "dataset_records" USING btree ("dataset_id","key");
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_datasets_fk" FOREIGN KEY ("datasets_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dataset_records_fk" FOREIGN KEY ("dataset_records_id") REFERENCES "public"."dataset_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_figure_check_figure_check_status_idx" ON "reports" USING btree ("figure_check_status");
  CREATE INDEX "_reports_v_version_figure_check_version_figure_check_sta_idx" ON "_reports_v" USING btree ("version_figure_check_status");
  CREATE INDEX "chapters_figure_check_figure_check_status_idx" ON "chapters" USING btree ("figure_check_status");
  CREATE INDEX "chapters_rels_dataset_records_id_idx" ON "chapters_rels" USING btree ("dataset_records_id");
  CREATE INDEX "chapters_rels_datasets_id_idx" ON "chapters_rels" USING btree ("datasets_id");
  CREATE INDEX "_chapters_v_version_figure_check_version_figure_check_st_idx" ON "_chapters_v" USING btree ("version_figure_check_status");
  CREATE INDEX "_chapters_v_rels_dataset_records_id_idx" ON "_chapters_v_rels" USING btree ("dataset_records_id");
  CREATE INDEX "_chapters_v_rels_datasets_id_idx" ON "_chapters_v_rels" USING btree ("datasets_id");
  CREATE INDEX "featured_articles_figure_check_figure_check_status_idx" ON "featured_articles" USING btree ("figure_check_status");
  CREATE INDEX "featured_articles_rels_dataset_records_id_idx" ON "featured_articles_rels" USING btree ("dataset_records_id");
  CREATE INDEX "featured_articles_rels_datasets_id_idx" ON "featured_articles_rels" USING btree ("datasets_id");
  CREATE INDEX "_featured_articles_v_version_figure_check_version_figure_idx" ON "_featured_articles_v" USING btree ("version_figure_check_status");
  CREATE INDEX "_featured_articles_v_rels_dataset_records_id_idx" ON "_featured_articles_v_rels" USING btree ("dataset_records_id");
  CREATE INDEX "_featured_articles_v_rels_datasets_id_idx" ON "_featured_articles_v_rels" USING btree ("datasets_id");
  CREATE INDEX "payload_locked_documents_rels_datasets_id_idx" ON "payload_locked_documents_rels" USING btree ("datasets_id");
  CREATE INDEX "payload_locked_documents_rels_dataset_records_id_idx" ON "payload_locked_documents_rels" USING btree ("dataset_records_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_version_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "chapters_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_chapters_v_version_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "featured_articles_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_featured_articles_v_version_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets_footing_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "datasets_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v_version_footing_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_datasets_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dataset_records" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reports_key_figures" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "_reports_v_version_key_figures" CASCADE;
  DROP TABLE "_reports_v_rels" CASCADE;
  DROP TABLE "chapters_key_figures" CASCADE;
  DROP TABLE "_chapters_v_version_key_figures" CASCADE;
  DROP TABLE "featured_articles_key_figures" CASCADE;
  DROP TABLE "_featured_articles_v_version_key_figures" CASCADE;
  DROP TABLE "datasets_footing_rules" CASCADE;
  DROP TABLE "datasets" CASCADE;
  DROP TABLE "datasets_rels" CASCADE;
  DROP TABLE "_datasets_v_version_footing_rules" CASCADE;
  DROP TABLE "_datasets_v" CASCADE;
  DROP TABLE "_datasets_v_rels" CASCADE;
  DROP TABLE "dataset_records" CASCADE;
  ALTER TABLE "chapters_rels" DROP CONSTRAINT "chapters_rels_dataset_records_fk";
  
  ALTER TABLE "chapters_rels" DROP CONSTRAINT "chapters_rels_datasets_fk";
  
  ALTER TABLE "_chapters_v_rels" DROP CONSTRAINT "_chapters_v_rels_dataset_records_fk";
  
  ALTER TABLE "_chapters_v_rels" DROP CONSTRAINT "_chapters_v_rels_datasets_fk";
  
  ALTER TABLE "featured_articles_rels" DROP CONSTRAINT "featured_articles_rels_dataset_records_fk";
  
  ALTER TABLE "featured_articles_rels" DROP CONSTRAINT "featured_articles_rels_datasets_fk";
  
  ALTER TABLE "_featured_articles_v_rels" DROP CONSTRAINT "_featured_articles_v_rels_dataset_records_fk";
  
  ALTER TABLE "_featured_articles_v_rels" DROP CONSTRAINT "_featured_articles_v_rels_datasets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_datasets_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dataset_records_fk";
  
  DROP INDEX "reports_figure_check_figure_check_status_idx";
  DROP INDEX "_reports_v_version_figure_check_version_figure_check_sta_idx";
  DROP INDEX "chapters_figure_check_figure_check_status_idx";
  DROP INDEX "chapters_rels_dataset_records_id_idx";
  DROP INDEX "chapters_rels_datasets_id_idx";
  DROP INDEX "_chapters_v_version_figure_check_version_figure_check_st_idx";
  DROP INDEX "_chapters_v_rels_dataset_records_id_idx";
  DROP INDEX "_chapters_v_rels_datasets_id_idx";
  DROP INDEX "featured_articles_figure_check_figure_check_status_idx";
  DROP INDEX "featured_articles_rels_dataset_records_id_idx";
  DROP INDEX "featured_articles_rels_datasets_id_idx";
  DROP INDEX "_featured_articles_v_version_figure_check_version_figure_idx";
  DROP INDEX "_featured_articles_v_rels_dataset_records_id_idx";
  DROP INDEX "_featured_articles_v_rels_datasets_id_idx";
  DROP INDEX "payload_locked_documents_rels_datasets_id_idx";
  DROP INDEX "payload_locked_documents_rels_dataset_records_id_idx";
  ALTER TABLE "reports" DROP COLUMN "figure_check_status";
  ALTER TABLE "reports" DROP COLUMN "figure_check_checked_at";
  ALTER TABLE "reports" DROP COLUMN "figure_check_figures";
  ALTER TABLE "reports" DROP COLUMN "figure_check_findings";
  ALTER TABLE "_reports_v" DROP COLUMN "version_figure_check_status";
  ALTER TABLE "_reports_v" DROP COLUMN "version_figure_check_checked_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_figure_check_figures";
  ALTER TABLE "_reports_v" DROP COLUMN "version_figure_check_findings";
  ALTER TABLE "chapters" DROP COLUMN "figure_check_status";
  ALTER TABLE "chapters" DROP COLUMN "figure_check_checked_at";
  ALTER TABLE "chapters" DROP COLUMN "figure_check_figures";
  ALTER TABLE "chapters" DROP COLUMN "figure_check_findings";
  ALTER TABLE "chapters_rels" DROP COLUMN "dataset_records_id";
  ALTER TABLE "chapters_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_figure_check_status";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_figure_check_checked_at";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_figure_check_figures";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_figure_check_findings";
  ALTER TABLE "_chapters_v_rels" DROP COLUMN "dataset_records_id";
  ALTER TABLE "_chapters_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "featured_articles" DROP COLUMN "figure_check_status";
  ALTER TABLE "featured_articles" DROP COLUMN "figure_check_checked_at";
  ALTER TABLE "featured_articles" DROP COLUMN "figure_check_figures";
  ALTER TABLE "featured_articles" DROP COLUMN "figure_check_findings";
  ALTER TABLE "featured_articles_rels" DROP COLUMN "dataset_records_id";
  ALTER TABLE "featured_articles_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_figure_check_status";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_figure_check_checked_at";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_figure_check_figures";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_figure_check_findings";
  ALTER TABLE "_featured_articles_v_rels" DROP COLUMN "dataset_records_id";
  ALTER TABLE "_featured_articles_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dataset_records_id";
  DROP TYPE "public"."enum_reports_key_figures_unit";
  DROP TYPE "public"."enum_reports_key_figures_operation";
  DROP TYPE "public"."enum_reports_key_figures_rounding";
  DROP TYPE "public"."enum_reports_figure_check_status";
  DROP TYPE "public"."enum__reports_v_version_key_figures_unit";
  DROP TYPE "public"."enum__reports_v_version_key_figures_operation";
  DROP TYPE "public"."enum__reports_v_version_key_figures_rounding";
  DROP TYPE "public"."enum__reports_v_version_figure_check_status";
  DROP TYPE "public"."enum_chapters_key_figures_unit";
  DROP TYPE "public"."enum_chapters_key_figures_operation";
  DROP TYPE "public"."enum_chapters_key_figures_rounding";
  DROP TYPE "public"."enum_chapters_figure_check_status";
  DROP TYPE "public"."enum__chapters_v_version_key_figures_unit";
  DROP TYPE "public"."enum__chapters_v_version_key_figures_operation";
  DROP TYPE "public"."enum__chapters_v_version_key_figures_rounding";
  DROP TYPE "public"."enum__chapters_v_version_figure_check_status";
  DROP TYPE "public"."enum_featured_articles_key_figures_unit";
  DROP TYPE "public"."enum_featured_articles_key_figures_operation";
  DROP TYPE "public"."enum_featured_articles_key_figures_rounding";
  DROP TYPE "public"."enum_featured_articles_figure_check_status";
  DROP TYPE "public"."enum__featured_articles_v_version_key_figures_unit";
  DROP TYPE "public"."enum__featured_articles_v_version_key_figures_operation";
  DROP TYPE "public"."enum__featured_articles_v_version_key_figures_rounding";
  DROP TYPE "public"."enum__featured_articles_v_version_figure_check_status";
  DROP TYPE "public"."enum_datasets_status";
  DROP TYPE "public"."enum__datasets_v_version_status";
  DROP TYPE "public"."enum_dataset_records_unit";`)
}
