CREATE TABLE "official_trade_figures" (
	"year" integer PRIMARY KEY NOT NULL,
	"value_usd" numeric NOT NULL,
	"status" text NOT NULL,
	"reporter" text NOT NULL,
	"source" text NOT NULL,
	"url" text NOT NULL,
	"retrieved_on" date NOT NULL,
	"origin" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_trade_figures_status_check" CHECK ("official_trade_figures"."status" in ('final', 'estimate')),
	CONSTRAINT "official_trade_figures_origin_check" CHECK ("official_trade_figures"."origin" in ('bundled', 'import'))
);
--> statement-breakpoint
ALTER TABLE "official_trade_figures" ADD CONSTRAINT "official_trade_figures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;