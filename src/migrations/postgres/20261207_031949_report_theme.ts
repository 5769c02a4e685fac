import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" ADD COLUMN "theme_logo_id" integer;
  ALTER TABLE "reports" ADD COLUMN "theme_primary_color" varchar;
  ALTER TABLE "reports" ADD COLUMN "theme_accent_color" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_theme_logo_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_theme_primary_color" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_theme_accent_color" varchar;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_theme_logo_id_media_id_fk" FOREIGN KEY ("theme_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_theme_logo_id_media_id_fk" FOREIGN KEY ("version_theme_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reports_theme_theme_logo_idx" ON "reports" USING btree ("theme_logo_id");
  CREATE INDEX "_reports_v_version_theme_version_theme_logo_idx" ON "_reports_v" USING btree ("version_theme_logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DROP CONSTRAINT "reports_theme_logo_id_media_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_theme_logo_id_media_id_fk";
  
  DROP INDEX "reports_theme_theme_logo_idx";
  DROP INDEX "_reports_v_version_theme_version_theme_logo_idx";
  ALTER TABLE "reports" DROP COLUMN "theme_logo_id";
  ALTER TABLE "reports" DROP COLUMN "theme_primary_color";
  ALTER TABLE "reports" DROP COLUMN "theme_accent_color";
  ALTER TABLE "_reports_v" DROP COLUMN "version_theme_logo_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_theme_primary_color";
  ALTER TABLE "_reports_v" DROP COLUMN "version_theme_accent_color";`)
}
