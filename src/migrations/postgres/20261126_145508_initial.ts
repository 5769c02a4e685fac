import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_chapters_activities_kind" AS ENUM('vorming', 'webinar', 'training', 'infosessie', 'collegagroep', 'workshop', 'leerreis', 'lerend-netwerk', 'studiedag', 'andere');
  CREATE TYPE "public"."enum_chapters_activities_format" AS ENUM('offline', 'online', 'blended');
  CREATE TYPE "public"."enum_chapters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__chapters_v_version_activities_kind" AS ENUM('vorming', 'webinar', 'training', 'infosessie', 'collegagroep', 'workshop', 'leerreis', 'lerend-netwerk', 'studiedag', 'andere');
  CREATE TYPE "public"."enum__chapters_v_version_activities_format" AS ENUM('offline', 'online', 'blended');
  CREATE TYPE "public"."enum__chapters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_featured_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__featured_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_practices_formats" AS ENUM('video', 'podcast', 'artikel', 'vormingsaanbod', 'videodagboek');
  CREATE TYPE "public"."enum_practices_recognition" AS ENUM('erkend', 'niet-erkend', 'onbekend');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_formats" AS ENUM('video', 'podcast', 'artikel', 'vormingsaanbod', 'videodagboek');
  CREATE TYPE "public"."enum__practices_v_version_recognition" AS ENUM('erkend', 'niet-erkend', 'onbekend');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_podcast_series_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__podcast_series_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_podcast_episodes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__podcast_episodes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_publications_kind" AS ENUM('jaarverslag', 'memorandum', 'onderzoeksrapport', 'brochure', 'handleiding');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_kind" AS ENUM('jaarverslag', 'memorandum', 'onderzoeksrapport', 'brochure', 'handleiding');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_people_board_role" AS ENUM('voorzitter', 'ondervoorzitter', 'secretaris', 'penningmeester', 'bestuurder', 'algemene-vergadering');
  CREATE TYPE "public"."enum_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_version_board_role" AS ENUM('voorzitter', 'ondervoorzitter', 'secretaris', 'penningmeester', 'bestuurder', 'algemene-vergadering');
  CREATE TYPE "public"."enum__people_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'author');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "reports_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"key" varchar
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"year" numeric,
  	"policy_period" varchar,
  	"organisation" varchar,
  	"cover_image_id" integer,
  	"foreword" jsonb,
  	"foreword_signatory_id" integer,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reports_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_year" numeric,
  	"version_policy_period" varchar,
  	"version_organisation" varchar,
  	"version_cover_image_id" integer,
  	"version_foreword" jsonb,
  	"version_foreword_signatory_id" integer,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "chapters_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_chapters_activities_kind",
  	"format" "enum_chapters_activities_format",
  	"repetition" varchar,
  	"partners" varchar,
  	"cancelled" boolean DEFAULT false
  );
  
  CREATE TABLE "chapters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"report_id" integer,
  	"section" varchar,
  	"number" varchar,
  	"slug" varchar,
  	"sort_key" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_chapters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "chapters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"featured_articles_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_chapters_v_version_activities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum__chapters_v_version_activities_kind",
  	"format" "enum__chapters_v_version_activities_format",
  	"repetition" varchar,
  	"partners" varchar,
  	"cancelled" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_chapters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_report_id" integer,
  	"version_section" varchar,
  	"version_number" varchar,
  	"version_slug" varchar,
  	"version_sort_key" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__chapters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_chapters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"featured_articles_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "featured_articles_pull_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"attribution" varchar
  );
  
  CREATE TABLE "featured_articles_footnotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"url" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "featured_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"report_id" integer,
  	"chapter_id" integer,
  	"author_id" integer,
  	"lead" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_featured_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "featured_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_featured_articles_v_version_pull_quotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"attribution" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_featured_articles_v_version_footnotes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"url" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_featured_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_report_id" integer,
  	"version_chapter_id" integer,
  	"version_author_id" integer,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__featured_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_featured_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "practices_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"organisation" varchar,
  	"recognition" "enum_practices_recognition" DEFAULT 'onbekend',
  	"description" varchar,
  	"url" varchar,
  	"region" varchar,
  	"attached_by_id" integer,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_practices_v_version_formats" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_formats",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_organisation" varchar,
  	"version_recognition" "enum__practices_v_version_recognition" DEFAULT 'onbekend',
  	"version_description" varchar,
  	"version_url" varchar,
  	"version_region" varchar,
  	"version_attached_by_id" integer,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "podcast_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"producer" varchar,
  	"platform_url" varchar,
  	"cover_id" integer,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_podcast_series_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_podcast_series_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_producer" varchar,
  	"version_platform_url" varchar,
  	"version_cover_id" integer,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__podcast_series_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "podcast_episodes_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar
  );
  
  CREATE TABLE "podcast_episodes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"series_id" integer,
  	"number" numeric,
  	"lead" varchar,
  	"description" varchar,
  	"recorded_live_event" varchar,
  	"recorded_live_date" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"audio_url" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_podcast_episodes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "podcast_episodes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer
  );
  
  CREATE TABLE "_podcast_episodes_v_version_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"organisation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_podcast_episodes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_series_id" integer,
  	"version_number" numeric,
  	"version_lead" varchar,
  	"version_description" varchar,
  	"version_recorded_live_event" varchar,
  	"version_recorded_live_date" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_audio_url" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__podcast_episodes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_podcast_episodes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer
  );
  
  CREATE TABLE "publications_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"person_id" integer
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"year" numeric,
  	"kind" "enum_publications_kind",
  	"downloads" numeric,
  	"summary" varchar,
  	"file_id" integer,
  	"url" varchar,
  	"cover_id" integer,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_publications_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"person_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_year" numeric,
  	"version_kind" "enum__publications_v_version_kind",
  	"version_downloads" numeric,
  	"version_summary" varchar,
  	"version_file_id" integer,
  	"version_url" varchar,
  	"version_cover_id" integer,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"function" varchar,
  	"organisation" varchar,
  	"board_role" "enum_people_board_role",
  	"bio" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_people_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_function" varchar,
  	"version_organisation" varchar,
  	"version_board_role" "enum__people_v_version_board_role",
  	"version_bio" varchar,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
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
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"person_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"chapters_id" integer,
  	"featured_articles_id" integer,
  	"practices_id" integer,
  	"podcast_series_id" integer,
  	"podcast_episodes_id" integer,
  	"publications_id" integer,
  	"people_id" integer,
  	"media_id" integer,
  	"files_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports_sections" ADD CONSTRAINT "reports_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_foreword_signatory_id_people_id_fk" FOREIGN KEY ("foreword_signatory_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_sections" ADD CONSTRAINT "_reports_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_foreword_signatory_id_people_id_fk" FOREIGN KEY ("version_foreword_signatory_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_activities" ADD CONSTRAINT "chapters_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters" ADD CONSTRAINT "chapters_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_featured_articles_fk" FOREIGN KEY ("featured_articles_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_activities" ADD CONSTRAINT "_chapters_v_version_activities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_parent_id_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_featured_articles_fk" FOREIGN KEY ("featured_articles_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_pull_quotes" ADD CONSTRAINT "featured_articles_pull_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_footnotes" ADD CONSTRAINT "featured_articles_footnotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles" ADD CONSTRAINT "featured_articles_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles" ADD CONSTRAINT "featured_articles_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles" ADD CONSTRAINT "featured_articles_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "featured_articles_rels" ADD CONSTRAINT "featured_articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_pull_quotes" ADD CONSTRAINT "_featured_articles_v_version_pull_quotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_featured_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_version_footnotes" ADD CONSTRAINT "_featured_articles_v_version_footnotes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_featured_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v" ADD CONSTRAINT "_featured_articles_v_parent_id_featured_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."featured_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v" ADD CONSTRAINT "_featured_articles_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v" ADD CONSTRAINT "_featured_articles_v_version_chapter_id_chapters_id_fk" FOREIGN KEY ("version_chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v" ADD CONSTRAINT "_featured_articles_v_version_author_id_people_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_featured_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_featured_articles_v_rels" ADD CONSTRAINT "_featured_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_formats" ADD CONSTRAINT "practices_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_attached_by_id_users_id_fk" FOREIGN KEY ("attached_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_formats" ADD CONSTRAINT "_practices_v_version_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_attached_by_id_users_id_fk" FOREIGN KEY ("version_attached_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_series" ADD CONSTRAINT "podcast_series_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_series_v" ADD CONSTRAINT "_podcast_series_v_parent_id_podcast_series_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_series_v" ADD CONSTRAINT "_podcast_series_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_guests" ADD CONSTRAINT "podcast_episodes_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes" ADD CONSTRAINT "podcast_episodes_series_id_podcast_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."podcast_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "podcast_episodes_rels" ADD CONSTRAINT "podcast_episodes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "podcast_episodes_rels" ADD CONSTRAINT "podcast_episodes_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_version_guests" ADD CONSTRAINT "_podcast_episodes_v_version_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_parent_id_podcast_episodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v" ADD CONSTRAINT "_podcast_episodes_v_version_series_id_podcast_series_id_fk" FOREIGN KEY ("version_series_id") REFERENCES "public"."podcast_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_rels" ADD CONSTRAINT "_podcast_episodes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_podcast_episodes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_podcast_episodes_v_rels" ADD CONSTRAINT "_podcast_episodes_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_authors" ADD CONSTRAINT "publications_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_authors" ADD CONSTRAINT "publications_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_version_authors" ADD CONSTRAINT "_publications_v_version_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_version_authors" ADD CONSTRAINT "_publications_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_file_id_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chapters_fk" FOREIGN KEY ("chapters_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_featured_articles_fk" FOREIGN KEY ("featured_articles_id") REFERENCES "public"."featured_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_podcast_series_fk" FOREIGN KEY ("podcast_series_id") REFERENCES "public"."podcast_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_podcast_episodes_fk" FOREIGN KEY ("podcast_episodes_id") REFERENCES "public"."podcast_episodes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_sections_order_idx" ON "reports_sections" USING btree ("_order");
  CREATE INDEX "reports_sections_parent_id_idx" ON "reports_sections" USING btree ("_parent_id");
  CREATE INDEX "reports_slug_idx" ON "reports" USING btree ("slug");
  CREATE INDEX "reports_year_idx" ON "reports" USING btree ("year");
  CREATE INDEX "reports_cover_image_idx" ON "reports" USING btree ("cover_image_id");
  CREATE INDEX "reports_foreword_signatory_idx" ON "reports" USING btree ("foreword_signatory_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE INDEX "_reports_v_version_sections_order_idx" ON "_reports_v_version_sections" USING btree ("_order");
  CREATE INDEX "_reports_v_version_sections_parent_id_idx" ON "_reports_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v" USING btree ("version_slug");
  CREATE INDEX "_reports_v_version_version_year_idx" ON "_reports_v" USING btree ("version_year");
  CREATE INDEX "_reports_v_version_version_cover_image_idx" ON "_reports_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_reports_v_version_version_foreword_signatory_idx" ON "_reports_v" USING btree ("version_foreword_signatory_id");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "_reports_v_latest_idx" ON "_reports_v" USING btree ("latest");
  CREATE INDEX "chapters_activities_order_idx" ON "chapters_activities" USING btree ("_order");
  CREATE INDEX "chapters_activities_parent_id_idx" ON "chapters_activities" USING btree ("_parent_id");
  CREATE INDEX "chapters_report_idx" ON "chapters" USING btree ("report_id");
  CREATE INDEX "chapters_slug_idx" ON "chapters" USING btree ("slug");
  CREATE INDEX "chapters_sort_key_idx" ON "chapters" USING btree ("sort_key");
  CREATE INDEX "chapters_updated_at_idx" ON "chapters" USING btree ("updated_at");
  CREATE INDEX "chapters_created_at_idx" ON "chapters" USING btree ("created_at");
  CREATE INDEX "chapters__status_idx" ON "chapters" USING btree ("_status");
  CREATE INDEX "chapters_rels_order_idx" ON "chapters_rels" USING btree ("order");
  CREATE INDEX "chapters_rels_parent_idx" ON "chapters_rels" USING btree ("parent_id");
  CREATE INDEX "chapters_rels_path_idx" ON "chapters_rels" USING btree ("path");
  CREATE INDEX "chapters_rels_practices_id_idx" ON "chapters_rels" USING btree ("practices_id");
  CREATE INDEX "chapters_rels_featured_articles_id_idx" ON "chapters_rels" USING btree ("featured_articles_id");
  CREATE INDEX "chapters_rels_media_id_idx" ON "chapters_rels" USING btree ("media_id");
  CREATE INDEX "_chapters_v_version_activities_order_idx" ON "_chapters_v_version_activities" USING btree ("_order");
  CREATE INDEX "_chapters_v_version_activities_parent_id_idx" ON "_chapters_v_version_activities" USING btree ("_parent_id");
  CREATE INDEX "_chapters_v_parent_idx" ON "_chapters_v" USING btree ("parent_id");
  CREATE INDEX "_chapters_v_version_version_report_idx" ON "_chapters_v" USING btree ("version_report_id");
  CREATE INDEX "_chapters_v_version_version_slug_idx" ON "_chapters_v" USING btree ("version_slug");
  CREATE INDEX "_chapters_v_version_version_sort_key_idx" ON "_chapters_v" USING btree ("version_sort_key");
  CREATE INDEX "_chapters_v_version_version_updated_at_idx" ON "_chapters_v" USING btree ("version_updated_at");
  CREATE INDEX "_chapters_v_version_version_created_at_idx" ON "_chapters_v" USING btree ("version_created_at");
  CREATE INDEX "_chapters_v_version_version__status_idx" ON "_chapters_v" USING btree ("version__status");
  CREATE INDEX "_chapters_v_created_at_idx" ON "_chapters_v" USING btree ("created_at");
  CREATE INDEX "_chapters_v_updated_at_idx" ON "_chapters_v" USING btree ("updated_at");
  CREATE INDEX "_chapters_v_latest_idx" ON "_chapters_v" USING btree ("latest");
  CREATE INDEX "_chapters_v_rels_order_idx" ON "_chapters_v_rels" USING btree ("order");
  CREATE INDEX "_chapters_v_rels_parent_idx" ON "_chapters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_chapters_v_rels_path_idx" ON "_chapters_v_rels" USING btree ("path");
  CREATE INDEX "_chapters_v_rels_practices_id_idx" ON "_chapters_v_rels" USING btree ("practices_id");
  CREATE INDEX "_chapters_v_rels_featured_articles_id_idx" ON "_chapters_v_rels" USING btree ("featured_articles_id");
  CREATE INDEX "_chapters_v_rels_media_id_idx" ON "_chapters_v_rels" USING btree ("media_id");
  CREATE INDEX "featured_articles_pull_quotes_order_idx" ON "featured_articles_pull_quotes" USING btree ("_order");
  CREATE INDEX "featured_articles_pull_quotes_parent_id_idx" ON "featured_articles_pull_quotes" USING btree ("_parent_id");
  CREATE INDEX "featured_articles_footnotes_order_idx" ON "featured_articles_footnotes" USING btree ("_order");
  CREATE INDEX "featured_articles_footnotes_parent_id_idx" ON "featured_articles_footnotes" USING btree ("_parent_id");
  CREATE INDEX "featured_articles_slug_idx" ON "featured_articles" USING btree ("slug");
  CREATE INDEX "featured_articles_report_idx" ON "featured_articles" USING btree ("report_id");
  CREATE INDEX "featured_articles_chapter_idx" ON "featured_articles" USING btree ("chapter_id");
  CREATE INDEX "featured_articles_author_idx" ON "featured_articles" USING btree ("author_id");
  CREATE INDEX "featured_articles_updated_at_idx" ON "featured_articles" USING btree ("updated_at");
  CREATE INDEX "featured_articles_created_at_idx" ON "featured_articles" USING btree ("created_at");
  CREATE INDEX "featured_articles__status_idx" ON "featured_articles" USING btree ("_status");
  CREATE INDEX "featured_articles_rels_order_idx" ON "featured_articles_rels" USING btree ("order");
  CREATE INDEX "featured_articles_rels_parent_idx" ON "featured_articles_rels" USING btree ("parent_id");
  CREATE INDEX "featured_articles_rels_path_idx" ON "featured_articles_rels" USING btree ("path");
  CREATE INDEX "featured_articles_rels_practices_id_idx" ON "featured_articles_rels" USING btree ("practices_id");
  CREATE INDEX "featured_articles_rels_media_id_idx" ON "featured_articles_rels" USING btree ("media_id");
  CREATE INDEX "_featured_articles_v_version_pull_quotes_order_idx" ON "_featured_articles_v_version_pull_quotes" USING btree ("_order");
  CREATE INDEX "_featured_articles_v_version_pull_quotes_parent_id_idx" ON "_featured_articles_v_version_pull_quotes" USING btree ("_parent_id");
  CREATE INDEX "_featured_articles_v_version_footnotes_order_idx" ON "_featured_articles_v_version_footnotes" USING btree ("_order");
  CREATE INDEX "_featured_articles_v_version_footnotes_parent_id_idx" ON "_featured_articles_v_version_footnotes" USING btree ("_parent_id");
  CREATE INDEX "_featured_articles_v_parent_idx" ON "_featured_articles_v" USING btree ("parent_id");
  CREATE INDEX "_featured_articles_v_version_version_slug_idx" ON "_featured_articles_v" USING btree ("version_slug");
  CREATE INDEX "_featured_articles_v_version_version_report_idx" ON "_featured_articles_v" USING btree ("version_report_id");
  CREATE INDEX "_featured_articles_v_version_version_chapter_idx" ON "_featured_articles_v" USING btree ("version_chapter_id");
  CREATE INDEX "_featured_articles_v_version_version_author_idx" ON "_featured_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_featured_articles_v_version_version_updated_at_idx" ON "_featured_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_featured_articles_v_version_version_created_at_idx" ON "_featured_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_featured_articles_v_version_version__status_idx" ON "_featured_articles_v" USING btree ("version__status");
  CREATE INDEX "_featured_articles_v_created_at_idx" ON "_featured_articles_v" USING btree ("created_at");
  CREATE INDEX "_featured_articles_v_updated_at_idx" ON "_featured_articles_v" USING btree ("updated_at");
  CREATE INDEX "_featured_articles_v_latest_idx" ON "_featured_articles_v" USING btree ("latest");
  CREATE INDEX "_featured_articles_v_rels_order_idx" ON "_featured_articles_v_rels" USING btree ("order");
  CREATE INDEX "_featured_articles_v_rels_parent_idx" ON "_featured_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_featured_articles_v_rels_path_idx" ON "_featured_articles_v_rels" USING btree ("path");
  CREATE INDEX "_featured_articles_v_rels_practices_id_idx" ON "_featured_articles_v_rels" USING btree ("practices_id");
  CREATE INDEX "_featured_articles_v_rels_media_id_idx" ON "_featured_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "practices_formats_order_idx" ON "practices_formats" USING btree ("order");
  CREATE INDEX "practices_formats_parent_idx" ON "practices_formats" USING btree ("parent_id");
  CREATE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_recognition_idx" ON "practices" USING btree ("recognition");
  CREATE INDEX "practices_attached_by_idx" ON "practices" USING btree ("attached_by_id");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE INDEX "_practices_v_version_formats_order_idx" ON "_practices_v_version_formats" USING btree ("order");
  CREATE INDEX "_practices_v_version_formats_parent_idx" ON "_practices_v_version_formats" USING btree ("parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_recognition_idx" ON "_practices_v" USING btree ("version_recognition");
  CREATE INDEX "_practices_v_version_version_attached_by_idx" ON "_practices_v" USING btree ("version_attached_by_id");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE INDEX "podcast_series_slug_idx" ON "podcast_series" USING btree ("slug");
  CREATE INDEX "podcast_series_cover_idx" ON "podcast_series" USING btree ("cover_id");
  CREATE INDEX "podcast_series_updated_at_idx" ON "podcast_series" USING btree ("updated_at");
  CREATE INDEX "podcast_series_created_at_idx" ON "podcast_series" USING btree ("created_at");
  CREATE INDEX "podcast_series__status_idx" ON "podcast_series" USING btree ("_status");
  CREATE INDEX "_podcast_series_v_parent_idx" ON "_podcast_series_v" USING btree ("parent_id");
  CREATE INDEX "_podcast_series_v_version_version_slug_idx" ON "_podcast_series_v" USING btree ("version_slug");
  CREATE INDEX "_podcast_series_v_version_version_cover_idx" ON "_podcast_series_v" USING btree ("version_cover_id");
  CREATE INDEX "_podcast_series_v_version_version_updated_at_idx" ON "_podcast_series_v" USING btree ("version_updated_at");
  CREATE INDEX "_podcast_series_v_version_version_created_at_idx" ON "_podcast_series_v" USING btree ("version_created_at");
  CREATE INDEX "_podcast_series_v_version_version__status_idx" ON "_podcast_series_v" USING btree ("version__status");
  CREATE INDEX "_podcast_series_v_created_at_idx" ON "_podcast_series_v" USING btree ("created_at");
  CREATE INDEX "_podcast_series_v_updated_at_idx" ON "_podcast_series_v" USING btree ("updated_at");
  CREATE INDEX "_podcast_series_v_latest_idx" ON "_podcast_series_v" USING btree ("latest");
  CREATE INDEX "podcast_episodes_guests_order_idx" ON "podcast_episodes_guests" USING btree ("_order");
  CREATE INDEX "podcast_episodes_guests_parent_id_idx" ON "podcast_episodes_guests" USING btree ("_parent_id");
  CREATE INDEX "podcast_episodes_slug_idx" ON "podcast_episodes" USING btree ("slug");
  CREATE INDEX "podcast_episodes_series_idx" ON "podcast_episodes" USING btree ("series_id");
  CREATE INDEX "podcast_episodes_published_at_idx" ON "podcast_episodes" USING btree ("published_at");
  CREATE INDEX "podcast_episodes_updated_at_idx" ON "podcast_episodes" USING btree ("updated_at");
  CREATE INDEX "podcast_episodes_created_at_idx" ON "podcast_episodes" USING btree ("created_at");
  CREATE INDEX "podcast_episodes__status_idx" ON "podcast_episodes" USING btree ("_status");
  CREATE INDEX "podcast_episodes_rels_order_idx" ON "podcast_episodes_rels" USING btree ("order");
  CREATE INDEX "podcast_episodes_rels_parent_idx" ON "podcast_episodes_rels" USING btree ("parent_id");
  CREATE INDEX "podcast_episodes_rels_path_idx" ON "podcast_episodes_rels" USING btree ("path");
  CREATE INDEX "podcast_episodes_rels_practices_id_idx" ON "podcast_episodes_rels" USING btree ("practices_id");
  CREATE INDEX "_podcast_episodes_v_version_guests_order_idx" ON "_podcast_episodes_v_version_guests" USING btree ("_order");
  CREATE INDEX "_podcast_episodes_v_version_guests_parent_id_idx" ON "_podcast_episodes_v_version_guests" USING btree ("_parent_id");
  CREATE INDEX "_podcast_episodes_v_parent_idx" ON "_podcast_episodes_v" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_version_version_slug_idx" ON "_podcast_episodes_v" USING btree ("version_slug");
  CREATE INDEX "_podcast_episodes_v_version_version_series_idx" ON "_podcast_episodes_v" USING btree ("version_series_id");
  CREATE INDEX "_podcast_episodes_v_version_version_published_at_idx" ON "_podcast_episodes_v" USING btree ("version_published_at");
  CREATE INDEX "_podcast_episodes_v_version_version_updated_at_idx" ON "_podcast_episodes_v" USING btree ("version_updated_at");
  CREATE INDEX "_podcast_episodes_v_version_version_created_at_idx" ON "_podcast_episodes_v" USING btree ("version_created_at");
  CREATE INDEX "_podcast_episodes_v_version_version__status_idx" ON "_podcast_episodes_v" USING btree ("version__status");
  CREATE INDEX "_podcast_episodes_v_created_at_idx" ON "_podcast_episodes_v" USING btree ("created_at");
  CREATE INDEX "_podcast_episodes_v_updated_at_idx" ON "_podcast_episodes_v" USING btree ("updated_at");
  CREATE INDEX "_podcast_episodes_v_latest_idx" ON "_podcast_episodes_v" USING btree ("latest");
  CREATE INDEX "_podcast_episodes_v_rels_order_idx" ON "_podcast_episodes_v_rels" USING btree ("order");
  CREATE INDEX "_podcast_episodes_v_rels_parent_idx" ON "_podcast_episodes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_podcast_episodes_v_rels_path_idx" ON "_podcast_episodes_v_rels" USING btree ("path");
  CREATE INDEX "_podcast_episodes_v_rels_practices_id_idx" ON "_podcast_episodes_v_rels" USING btree ("practices_id");
  CREATE INDEX "publications_authors_order_idx" ON "publications_authors" USING btree ("_order");
  CREATE INDEX "publications_authors_parent_id_idx" ON "publications_authors" USING btree ("_parent_id");
  CREATE INDEX "publications_authors_person_idx" ON "publications_authors" USING btree ("person_id");
  CREATE INDEX "publications_slug_idx" ON "publications" USING btree ("slug");
  CREATE INDEX "publications_year_idx" ON "publications" USING btree ("year");
  CREATE INDEX "publications_file_idx" ON "publications" USING btree ("file_id");
  CREATE INDEX "publications_cover_idx" ON "publications" USING btree ("cover_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE INDEX "_publications_v_version_authors_order_idx" ON "_publications_v_version_authors" USING btree ("_order");
  CREATE INDEX "_publications_v_version_authors_parent_id_idx" ON "_publications_v_version_authors" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_authors_person_idx" ON "_publications_v_version_authors" USING btree ("person_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v" USING btree ("version_slug");
  CREATE INDEX "_publications_v_version_version_year_idx" ON "_publications_v" USING btree ("version_year");
  CREATE INDEX "_publications_v_version_version_file_idx" ON "_publications_v" USING btree ("version_file_id");
  CREATE INDEX "_publications_v_version_version_cover_idx" ON "_publications_v" USING btree ("version_cover_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE INDEX "people_name_idx" ON "people" USING btree ("name");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "people__status_idx" ON "people" USING btree ("_status");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_name_idx" ON "_people_v" USING btree ("version_name");
  CREATE INDEX "_people_v_version_version_photo_idx" ON "_people_v" USING btree ("version_photo_id");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_version_version__status_idx" ON "_people_v" USING btree ("version__status");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "_people_v_latest_idx" ON "_people_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_person_idx" ON "users" USING btree ("person_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_chapters_id_idx" ON "payload_locked_documents_rels" USING btree ("chapters_id");
  CREATE INDEX "payload_locked_documents_rels_featured_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("featured_articles_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_podcast_series_id_idx" ON "payload_locked_documents_rels" USING btree ("podcast_series_id");
  CREATE INDEX "payload_locked_documents_rels_podcast_episodes_id_idx" ON "payload_locked_documents_rels" USING btree ("podcast_episodes_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "reports_sections" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "_reports_v_version_sections" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "chapters_activities" CASCADE;
  DROP TABLE "chapters" CASCADE;
  DROP TABLE "chapters_rels" CASCADE;
  DROP TABLE "_chapters_v_version_activities" CASCADE;
  DROP TABLE "_chapters_v" CASCADE;
  DROP TABLE "_chapters_v_rels" CASCADE;
  DROP TABLE "featured_articles_pull_quotes" CASCADE;
  DROP TABLE "featured_articles_footnotes" CASCADE;
  DROP TABLE "featured_articles" CASCADE;
  DROP TABLE "featured_articles_rels" CASCADE;
  DROP TABLE "_featured_articles_v_version_pull_quotes" CASCADE;
  DROP TABLE "_featured_articles_v_version_footnotes" CASCADE;
  DROP TABLE "_featured_articles_v" CASCADE;
  DROP TABLE "_featured_articles_v_rels" CASCADE;
  DROP TABLE "practices_formats" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "_practices_v_version_formats" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "podcast_series" CASCADE;
  DROP TABLE "_podcast_series_v" CASCADE;
  DROP TABLE "podcast_episodes_guests" CASCADE;
  DROP TABLE "podcast_episodes" CASCADE;
  DROP TABLE "podcast_episodes_rels" CASCADE;
  DROP TABLE "_podcast_episodes_v_version_guests" CASCADE;
  DROP TABLE "_podcast_episodes_v" CASCADE;
  DROP TABLE "_podcast_episodes_v_rels" CASCADE;
  DROP TABLE "publications_authors" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "_publications_v_version_authors" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum_chapters_activities_kind";
  DROP TYPE "public"."enum_chapters_activities_format";
  DROP TYPE "public"."enum_chapters_status";
  DROP TYPE "public"."enum__chapters_v_version_activities_kind";
  DROP TYPE "public"."enum__chapters_v_version_activities_format";
  DROP TYPE "public"."enum__chapters_v_version_status";
  DROP TYPE "public"."enum_featured_articles_status";
  DROP TYPE "public"."enum__featured_articles_v_version_status";
  DROP TYPE "public"."enum_practices_formats";
  DROP TYPE "public"."enum_practices_recognition";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_formats";
  DROP TYPE "public"."enum__practices_v_version_recognition";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum_podcast_series_status";
  DROP TYPE "public"."enum__podcast_series_v_version_status";
  DROP TYPE "public"."enum_podcast_episodes_status";
  DROP TYPE "public"."enum__podcast_episodes_v_version_status";
  DROP TYPE "public"."enum_publications_kind";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_kind";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum_people_board_role";
  DROP TYPE "public"."enum_people_status";
  DROP TYPE "public"."enum__people_v_version_board_role";
  DROP TYPE "public"."enum__people_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
