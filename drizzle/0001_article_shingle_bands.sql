CREATE TABLE "article_shingle_bands" (
	"article_id" integer NOT NULL,
	"band_key" text NOT NULL,
	CONSTRAINT "article_shingle_bands_article_id_band_key_pk" PRIMARY KEY("article_id","band_key")
);
--> statement-breakpoint
ALTER TABLE "article_shingle_bands" ADD CONSTRAINT "article_shingle_bands_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_shingle_bands_key_idx" ON "article_shingle_bands" USING btree ("band_key");