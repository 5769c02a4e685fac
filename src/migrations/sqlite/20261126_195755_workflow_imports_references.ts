import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_review_notes_order_idx\` ON \`reports_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_review_notes_parent_id_idx\` ON \`reports_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_review_notes_author_idx\` ON \`reports_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_review_notes_resolved_by_idx\` ON \`reports_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_review_notes_order_idx\` ON \`_reports_v_version_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_review_notes_parent_id_idx\` ON \`_reports_v_version_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_review_notes_author_idx\` ON \`_reports_v_version_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_review_notes_resolved_by_idx\` ON \`_reports_v_version_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chapters_review_notes_order_idx\` ON \`chapters_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_review_notes_parent_id_idx\` ON \`chapters_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_review_notes_author_idx\` ON \`chapters_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_review_notes_resolved_by_idx\` ON \`chapters_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_review_notes_order_idx\` ON \`_chapters_v_version_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_review_notes_parent_id_idx\` ON \`_chapters_v_version_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_review_notes_author_idx\` ON \`_chapters_v_version_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_review_notes_resolved_by_idx\` ON \`_chapters_v_version_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`featured_articles_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`featured_articles_review_notes_order_idx\` ON \`featured_articles_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_review_notes_parent_id_idx\` ON \`featured_articles_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_review_notes_author_idx\` ON \`featured_articles_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_review_notes_resolved_by_idx\` ON \`featured_articles_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_featured_articles_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_featured_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_review_notes_order_idx\` ON \`_featured_articles_v_version_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_review_notes_parent_id_idx\` ON \`_featured_articles_v_version_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_review_notes_author_idx\` ON \`_featured_articles_v_version_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_review_notes_resolved_by_idx\` ON \`_featured_articles_v_version_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`podcast_episodes_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`podcast_episodes_review_notes_order_idx\` ON \`podcast_episodes_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_review_notes_parent_id_idx\` ON \`podcast_episodes_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_review_notes_author_idx\` ON \`podcast_episodes_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_review_notes_resolved_by_idx\` ON \`podcast_episodes_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_podcast_episodes_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_podcast_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_review_notes_order_idx\` ON \`_podcast_episodes_v_version_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_review_notes_parent_id_idx\` ON \`_podcast_episodes_v_version_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_review_notes_author_idx\` ON \`_podcast_episodes_v_version_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_review_notes_resolved_by_idx\` ON \`_podcast_episodes_v_version_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_review_notes_order_idx\` ON \`publications_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_review_notes_parent_id_idx\` ON \`publications_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_review_notes_author_idx\` ON \`publications_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_review_notes_resolved_by_idx\` ON \`publications_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_review_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`author_id\` integer,
  	\`created_at\` text,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_notes_order_idx\` ON \`_publications_v_version_review_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_notes_parent_id_idx\` ON \`_publications_v_version_review_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_notes_author_idx\` ON \`_publications_v_version_review_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_notes_resolved_by_idx\` ON \`_publications_v_version_review_notes\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`dataset_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dataset_id\` integer NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`file_name\` text NOT NULL,
  	\`sha256\` text NOT NULL,
  	\`imported_by_id\` integer,
  	\`summary_added\` numeric,
  	\`summary_changed\` numeric,
  	\`summary_removed\` numeric,
  	\`summary_unchanged\` numeric,
  	\`diff\` text,
  	\`stale_documents\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dataset_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dataset_imports_dataset_idx\` ON \`dataset_imports\` (\`dataset_id\`);`)
  await db.run(sql`CREATE INDEX \`dataset_imports_version_idx\` ON \`dataset_imports\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`dataset_imports_imported_by_idx\` ON \`dataset_imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dataset_imports_updated_at_idx\` ON \`dataset_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dataset_imports_created_at_idx\` ON \`dataset_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dataset_version_idx\` ON \`dataset_imports\` (\`dataset_id\`,\`version\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`user_id\` integer,
  	\`user_label\` text,
  	\`from_stage\` text,
  	\`to_stage\` text,
  	\`summary\` text NOT NULL,
  	\`findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports_rels\`("id", "order", "parent_id", "path", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "dataset_records_id" FROM \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_rels\` RENAME TO \`reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_dataset_records_id_idx\` ON \`reports_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v_rels\`("id", "order", "parent_id", "path", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "dataset_records_id" FROM \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_rels\` RENAME TO \`_reports_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_dataset_records_id_idx\` ON \`_reports_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_chapters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`featured_articles_id\` integer,
  	\`media_id\` integer,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`featured_articles_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_chapters_rels\`("id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id", "dataset_records_id" FROM \`chapters_rels\`;`)
  await db.run(sql`DROP TABLE \`chapters_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_chapters_rels\` RENAME TO \`chapters_rels\`;`)
  await db.run(sql`CREATE INDEX \`chapters_rels_order_idx\` ON \`chapters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_parent_idx\` ON \`chapters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_path_idx\` ON \`chapters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_practices_id_idx\` ON \`chapters_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_featured_articles_id_idx\` ON \`chapters_rels\` (\`featured_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_media_id_idx\` ON \`chapters_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_dataset_records_id_idx\` ON \`chapters_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__chapters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`featured_articles_id\` integer,
  	\`media_id\` integer,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`featured_articles_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__chapters_v_rels\`("id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id", "dataset_records_id" FROM \`_chapters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__chapters_v_rels\` RENAME TO \`_chapters_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_order_idx\` ON \`_chapters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_parent_idx\` ON \`_chapters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_path_idx\` ON \`_chapters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_practices_id_idx\` ON \`_chapters_v_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_featured_articles_id_idx\` ON \`_chapters_v_rels\` (\`featured_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_media_id_idx\` ON \`_chapters_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_dataset_records_id_idx\` ON \`_chapters_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_featured_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`media_id\` integer,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_featured_articles_rels\`("id", "order", "parent_id", "path", "practices_id", "media_id", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "practices_id", "media_id", "dataset_records_id" FROM \`featured_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`featured_articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_featured_articles_rels\` RENAME TO \`featured_articles_rels\`;`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_order_idx\` ON \`featured_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_parent_idx\` ON \`featured_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_path_idx\` ON \`featured_articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_practices_id_idx\` ON \`featured_articles_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_media_id_idx\` ON \`featured_articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_dataset_records_id_idx\` ON \`featured_articles_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__featured_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`media_id\` integer,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_featured_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__featured_articles_v_rels\`("id", "order", "parent_id", "path", "practices_id", "media_id", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "practices_id", "media_id", "dataset_records_id" FROM \`_featured_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_featured_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__featured_articles_v_rels\` RENAME TO \`_featured_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_order_idx\` ON \`_featured_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_parent_idx\` ON \`_featured_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_path_idx\` ON \`_featured_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_practices_id_idx\` ON \`_featured_articles_v_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_media_id_idx\` ON \`_featured_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_dataset_records_id_idx\` ON \`_featured_articles_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`reports_workflow_stage_idx\` ON \`reports\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`reports_owner_idx\` ON \`reports\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_workflow_stage_idx\` ON \`_reports_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_owner_idx\` ON \`_reports_v\` (\`version_owner_id\`);`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`chapters_workflow_stage_idx\` ON \`chapters\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`chapters_owner_idx\` ON \`chapters\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_workflow_stage_idx\` ON \`_chapters_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_owner_idx\` ON \`_chapters_v\` (\`version_owner_id\`);`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`featured_articles_workflow_stage_idx\` ON \`featured_articles\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_owner_idx\` ON \`featured_articles\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_figure_check_dataset_versions\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_workflow_stage_idx\` ON \`_featured_articles_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_owner_idx\` ON \`_featured_articles_v\` (\`version_owner_id\`);`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`podcast_episodes\` ADD \`scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_workflow_stage_idx\` ON \`podcast_episodes\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_owner_idx\` ON \`podcast_episodes\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`_podcast_episodes_v\` ADD \`version_scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_workflow_stage_idx\` ON \`_podcast_episodes_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_owner_idx\` ON \`_podcast_episodes_v\` (\`version_owner_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`publications_workflow_stage_idx\` ON \`publications\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`publications_owner_idx\` ON \`publications\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_stage\` text DEFAULT 'concept';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_scheduled_publish_failure_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_scheduled_publish_failure_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_workflow_stage_idx\` ON \`_publications_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_owner_idx\` ON \`_publications_v\` (\`version_owner_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dataset_imports_id\` integer REFERENCES dataset_imports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`chapters_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`featured_articles_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_featured_articles_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`publications_review_notes\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_review_notes\`;`)
  await db.run(sql`DROP TABLE \`dataset_imports\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`year\` numeric,
  	\`policy_period\` text,
  	\`organisation\` text,
  	\`cover_image_id\` integer,
  	\`foreword\` text,
  	\`foreword_signatory_id\` integer,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`figure_check_status\` text DEFAULT 'unchecked',
  	\`figure_check_checked_at\` text,
  	\`figure_check_figures\` numeric,
  	\`figure_check_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`foreword_signatory_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "title", "slug", "year", "policy_period", "organisation", "cover_image_id", "foreword", "foreword_signatory_id", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "year", "policy_period", "organisation", "cover_image_id", "foreword", "foreword_signatory_id", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_year_idx\` ON \`reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`reports_cover_image_idx\` ON \`reports\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_foreword_signatory_idx\` ON \`reports\` (\`foreword_signatory_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_figure_check_figure_check_status_idx\` ON \`reports\` (\`figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_policy_period\` text,
  	\`version_organisation\` text,
  	\`version_cover_image_id\` integer,
  	\`version_foreword\` text,
  	\`version_foreword_signatory_id\` integer,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_figure_check_status\` text DEFAULT 'unchecked',
  	\`version_figure_check_checked_at\` text,
  	\`version_figure_check_figures\` numeric,
  	\`version_figure_check_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_foreword_signatory_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_title", "version_slug", "version_year", "version_policy_period", "version_organisation", "version_cover_image_id", "version_foreword", "version_foreword_signatory_id", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_year", "version_policy_period", "version_organisation", "version_cover_image_id", "version_foreword", "version_foreword_signatory_id", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_year_idx\` ON \`_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_cover_image_idx\` ON \`_reports_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_foreword_signatory_idx\` ON \`_reports_v\` (\`version_foreword_signatory_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_figure_check_version_figure_check_sta_idx\` ON \`_reports_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_chapters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`report_id\` integer,
  	\`section\` text,
  	\`number\` text,
  	\`slug\` text,
  	\`sort_key\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`figure_check_status\` text DEFAULT 'unchecked',
  	\`figure_check_checked_at\` text,
  	\`figure_check_figures\` numeric,
  	\`figure_check_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_chapters\`("id", "title", "report_id", "section", "number", "slug", "sort_key", "summary", "body", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status") SELECT "id", "title", "report_id", "section", "number", "slug", "sort_key", "summary", "body", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status" FROM \`chapters\`;`)
  await db.run(sql`DROP TABLE \`chapters\`;`)
  await db.run(sql`ALTER TABLE \`__new_chapters\` RENAME TO \`chapters\`;`)
  await db.run(sql`CREATE INDEX \`chapters_report_idx\` ON \`chapters\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_slug_idx\` ON \`chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`chapters_sort_key_idx\` ON \`chapters\` (\`sort_key\`);`)
  await db.run(sql`CREATE INDEX \`chapters_figure_check_figure_check_status_idx\` ON \`chapters\` (\`figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`chapters_updated_at_idx\` ON \`chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`chapters_created_at_idx\` ON \`chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`chapters__status_idx\` ON \`chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__chapters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_report_id\` integer,
  	\`version_section\` text,
  	\`version_number\` text,
  	\`version_slug\` text,
  	\`version_sort_key\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_figure_check_status\` text DEFAULT 'unchecked',
  	\`version_figure_check_checked_at\` text,
  	\`version_figure_check_figures\` numeric,
  	\`version_figure_check_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__chapters_v\`("id", "parent_id", "version_title", "version_report_id", "version_section", "version_number", "version_slug", "version_sort_key", "version_summary", "version_body", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_report_id", "version_section", "version_number", "version_slug", "version_sort_key", "version_summary", "version_body", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__chapters_v\` RENAME TO \`_chapters_v\`;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_parent_idx\` ON \`_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_report_idx\` ON \`_chapters_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_slug_idx\` ON \`_chapters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_sort_key_idx\` ON \`_chapters_v\` (\`version_sort_key\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_figure_check_version_figure_check_st_idx\` ON \`_chapters_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_updated_at_idx\` ON \`_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_created_at_idx\` ON \`_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version__status_idx\` ON \`_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_created_at_idx\` ON \`_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_updated_at_idx\` ON \`_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_latest_idx\` ON \`_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_featured_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`report_id\` integer,
  	\`chapter_id\` integer,
  	\`author_id\` integer,
  	\`lead\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`figure_check_status\` text DEFAULT 'unchecked',
  	\`figure_check_checked_at\` text,
  	\`figure_check_figures\` numeric,
  	\`figure_check_findings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_featured_articles\`("id", "title", "slug", "report_id", "chapter_id", "author_id", "lead", "body", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "report_id", "chapter_id", "author_id", "lead", "body", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "updated_at", "created_at", "_status" FROM \`featured_articles\`;`)
  await db.run(sql`DROP TABLE \`featured_articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_featured_articles\` RENAME TO \`featured_articles\`;`)
  await db.run(sql`CREATE INDEX \`featured_articles_slug_idx\` ON \`featured_articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_report_idx\` ON \`featured_articles\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_chapter_idx\` ON \`featured_articles\` (\`chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_author_idx\` ON \`featured_articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_figure_check_figure_check_status_idx\` ON \`featured_articles\` (\`figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_updated_at_idx\` ON \`featured_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_created_at_idx\` ON \`featured_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles__status_idx\` ON \`featured_articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__featured_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_report_id\` integer,
  	\`version_chapter_id\` integer,
  	\`version_author_id\` integer,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_figure_check_status\` text DEFAULT 'unchecked',
  	\`version_figure_check_checked_at\` text,
  	\`version_figure_check_figures\` numeric,
  	\`version_figure_check_findings\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__featured_articles_v\`("id", "parent_id", "version_title", "version_slug", "version_report_id", "version_chapter_id", "version_author_id", "version_lead", "version_body", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_report_id", "version_chapter_id", "version_author_id", "version_lead", "version_body", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_featured_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_featured_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__featured_articles_v\` RENAME TO \`_featured_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_parent_idx\` ON \`_featured_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_slug_idx\` ON \`_featured_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_report_idx\` ON \`_featured_articles_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_chapter_idx\` ON \`_featured_articles_v\` (\`version_chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_author_idx\` ON \`_featured_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_figure_check_version_figure_idx\` ON \`_featured_articles_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_updated_at_idx\` ON \`_featured_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version_created_at_idx\` ON \`_featured_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_version__status_idx\` ON \`_featured_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_created_at_idx\` ON \`_featured_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_updated_at_idx\` ON \`_featured_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_latest_idx\` ON \`_featured_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_podcast_episodes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`series_id\` integer,
  	\`number\` numeric,
  	\`lead\` text,
  	\`description\` text,
  	\`recorded_live_event\` text,
  	\`recorded_live_date\` text,
  	\`published_at\` text,
  	\`audio_url\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`series_id\`) REFERENCES \`podcast_series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_podcast_episodes\`("id", "title", "slug", "series_id", "number", "lead", "description", "recorded_live_event", "recorded_live_date", "published_at", "audio_url", "meta_title", "meta_description", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "series_id", "number", "lead", "description", "recorded_live_event", "recorded_live_date", "published_at", "audio_url", "meta_title", "meta_description", "updated_at", "created_at", "_status" FROM \`podcast_episodes\`;`)
  await db.run(sql`DROP TABLE \`podcast_episodes\`;`)
  await db.run(sql`ALTER TABLE \`__new_podcast_episodes\` RENAME TO \`podcast_episodes\`;`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_slug_idx\` ON \`podcast_episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_series_idx\` ON \`podcast_episodes\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_published_at_idx\` ON \`podcast_episodes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_updated_at_idx\` ON \`podcast_episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes_created_at_idx\` ON \`podcast_episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`podcast_episodes__status_idx\` ON \`podcast_episodes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__podcast_episodes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_series_id\` integer,
  	\`version_number\` numeric,
  	\`version_lead\` text,
  	\`version_description\` text,
  	\`version_recorded_live_event\` text,
  	\`version_recorded_live_date\` text,
  	\`version_published_at\` text,
  	\`version_audio_url\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`podcast_series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__podcast_episodes_v\`("id", "parent_id", "version_title", "version_slug", "version_series_id", "version_number", "version_lead", "version_description", "version_recorded_live_event", "version_recorded_live_date", "version_published_at", "version_audio_url", "version_meta_title", "version_meta_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_series_id", "version_number", "version_lead", "version_description", "version_recorded_live_event", "version_recorded_live_date", "version_published_at", "version_audio_url", "version_meta_title", "version_meta_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_podcast_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_podcast_episodes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__podcast_episodes_v\` RENAME TO \`_podcast_episodes_v\`;`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_parent_idx\` ON \`_podcast_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_slug_idx\` ON \`_podcast_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_series_idx\` ON \`_podcast_episodes_v\` (\`version_series_id\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_published_at_idx\` ON \`_podcast_episodes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_updated_at_idx\` ON \`_podcast_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version_created_at_idx\` ON \`_podcast_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_version_version__status_idx\` ON \`_podcast_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_created_at_idx\` ON \`_podcast_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_updated_at_idx\` ON \`_podcast_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_podcast_episodes_v_latest_idx\` ON \`_podcast_episodes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`year\` numeric,
  	\`kind\` text,
  	\`downloads\` numeric,
  	\`summary\` text,
  	\`file_id\` integer,
  	\`url\` text,
  	\`cover_id\` integer,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "title", "slug", "year", "kind", "downloads", "summary", "file_id", "url", "cover_id", "meta_title", "meta_description", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "year", "kind", "downloads", "summary", "file_id", "url", "cover_id", "meta_title", "meta_description", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE INDEX \`publications_slug_idx\` ON \`publications\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publications_year_idx\` ON \`publications\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`publications_file_idx\` ON \`publications\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_cover_idx\` ON \`publications\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_kind\` text,
  	\`version_downloads\` numeric,
  	\`version_summary\` text,
  	\`version_file_id\` integer,
  	\`version_url\` text,
  	\`version_cover_id\` integer,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_title", "version_slug", "version_year", "version_kind", "version_downloads", "version_summary", "version_file_id", "version_url", "version_cover_id", "version_meta_title", "version_meta_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_year", "version_kind", "version_downloads", "version_summary", "version_file_id", "version_url", "version_cover_id", "version_meta_title", "version_meta_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_year_idx\` ON \`_publications_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_file_idx\` ON \`_publications_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_cover_idx\` ON \`_publications_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`chapters_id\` integer,
  	\`featured_articles_id\` integer,
  	\`practices_id\` integer,
  	\`podcast_series_id\` integer,
  	\`podcast_episodes_id\` integer,
  	\`publications_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	\`datasets_id\` integer,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chapters_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`featured_articles_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`podcast_series_id\`) REFERENCES \`podcast_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`podcast_episodes_id\`) REFERENCES \`podcast_episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`datasets_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "reports_id", "chapters_id", "featured_articles_id", "practices_id", "podcast_series_id", "podcast_episodes_id", "publications_id", "people_id", "media_id", "files_id", "users_id", "datasets_id", "dataset_records_id") SELECT "id", "order", "parent_id", "path", "reports_id", "chapters_id", "featured_articles_id", "practices_id", "podcast_series_id", "podcast_episodes_id", "publications_id", "people_id", "media_id", "files_id", "users_id", "datasets_id", "dataset_records_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_featured_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`featured_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_podcast_series_id_idx\` ON \`payload_locked_documents_rels\` (\`podcast_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_podcast_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`podcast_episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_datasets_id_idx\` ON \`payload_locked_documents_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_records_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`ALTER TABLE \`reports_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`reports_rels_datasets_id_idx\` ON \`reports_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_datasets_id_idx\` ON \`_reports_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`chapters_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_datasets_id_idx\` ON \`chapters_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_datasets_id_idx\` ON \`_chapters_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`featured_articles_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_datasets_id_idx\` ON \`featured_articles_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_datasets_id_idx\` ON \`_featured_articles_v_rels\` (\`datasets_id\`);`)
}
