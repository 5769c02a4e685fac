import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { datasetsIntoSeries } from '../steps/datasetsIntoSeries'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`reports_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`reports_rels_datasets_id_idx\` ON \`reports_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_datasets_id_idx\` ON \`_reports_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`chapters_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`chapters_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_datasets_id_idx\` ON \`chapters_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_chapters_v_version_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_datasets_id_idx\` ON \`_chapters_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`featured_articles_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`featured_articles_rels_datasets_id_idx\` ON \`featured_articles_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_version_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_rels\` ADD \`datasets_id\` integer REFERENCES datasets(id);`)
  await db.run(sql`CREATE INDEX \`_featured_articles_v_rels_datasets_id_idx\` ON \`_featured_articles_v_rels\` (\`datasets_id\`);`)
  await db.run(sql`ALTER TABLE \`datasets\` ADD \`series\` text;`)
  await db.run(sql`CREATE INDEX \`datasets_series_idx\` ON \`datasets\` (\`series\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_period_idx\` ON \`datasets\` (\`series\`,\`period\`);`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` ADD \`version_series\` text;`)
  await db.run(sql`CREATE INDEX \`_datasets_v_version_version_series_idx\` ON \`_datasets_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_period_idx\` ON \`_datasets_v\` (\`version_series\`,\`version_period\`);`)
  // Every existing dataset becomes a series of one period (nothing else changes).
  await datasetsIntoSeries({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`DROP INDEX \`datasets_series_idx\`;`)
  await db.run(sql`DROP INDEX \`series_period_idx\`;`)
  await db.run(sql`ALTER TABLE \`datasets\` DROP COLUMN \`series\`;`)
  await db.run(sql`DROP INDEX \`_datasets_v_version_version_series_idx\`;`)
  await db.run(sql`DROP INDEX \`version_series_version_period_idx\`;`)
  await db.run(sql`ALTER TABLE \`_datasets_v\` DROP COLUMN \`version_series\`;`)
  await db.run(sql`ALTER TABLE \`reports_key_figures\` DROP COLUMN \`awaiting_data\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_key_figures\` DROP COLUMN \`awaiting_data\`;`)
  await db.run(sql`ALTER TABLE \`chapters_key_figures\` DROP COLUMN \`awaiting_data\`;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_version_key_figures\` DROP COLUMN \`awaiting_data\`;`)
  await db.run(sql`ALTER TABLE \`featured_articles_key_figures\` DROP COLUMN \`awaiting_data\`;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_version_key_figures\` DROP COLUMN \`awaiting_data\`;`)
}
