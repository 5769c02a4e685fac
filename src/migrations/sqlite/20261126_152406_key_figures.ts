import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_key_figures_order_idx\` ON \`reports_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_key_figures_parent_id_idx\` ON \`reports_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_key_figures_record_idx\` ON \`reports_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	\`datasets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`datasets_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_dataset_records_id_idx\` ON \`reports_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_datasets_id_idx\` ON \`reports_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	\`_uuid\` text,
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_key_figures_order_idx\` ON \`_reports_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_key_figures_parent_id_idx\` ON \`_reports_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_key_figures_record_idx\` ON \`_reports_v_version_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	\`datasets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`datasets_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_dataset_records_id_idx\` ON \`_reports_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_datasets_id_idx\` ON \`_reports_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chapters_key_figures_order_idx\` ON \`chapters_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_key_figures_parent_id_idx\` ON \`chapters_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_key_figures_record_idx\` ON \`chapters_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	\`_uuid\` text,
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_key_figures_order_idx\` ON \`_chapters_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_key_figures_parent_id_idx\` ON \`_chapters_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_key_figures_record_idx\` ON \`_chapters_v_version_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`featured_articles_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`featured_articles_key_figures_order_idx\` ON \`featured_articles_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_key_figures_parent_id_idx\` ON \`featured_articles_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_key_figures_record_idx\` ON \`featured_articles_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`_featured_articles_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`shown\` text,
  	\`unit\` text DEFAULT 'count',
  	\`operation\` text DEFAULT 'record',
  	\`record_id\` integer,
  	\`rounding\` text DEFAULT 'tolerant',
  	\`_uuid\` text,
  	FOREIGN KEY (\`record_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_featured_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_key_figures_order_idx\` ON \`_featured_articles_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_key_figures_parent_id_idx\` ON \`_featured_articles_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_key_figures_record_idx\` ON \`_featured_articles_v_version_key_figures\` (\`record_id\`);`)
  await db.run(sql`CREATE TABLE \`datasets_footing_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`total_id\` integer,
  	FOREIGN KEY (\`total_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`datasets_footing_rules_order_idx\` ON \`datasets_footing_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`datasets_footing_rules_parent_id_idx\` ON \`datasets_footing_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_footing_rules_total_idx\` ON \`datasets_footing_rules\` (\`total_id\`);`)
  await db.run(sql`CREATE TABLE \`datasets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`period\` text,
  	\`source\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`datasets_slug_idx\` ON \`datasets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`datasets_updated_at_idx\` ON \`datasets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets_created_at_idx\` ON \`datasets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`datasets__status_idx\` ON \`datasets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`datasets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`datasets_rels_order_idx\` ON \`datasets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_parent_idx\` ON \`datasets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_path_idx\` ON \`datasets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`datasets_rels_dataset_records_id_idx\` ON \`datasets_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v_version_footing_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`total_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`total_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_footing_rules_order_idx\` ON \`_datasets_v_version_footing_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_footing_rules_parent_id_idx\` ON \`_datasets_v_version_footing_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_footing_rules_total_idx\` ON \`_datasets_v_version_footing_rules\` (\`total_id\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_period\` text,
  	\`version_source\` text,
  	\`version_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_parent_idx\` ON \`_datasets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_slug_idx\` ON \`_datasets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_updated_at_idx\` ON \`_datasets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_created_at_idx\` ON \`_datasets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version__status_idx\` ON \`_datasets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_created_at_idx\` ON \`_datasets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_updated_at_idx\` ON \`_datasets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_latest_idx\` ON \`_datasets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_datasets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`dataset_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_datasets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dataset_records_id\`) REFERENCES \`dataset_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_order_idx\` ON \`_datasets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_parent_idx\` ON \`_datasets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_path_idx\` ON \`_datasets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_datasets_v_rels_dataset_records_id_idx\` ON \`_datasets_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE TABLE \`dataset_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dataset_id\` integer NOT NULL,
  	\`key\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`unit\` text DEFAULT 'count' NOT NULL,
  	\`notes\` text,
  	\`picker_title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dataset_id\`) REFERENCES \`datasets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dataset_records_dataset_idx\` ON \`dataset_records\` (\`dataset_id\`);`)
  await db.run(sql`CREATE INDEX \`dataset_records_key_idx\` ON \`dataset_records\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`dataset_records_updated_at_idx\` ON \`dataset_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dataset_records_created_at_idx\` ON \`dataset_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dataset_key_idx\` ON \`dataset_records\` (\`dataset_id\`,\`key\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`reports_figure_check_figure_check_status_idx\` ON \`reports\` (\`figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_figure_check_version_figure_check_sta_idx\` ON \`_reports_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`chapters\` ADD \`figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`chapters_figure_check_figure_check_status_idx\` ON \`chapters\` (\`figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`chapters_rels\` ADD \`dataset_records_id\` integer REFERENCES dataset_records(id);`)
  await db.run(sql`ALTER TABLE \`chapters_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_dataset_records_id_idx\` ON \`chapters_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_datasets_id_idx\` ON \`chapters_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` ADD \`version_figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_figure_check_version_figure_check_st_idx\` ON \`_chapters_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v_rels\` ADD \`dataset_records_id\` integer REFERENCES dataset_records(id);`)
  await db.run(sql`ALTER TABLE \`_chapters_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_dataset_records_id_idx\` ON \`_chapters_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_datasets_id_idx\` ON \`_chapters_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` ADD \`figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`featured_articles_figure_check_figure_check_status_idx\` ON \`featured_articles\` (\`figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`featured_articles_rels\` ADD \`dataset_records_id\` integer REFERENCES dataset_records(id);`)
  await db.run(sql`ALTER TABLE \`featured_articles_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_dataset_records_id_idx\` ON \`featured_articles_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_datasets_id_idx\` ON \`featured_articles_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_figure_check_status\` text DEFAULT 'unchecked';`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_figure_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_figure_check_figures\` numeric;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` ADD \`version_figure_check_findings\` text;`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_version_figure_check_version_figure_idx\` ON \`_featured_articles_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_rels\` ADD \`dataset_records_id\` integer REFERENCES dataset_records(id);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_dataset_records_id_idx\` ON \`_featured_articles_v_rels\` (\`dataset_records_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_datasets_id_idx\` ON \`_featured_articles_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dataset_records_id\` integer REFERENCES dataset_records(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_datasets_id_idx\` ON \`payload_locked_documents_rels\` (\`datasets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dataset_records_id_idx\` ON \`payload_locked_documents_rels\` (\`dataset_records_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_key_figures\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`chapters_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`featured_articles_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_featured_articles_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`datasets_footing_rules\`;`)
  await db.run(sql`DROP TABLE \`datasets\`;`)
  await db.run(sql`DROP TABLE \`datasets_rels\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_version_footing_rules\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v\`;`)
  await db.run(sql`DROP TABLE \`_datasets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`dataset_records\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_chapters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`featured_articles_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`featured_articles_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_chapters_rels\`("id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id") SELECT "id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id" FROM \`chapters_rels\`;`)
  await db.run(sql`DROP TABLE \`chapters_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_chapters_rels\` RENAME TO \`chapters_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`chapters_rels_order_idx\` ON \`chapters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_parent_idx\` ON \`chapters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_path_idx\` ON \`chapters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_practices_id_idx\` ON \`chapters_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_featured_articles_id_idx\` ON \`chapters_rels\` (\`featured_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_media_id_idx\` ON \`chapters_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__chapters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`featured_articles_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`featured_articles_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__chapters_v_rels\`("id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id") SELECT "id", "order", "parent_id", "path", "practices_id", "featured_articles_id", "media_id" FROM \`_chapters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__chapters_v_rels\` RENAME TO \`_chapters_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_order_idx\` ON \`_chapters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_parent_idx\` ON \`_chapters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_path_idx\` ON \`_chapters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_practices_id_idx\` ON \`_chapters_v_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_featured_articles_id_idx\` ON \`_chapters_v_rels\` (\`featured_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_media_id_idx\` ON \`_chapters_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_featured_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`featured_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_featured_articles_rels\`("id", "order", "parent_id", "path", "practices_id", "media_id") SELECT "id", "order", "parent_id", "path", "practices_id", "media_id" FROM \`featured_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`featured_articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_featured_articles_rels\` RENAME TO \`featured_articles_rels\`;`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_order_idx\` ON \`featured_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_parent_idx\` ON \`featured_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_path_idx\` ON \`featured_articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_practices_id_idx\` ON \`featured_articles_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_media_id_idx\` ON \`featured_articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__featured_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`practices_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_featured_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practices_id\`) REFERENCES \`practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__featured_articles_v_rels\`("id", "order", "parent_id", "path", "practices_id", "media_id") SELECT "id", "order", "parent_id", "path", "practices_id", "media_id" FROM \`_featured_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_featured_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__featured_articles_v_rels\` RENAME TO \`_featured_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_order_idx\` ON \`_featured_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_parent_idx\` ON \`_featured_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_path_idx\` ON \`_featured_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_practices_id_idx\` ON \`_featured_articles_v_rels\` (\`practices_id\`);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_media_id_idx\` ON \`_featured_articles_v_rels\` (\`media_id\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "reports_id", "chapters_id", "featured_articles_id", "practices_id", "podcast_series_id", "podcast_episodes_id", "publications_id", "people_id", "media_id", "files_id", "users_id") SELECT "id", "order", "parent_id", "path", "reports_id", "chapters_id", "featured_articles_id", "practices_id", "podcast_series_id", "podcast_episodes_id", "publications_id", "people_id", "media_id", "files_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`reports_figure_check_figure_check_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`figure_check_findings\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_figure_check_version_figure_check_sta_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_figure_check_findings\`;`)
  await db.run(sql`DROP INDEX \`chapters_figure_check_figure_check_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`chapters\` DROP COLUMN \`figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`chapters\` DROP COLUMN \`figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`chapters\` DROP COLUMN \`figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`chapters\` DROP COLUMN \`figure_check_findings\`;`)
  await db.run(sql`DROP INDEX \`_chapters_v_version_figure_check_version_figure_check_st_idx\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` DROP COLUMN \`version_figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` DROP COLUMN \`version_figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` DROP COLUMN \`version_figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v\` DROP COLUMN \`version_figure_check_findings\`;`)
  await db.run(sql`DROP INDEX \`featured_articles_figure_check_figure_check_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` DROP COLUMN \`figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` DROP COLUMN \`figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` DROP COLUMN \`figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`featured_articles\` DROP COLUMN \`figure_check_findings\`;`)
  await db.run(sql`DROP INDEX \`_featured_articles_v_version_figure_check_version_figure_idx\`;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` DROP COLUMN \`version_figure_check_status\`;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` DROP COLUMN \`version_figure_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` DROP COLUMN \`version_figure_check_figures\`;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v\` DROP COLUMN \`version_figure_check_findings\`;`)
}
