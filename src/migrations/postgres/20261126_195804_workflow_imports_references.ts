import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum__reports_v_version_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum_chapters_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum__chapters_v_version_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum_featured_articles_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum__featured_articles_v_version_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum_podcast_episodes_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum_publications_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum__publications_v_version_workflow_stage" AS ENUM('concept', 'review', 'approved', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('stageChanged', 'published', 'unpublished', 'publishRefused', 'stageRefused', 'scheduledPublishFailed', 'created', 'changed', 'deleted', 'deleteRefused', 'reportPublished', 'reportPublishRefused');
  CREATE TABLE "reports_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_reports_v_version_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "chapters_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_chapters_v_version_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "featured_articles_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_featured_articles_v_version_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "podcast_episodes_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_podcast_episodes_v_version_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "publications_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_publications_v_version_review_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "dataset_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dataset_id" integer NOT NULL,
  	"version" numeric NOT NULL,
  	"file_name" varchar NOT NULL,
  	"sha256" varchar NOT NULL,
  	"imported_by_id" integer,
  	"summary_added" numeric,
  	"summary_changed" numeric,
  	"summary_removed" numeric,
  	"summary_unchanged" numeric,
  	"diff" jsonb,
  	"stale_documents" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"user_id" integer,
  	"user_label" varchar,
  	"from_stage" varchar,
  	"to_stage" varchar,
  	"summary" varchar NOT NULL,
  	"findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports_rels" DROP CONSTRAINT "reports_rels_datasets_fk";
  
  ALTER TABLE "_reports_v_rels" DROP CONSTRAINT "_reports_v_rels_datasets_fk";
  
  ALTER TABLE "chapters_rels" DROP CONSTRAINT "chapters_rels_datasets_fk";
  
  ALTER TABLE "_chapters_v_rels" DROP CONSTRAINT "_chapters_v_rels_datasets_fk";
  
  ALTER TABLE "featured_articles_rels" DROP CONSTRAINT "featured_articles_rels_datasets_fk";
  
  ALTER TABLE "_featured_articles_v_rels" DROP CONSTRAINT "_featured_articles_v_rels_datasets_fk";
  
  DROP INDEX "reports_rels_datasets_id_idx";
  DROP INDEX "_reports_v_rels_datasets_id_idx";
  DROP INDEX "chapters_rels_datasets_id_idx";
  DROP INDEX "_chapters_v_rels_datasets_id_idx";
  DROP INDEX "featured_articles_rels_datasets_id_idx";
  DROP INDEX "_featured_articles_v_rels_datasets_id_idx";
  ALTER TABLE "reports" ADD COLUMN "figure_check_dataset_versions" jsonb;
  ALTER TABLE "reports" ADD COLUMN "workflow_stage" "enum_reports_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "reports" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "reports" ADD COLUMN "owner_id" integer;
  ALTER TABLE "reports" ADD COLUMN "scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "scheduled_publish_failure_reason" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_figure_check_dataset_versions" jsonb;
  ALTER TABLE "_reports_v" ADD COLUMN "version_workflow_stage" "enum__reports_v_version_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "_reports_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_scheduled_publish_failure_reason" varchar;
  ALTER TABLE "chapters" ADD COLUMN "figure_check_dataset_versions" jsonb;
  ALTER TABLE "chapters" ADD COLUMN "workflow_stage" "enum_chapters_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "chapters" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "chapters" ADD COLUMN "owner_id" integer;
  ALTER TABLE "chapters" ADD COLUMN "scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "chapters" ADD COLUMN "scheduled_publish_failure_reason" varchar;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_figure_check_dataset_versions" jsonb;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_workflow_stage" "enum__chapters_v_version_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "_chapters_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "_chapters_v" ADD COLUMN "version_scheduled_publish_failure_reason" varchar;
  ALTER TABLE "featured_articles" ADD COLUMN "figure_check_dataset_versions" jsonb;
  ALTER TABLE "featured_articles" ADD COLUMN "workflow_stage" "enum_featured_articles_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "featured_articles" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "featured_articles" ADD COLUMN "owner_id" integer;
  ALTER TABLE "featured_articles" ADD COLUMN "scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "featured_articles" ADD COLUMN "scheduled_publish_failure_reason" varchar;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_figure_check_dataset_versions" jsonb;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_workflow_stage" "enum__featured_articles_v_version_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "_featured_articles_v" ADD COLUMN "version_scheduled_publish_failure_reason" varchar;
  ALTER TABLE "podcast_episodes" ADD COLUMN "workflow_stage" "enum_podcast_episodes_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "podcast_episodes" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "podcast_episodes" ADD COLUMN "owner_id" integer;
  ALTER TABLE "podcast_episodes" ADD COLUMN "scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "podcast_episodes" ADD COLUMN "scheduled_publish_failure_reason" varchar;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_workflow_stage" "enum__podcast_episodes_v_version_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "_podcast_episodes_v" ADD COLUMN "version_scheduled_publish_failure_reason" varchar;
  ALTER TABLE "publications" ADD COLUMN "workflow_stage" "enum_publications_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "publications" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "publications" ADD COLUMN "owner_id" integer;
  ALTER TABLE "publications" ADD COLUMN "scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "scheduled_publish_failure_reason" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_stage" "enum__publications_v_version_workflow_stage" DEFAULT 'concept';
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_owner_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_scheduled_publish_failure_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_scheduled_publish_failure_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dataset_imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "reports_review_notes" ADD CONSTRAINT "reports_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_review_notes" ADD CONSTRAINT "reports_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_review_notes" ADD CONSTRAINT "reports_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_review_notes" ADD CONSTRAINT "_reports_v_version_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_review_notes" ADD CONSTRAINT "_reports_v_version_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_review_notes" ADD CONSTRAINT "_reports_v_version_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_review_notes" ADD CONSTRAINT "chapters_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_review_notes" ADD CONSTRAINT "chapters_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_review_notes" ADD CONSTRAINT "chapters_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_review_notes" ADD CONSTRAINT "_chapters_v_version_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_review_notes" ADD CONSTRAINT "_chapters_v_version_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_review_notes" ADD CONSTRAINT "_chapters_v_version_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_review_notes" ADD CONSTRAINT "featured_articles_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles_review_notes" ADD CONSTRAINT "featured_articles_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles_review_notes" ADD CONSTRAINT "featured_articles_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_review_notes" ADD CONSTRAINT "_featured_articles_v_version_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_review_notes" ADD CONSTRAINT "_featured_articles_v_version_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_review_notes" ADD CONSTRAINT "_featured_articles_v_version_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_featured_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_review_notes" ADD CONSTRAINT "podcast_episodes_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_review_notes" ADD CONSTRAINT "podcast_episodes_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_review_notes" ADD CONSTRAINT "podcast_episodes_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_review_notes" ADD CONSTRAINT "_podcast_episodes_v_version_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_review_notes" ADD CONSTRAINT "_podcast_episodes_v_version_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_review_notes" ADD CONSTRAINT "_podcast_episodes_v_version_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_review_notes" ADD CONSTRAINT "publications_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_review_notes" ADD CONSTRAINT "publications_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_review_notes" ADD CONSTRAINT "publications_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_review_notes" ADD CONSTRAINT "_publications_v_version_review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_version_review_notes" ADD CONSTRAINT "_publications_v_version_review_notes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_version_review_notes" ADD CONSTRAINT "_publications_v_version_review_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dataset_imports" ADD CONSTRAINT "dataset_imports_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dataset_imports" ADD CONSTRAINT "dataset_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_review_notes_order_idx" ON "reports_review_notes" USING btree ("_order");
  CREATE INDEX "reports_review_notes_parent_id_idx" ON "reports_review_notes" USING btree ("_parent_id");
  CREATE INDEX "reports_review_notes_author_idx" ON "reports_review_notes" USING btree ("author_id");
  CREATE INDEX "reports_review_notes_resolved_by_idx" ON "reports_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "_reports_v_version_review_notes_order_idx" ON "_reports_v_version_review_notes" USING btree ("_order");
  CREATE INDEX "_reports_v_version_review_notes_parent_id_idx" ON "_reports_v_version_review_notes" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_review_notes_author_idx" ON "_reports_v_version_review_notes" USING btree ("author_id");
  CREATE INDEX "_reports_v_version_review_notes_resolved_by_idx" ON "_reports_v_version_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "chapters_review_notes_order_idx" ON "chapters_review_notes" USING btree ("_order");
  CREATE INDEX "chapters_review_notes_parent_id_idx" ON "chapters_review_notes" USING btree ("_parent_id");
  CREATE INDEX "chapters_review_notes_author_idx" ON "chapters_review_notes" USING btree ("author_id");
  CREATE INDEX "chapters_review_notes_resolved_by_idx" ON "chapters_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "_chapters_v_version_review_notes_order_idx" ON "_chapters_v_version_review_notes" USING btree ("_order");
  CREATE INDEX "_chapters_v_version_review_notes_parent_id_idx" ON "_chapters_v_version_review_notes" USING btree ("_parent_id");
  CREATE INDEX "_chapters_v_version_review_notes_author_idx" ON "_chapters_v_version_review_notes" USING btree ("author_id");
  CREATE INDEX "_chapters_v_version_review_notes_resolved_by_idx" ON "_chapters_v_version_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "featured_articles_review_notes_order_idx" ON "featured_articles_review_notes" USING btree ("_order");
  CREATE INDEX "featured_articles_review_notes_parent_id_idx" ON "featured_articles_review_notes" USING btree ("_parent_id");
  CREATE INDEX "featured_articles_review_notes_author_idx" ON "featured_articles_review_notes" USING btree ("author_id");
  CREATE INDEX "featured_articles_review_notes_resolved_by_idx" ON "featured_articles_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "_featured_articles_v_version_review_notes_order_idx" ON "_featured_articles_v_version_review_notes" USING btree ("_order");
  CREATE INDEX "_featured_articles_v_version_review_notes_parent_id_idx" ON "_featured_articles_v_version_review_notes" USING btree ("_parent_id");
  CREATE INDEX "_featured_articles_v_version_review_notes_author_idx" ON "_featured_articles_v_version_review_notes" USING btree ("author_id");
  CREATE INDEX "_featured_articles_v_version_review_notes_resolved_by_idx" ON "_featured_articles_v_version_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "podcast_episodes_review_notes_order_idx" ON "podcast_episodes_review_notes" USING btree ("_order");
  CREATE INDEX "podcast_episodes_review_notes_parent_id_idx" ON "podcast_episodes_review_notes" USING btree ("_parent_id");
  CREATE INDEX "podcast_episodes_review_notes_author_idx" ON "podcast_episodes_review_notes" USING btree ("author_id");
  CREATE INDEX "podcast_episodes_review_notes_resolved_by_idx" ON "podcast_episodes_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "_podcast_episodes_v_version_review_notes_order_idx" ON "_podcast_episodes_v_version_review_notes" USING btree ("_order");
  CREATE INDEX "_podcast_episodes_v_version_review_notes_parent_id_idx" ON "_podcast_episodes_v_version_review_notes" USING btree ("_parent_id");
  CREATE INDEX "_podcast_episodes_v_version_review_notes_author_idx" ON "_podcast_episodes_v_version_review_notes" USING btree ("author_id");
  CREATE INDEX "_podcast_episodes_v_version_review_notes_resolved_by_idx" ON "_podcast_episodes_v_version_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "publications_review_notes_order_idx" ON "publications_review_notes" USING btree ("_order");
  CREATE INDEX "publications_review_notes_parent_id_idx" ON "publications_review_notes" USING btree ("_parent_id");
  CREATE INDEX "publications_review_notes_author_idx" ON "publications_review_notes" USING btree ("author_id");
  CREATE INDEX "publications_review_notes_resolved_by_idx" ON "publications_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "_publications_v_version_review_notes_order_idx" ON "_publications_v_version_review_notes" USING btree ("_order");
  CREATE INDEX "_publications_v_version_review_notes_parent_id_idx" ON "_publications_v_version_review_notes" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_review_notes_author_idx" ON "_publications_v_version_review_notes" USING btree ("author_id");
  CREATE INDEX "_publications_v_version_review_notes_resolved_by_idx" ON "_publications_v_version_review_notes" USING btree ("resolved_by_id");
  CREATE INDEX "dataset_imports_dataset_idx" ON "dataset_imports" USING btree ("dataset_id");
  CREATE INDEX "dataset_imports_version_idx" ON "dataset_imports" USING btree ("version");
  CREATE INDEX "dataset_imports_imported_by_idx" ON "dataset_imports" USING btree ("imported_by_id");
  CREATE INDEX "dataset_imports_updated_at_idx" ON "dataset_imports" USING btree ("updated_at");
  CREATE INDEX "dataset_imports_created_at_idx" ON "dataset_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "dataset_version_idx" ON "dataset_imports" USING btree ("dataset_id","version");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "reports" ADD CONSTRAINT "reports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters" ADD CONSTRAINT "chapters_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles" ADD CONSTRAINT "featured_articles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v" ADD CONSTRAINT "_featured_articles_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dataset_imports_fk" FOREIGN KEY ("dataset_imports_id") REFERENCES "public"."dataset_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_workflow_stage_idx" ON "reports" USING btree ("workflow_stage");
  CREATE INDEX "reports_owner_idx" ON "reports" USING btree ("owner_id");
  CREATE INDEX "_reports_v_version_version_workflow_stage_idx" ON "_reports_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_reports_v_version_version_owner_idx" ON "_reports_v" USING btree ("version_owner_id");
  CREATE INDEX "chapters_workflow_stage_idx" ON "chapters" USING btree ("workflow_stage");
  CREATE INDEX "chapters_owner_idx" ON "chapters" USING btree ("owner_id");
  CREATE INDEX "_chapters_v_version_version_workflow_stage_idx" ON "_chapters_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_chapters_v_version_version_owner_idx" ON "_chapters_v" USING btree ("version_owner_id");
  CREATE INDEX "featured_articles_workflow_stage_idx" ON "featured_articles" USING btree ("workflow_stage");
  CREATE INDEX "featured_articles_owner_idx" ON "featured_articles" USING btree ("owner_id");
  CREATE INDEX "_featured_articles_v_version_version_workflow_stage_idx" ON "_featured_articles_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_featured_articles_v_version_version_owner_idx" ON "_featured_articles_v" USING btree ("version_owner_id");
  CREATE INDEX "podcast_episodes_workflow_stage_idx" ON "podcast_episodes" USING btree ("workflow_stage");
  CREATE INDEX "podcast_episodes_owner_idx" ON "podcast_episodes" USING btree ("owner_id");
  CREATE INDEX "_podcast_episodes_v_version_version_workflow_stage_idx" ON "_podcast_episodes_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_podcast_episodes_v_version_version_owner_idx" ON "_podcast_episodes_v" USING btree ("version_owner_id");
  CREATE INDEX "publications_workflow_stage_idx" ON "publications" USING btree ("workflow_stage");
  CREATE INDEX "publications_owner_idx" ON "publications" USING btree ("owner_id");
  CREATE INDEX "_publications_v_version_version_workflow_stage_idx" ON "_publications_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_publications_v_version_version_owner_idx" ON "_publications_v" USING btree ("version_owner_id");
  CREATE INDEX "payload_locked_documents_rels_dataset_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("dataset_imports_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  ALTER TABLE "reports_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_reports_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "chapters_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_chapters_v_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "featured_articles_rels" DROP COLUMN "datasets_id";
  ALTER TABLE "_featured_articles_v_rels" DROP COLUMN "datasets_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reports_v_version_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "chapters_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_chapters_v_version_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "featured_articles_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_featured_articles_v_version_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "podcast_episodes_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_podcast_episodes_v_version_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v_version_review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dataset_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reports_review_notes" CASCADE;
  DROP TABLE "_reports_v_version_review_notes" CASCADE;
  DROP TABLE "chapters_review_notes" CASCADE;
  DROP TABLE "_chapters_v_version_review_notes" CASCADE;
  DROP TABLE "featured_articles_review_notes" CASCADE;
  DROP TABLE "_featured_articles_v_version_review_notes" CASCADE;
  DROP TABLE "podcast_episodes_review_notes" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_review_notes" CASCADE;
  DROP TABLE "publications_review_notes" CASCADE;
  DROP TABLE "_publications_v_version_review_notes" CASCADE;
  DROP TABLE "dataset_imports" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "reports" DROP CONSTRAINT "reports_owner_id_users_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "chapters" DROP CONSTRAINT "chapters_owner_id_users_id_fk";
  
  ALTER TABLE "_chapters_v" DROP CONSTRAINT "_chapters_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "featured_articles" DROP CONSTRAINT "featured_articles_owner_id_users_id_fk";
  
  ALTER TABLE "_featured_articles_v" DROP CONSTRAINT "_featured_articles_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "podcast_episodes" DROP CONSTRAINT "podcast_episodes_owner_id_users_id_fk";
  
  ALTER TABLE "_podcast_episodes_v" DROP CONSTRAINT "_podcast_episodes_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_owner_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_owner_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dataset_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "reports_workflow_stage_idx";
  DROP INDEX "reports_owner_idx";
  DROP INDEX "_reports_v_version_version_workflow_stage_idx";
  DROP INDEX "_reports_v_version_version_owner_idx";
  DROP INDEX "chapters_workflow_stage_idx";
  DROP INDEX "chapters_owner_idx";
  DROP INDEX "_chapters_v_version_version_workflow_stage_idx";
  DROP INDEX "_chapters_v_version_version_owner_idx";
  DROP INDEX "featured_articles_workflow_stage_idx";
  DROP INDEX "featured_articles_owner_idx";
  DROP INDEX "_featured_articles_v_version_version_workflow_stage_idx";
  DROP INDEX "_featured_articles_v_version_version_owner_idx";
  DROP INDEX "podcast_episodes_workflow_stage_idx";
  DROP INDEX "podcast_episodes_owner_idx";
  DROP INDEX "_podcast_episodes_v_version_version_workflow_stage_idx";
  DROP INDEX "_podcast_episodes_v_version_version_owner_idx";
  DROP INDEX "publications_workflow_stage_idx";
  DROP INDEX "publications_owner_idx";
  DROP INDEX "_publications_v_version_version_workflow_stage_idx";
  DROP INDEX "_publications_v_version_version_owner_idx";
  DROP INDEX "payload_locked_documents_rels_dataset_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "reports_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_reports_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "chapters_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_chapters_v_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "featured_articles_rels" ADD COLUMN "datasets_id" integer;
  ALTER TABLE "_featured_articles_v_rels" ADD COLUMN "datasets_id" integer;
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
  ALTER TABLE "reports" DROP COLUMN "figure_check_dataset_versions";
  ALTER TABLE "reports" DROP COLUMN "workflow_stage";
  ALTER TABLE "reports" DROP COLUMN "workflow_reason";
  ALTER TABLE "reports" DROP COLUMN "owner_id";
  ALTER TABLE "reports" DROP COLUMN "scheduled_publish_failure_at";
  ALTER TABLE "reports" DROP COLUMN "scheduled_publish_failure_reason";
  ALTER TABLE "_reports_v" DROP COLUMN "version_figure_check_dataset_versions";
  ALTER TABLE "_reports_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_reports_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_reports_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_scheduled_publish_failure_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_scheduled_publish_failure_reason";
  ALTER TABLE "chapters" DROP COLUMN "figure_check_dataset_versions";
  ALTER TABLE "chapters" DROP COLUMN "workflow_stage";
  ALTER TABLE "chapters" DROP COLUMN "workflow_reason";
  ALTER TABLE "chapters" DROP COLUMN "owner_id";
  ALTER TABLE "chapters" DROP COLUMN "scheduled_publish_failure_at";
  ALTER TABLE "chapters" DROP COLUMN "scheduled_publish_failure_reason";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_figure_check_dataset_versions";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_scheduled_publish_failure_at";
  ALTER TABLE "_chapters_v" DROP COLUMN "version_scheduled_publish_failure_reason";
  ALTER TABLE "featured_articles" DROP COLUMN "figure_check_dataset_versions";
  ALTER TABLE "featured_articles" DROP COLUMN "workflow_stage";
  ALTER TABLE "featured_articles" DROP COLUMN "workflow_reason";
  ALTER TABLE "featured_articles" DROP COLUMN "owner_id";
  ALTER TABLE "featured_articles" DROP COLUMN "scheduled_publish_failure_at";
  ALTER TABLE "featured_articles" DROP COLUMN "scheduled_publish_failure_reason";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_figure_check_dataset_versions";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_scheduled_publish_failure_at";
  ALTER TABLE "_featured_articles_v" DROP COLUMN "version_scheduled_publish_failure_reason";
  ALTER TABLE "podcast_episodes" DROP COLUMN "workflow_stage";
  ALTER TABLE "podcast_episodes" DROP COLUMN "workflow_reason";
  ALTER TABLE "podcast_episodes" DROP COLUMN "owner_id";
  ALTER TABLE "podcast_episodes" DROP COLUMN "scheduled_publish_failure_at";
  ALTER TABLE "podcast_episodes" DROP COLUMN "scheduled_publish_failure_reason";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_scheduled_publish_failure_at";
  ALTER TABLE "_podcast_episodes_v" DROP COLUMN "version_scheduled_publish_failure_reason";
  ALTER TABLE "publications" DROP COLUMN "workflow_stage";
  ALTER TABLE "publications" DROP COLUMN "workflow_reason";
  ALTER TABLE "publications" DROP COLUMN "owner_id";
  ALTER TABLE "publications" DROP COLUMN "scheduled_publish_failure_at";
  ALTER TABLE "publications" DROP COLUMN "scheduled_publish_failure_reason";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_stage";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_publications_v" DROP COLUMN "version_owner_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_scheduled_publish_failure_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_scheduled_publish_failure_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dataset_imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_reports_workflow_stage";
  DROP TYPE "public"."enum__reports_v_version_workflow_stage";
  DROP TYPE "public"."enum_chapters_workflow_stage";
  DROP TYPE "public"."enum__chapters_v_version_workflow_stage";
  DROP TYPE "public"."enum_featured_articles_workflow_stage";
  DROP TYPE "public"."enum__featured_articles_v_version_workflow_stage";
  DROP TYPE "public"."enum_podcast_episodes_workflow_stage";
  DROP TYPE "public"."enum__podcast_episodes_v_version_workflow_stage";
  DROP TYPE "public"."enum_publications_workflow_stage";
  DROP TYPE "public"."enum__publications_v_version_workflow_stage";
  DROP TYPE "public"."enum_audit_log_action";`)
}
