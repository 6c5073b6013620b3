CREATE TABLE `action_assignees` (
	`action_id` integer NOT NULL,
	`position` integer NOT NULL,
	`user_name` text NOT NULL,
	PRIMARY KEY(`action_id`, `position`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `action_form_fields` (
	`action_id` integer NOT NULL,
	`name` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`action_id`, `name`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`classification` text,
	`sub_classification` text,
	`status` text NOT NULL,
	`created_time` integer,
	`assigned_time` integer,
	`doing_time` integer,
	`closed_time` integer,
	`created_by_user_name` text,
	`channel` text,
	`form_type` text,
	`latest_channel` text,
	`ai_dispatched` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "actions_status_check" CHECK("actions"."status" IN ('created', 'assigned', 'doing', 'closed', 'canceled'))
);
--> statement-breakpoint
CREATE INDEX `actions_team_idx` ON `actions` (`team_id`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_prefix_unique` ON `api_keys` (`prefix`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_team_idx` ON `api_keys` (`team_id`);--> statement-breakpoint
CREATE TABLE `period_actions` (
	`period_id` integer NOT NULL,
	`action_id` integer NOT NULL,
	`period_action_id` integer NOT NULL,
	`marker_id` integer,
	PRIMARY KEY(`period_id`, `action_id`),
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`marker_id`) REFERENCES `period_markers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_actions_number_idx` ON `period_actions` (`period_id`,`period_action_id`);--> statement-breakpoint
CREATE INDEX `period_actions_action_idx` ON `period_actions` (`action_id`);--> statement-breakpoint
CREATE TABLE `period_markers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`name` text NOT NULL,
	`timestamp` integer NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_markers_name_idx` ON `period_markers` (`period_id`,`name`);--> statement-breakpoint
CREATE TABLE `periods` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`name` text NOT NULL,
	`start_date` integer NOT NULL,
	`end_date` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "periods_range_check" CHECK("periods"."end_date" >= "periods"."start_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periods_identity_idx` ON `periods` (`team_id`,`name`,`start_date`);--> statement-breakpoint
CREATE INDEX `periods_team_start_idx` ON `periods` (`team_id`,`start_date`,`id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name_unique` ON `teams` (`name`);