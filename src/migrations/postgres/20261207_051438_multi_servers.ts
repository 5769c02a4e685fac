import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "cache_signals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tags" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "job_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"job" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cache_signals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "job_claims_id" integer;
  CREATE INDEX "cache_signals_updated_at_idx" ON "cache_signals" USING btree ("updated_at");
  CREATE INDEX "cache_signals_created_at_idx" ON "cache_signals" USING btree ("created_at");
  CREATE INDEX "createdAt_idx" ON "cache_signals" USING btree ("created_at");
  CREATE UNIQUE INDEX "job_claims_key_idx" ON "job_claims" USING btree ("key");
  CREATE INDEX "job_claims_job_idx" ON "job_claims" USING btree ("job");
  CREATE INDEX "job_claims_updated_at_idx" ON "job_claims" USING btree ("updated_at");
  CREATE INDEX "job_claims_created_at_idx" ON "job_claims" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cache_signals_fk" FOREIGN KEY ("cache_signals_id") REFERENCES "public"."cache_signals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_claims_fk" FOREIGN KEY ("job_claims_id") REFERENCES "public"."job_claims"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cache_signals_id_idx" ON "payload_locked_documents_rels" USING btree ("cache_signals_id");
  CREATE INDEX "payload_locked_documents_rels_job_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("job_claims_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cache_signals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "job_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "cache_signals" CASCADE;
  DROP TABLE "job_claims" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cache_signals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_job_claims_fk";
  
  DROP INDEX "payload_locked_documents_rels_cache_signals_id_idx";
  DROP INDEX "payload_locked_documents_rels_job_claims_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cache_signals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "job_claims_id";`)
}
