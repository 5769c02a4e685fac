import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { datasetsIntoSeries } from '../steps/datasetsIntoSeries'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`chapters_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_chapters_v_version_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`featured_articles_key_figures\` ADD \`awaiting_data\` text;`)
  await db.run(sql`ALTER TABLE \`_featured_articles_v_version_key_figures\` ADD \`awaiting_data\` text;`)
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
