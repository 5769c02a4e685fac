import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`theme_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`theme_primary_color\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`theme_accent_color\` text;`)
  await db.run(sql`CREATE INDEX \`reports_theme_theme_logo_idx\` ON \`reports\` (\`theme_logo_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_theme_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_theme_primary_color\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_theme_accent_color\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_theme_version_theme_logo_idx\` ON \`_reports_v\` (\`version_theme_logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`figure_check_dataset_versions\` text,
  	\`workflow_stage\` text DEFAULT 'concept',
  	\`workflow_reason\` text,
  	\`owner_id\` integer,
  	\`scheduled_publish_failure_at\` text,
  	\`scheduled_publish_failure_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`foreword_signatory_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "title", "slug", "year", "policy_period", "organisation", "cover_image_id", "foreword", "foreword_signatory_id", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "figure_check_dataset_versions", "workflow_stage", "workflow_reason", "owner_id", "scheduled_publish_failure_at", "scheduled_publish_failure_reason", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "year", "policy_period", "organisation", "cover_image_id", "foreword", "foreword_signatory_id", "meta_title", "meta_description", "figure_check_status", "figure_check_checked_at", "figure_check_figures", "figure_check_findings", "figure_check_dataset_versions", "workflow_stage", "workflow_reason", "owner_id", "scheduled_publish_failure_at", "scheduled_publish_failure_reason", "updated_at", "created_at", "_status" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_year_idx\` ON \`reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`reports_cover_image_idx\` ON \`reports\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_foreword_signatory_idx\` ON \`reports\` (\`foreword_signatory_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_figure_check_figure_check_status_idx\` ON \`reports\` (\`figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_stage_idx\` ON \`reports\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`reports_owner_idx\` ON \`reports\` (\`owner_id\`);`)
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
  	\`version_figure_check_dataset_versions\` text,
  	\`version_workflow_stage\` text DEFAULT 'concept',
  	\`version_workflow_reason\` text,
  	\`version_owner_id\` integer,
  	\`version_scheduled_publish_failure_at\` text,
  	\`version_scheduled_publish_failure_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_foreword_signatory_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_title", "version_slug", "version_year", "version_policy_period", "version_organisation", "version_cover_image_id", "version_foreword", "version_foreword_signatory_id", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_figure_check_dataset_versions", "version_workflow_stage", "version_workflow_reason", "version_owner_id", "version_scheduled_publish_failure_at", "version_scheduled_publish_failure_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_year", "version_policy_period", "version_organisation", "version_cover_image_id", "version_foreword", "version_foreword_signatory_id", "version_meta_title", "version_meta_description", "version_figure_check_status", "version_figure_check_checked_at", "version_figure_check_figures", "version_figure_check_findings", "version_figure_check_dataset_versions", "version_workflow_stage", "version_workflow_reason", "version_owner_id", "version_scheduled_publish_failure_at", "version_scheduled_publish_failure_reason", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_year_idx\` ON \`_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_cover_image_idx\` ON \`_reports_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_foreword_signatory_idx\` ON \`_reports_v\` (\`version_foreword_signatory_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_figure_check_version_figure_check_sta_idx\` ON \`_reports_v\` (\`version_figure_check_status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_workflow_stage_idx\` ON \`_reports_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_owner_idx\` ON \`_reports_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
}
