CREATE TABLE `areas` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`geometry` text NOT NULL,
	`bbox` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `areas_parent` ON `areas` (`parent_code`);--> statement-breakpoint
CREATE TABLE `gemeente` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`center_lat` real NOT NULL,
	`center_lon` real NOT NULL,
	`bbox` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `listing_facets` (
	`listing_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`facet`, `value`, `listing_id`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_facets_listing` ON `listing_facets` (`listing_id`);--> statement-breakpoint
CREATE TABLE `listing_points` (
	`listing_id` text NOT NULL,
	`position` integer NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	PRIMARY KEY(`listing_id`, `position`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_points_lat_lon` ON `listing_points` (`lat`,`lon`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`organisation_id` text,
	`locations` text NOT NULL,
	`schedule` text NOT NULL,
	`contact` text NOT NULL,
	`vacature` text,
	`details` text NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`verified_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `listings_kind_status` ON `listings` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `listings_status_title` ON `listings` (`status`,`title`);--> statement-breakpoint
CREATE INDEX `listings_organisation` ON `listings` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`form` text NOT NULL,
	`website` text,
	`phone` text,
	`email` text,
	`kvk` text,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'actief' NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisations_name` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `synonyms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`terms` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `taxonomy_terms` (
	`vocabulary` text NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`vocabulary`, `slug`)
);
