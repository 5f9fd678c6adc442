-- How each person wants to hear about waiting tasks: an e-mail per task (immediate) or one digest at the
-- reminders' sending time on working days. No row: rat.notifications.default-delivery applies.
-- V7, not V6: another change in flight may take V6.
create table email_preference (
  user_id    varchar(100) not null primary key,
  delivery   varchar(20)  not null,
  updated_at timestamp with time zone not null,
  constraint ck_email_preference_delivery check (delivery in ('IMMEDIATE', 'DIGEST'))
);
