-- Invitations can be resent (a new token and expiry replace the old, so the old link stops working) and
-- cancelled (the link stops working). Each send has its own number, so each resend is e-mailed exactly once:
-- the notification module deduplicates by a key that names it.
alter table invitation add column cancelled_at timestamp with time zone;
alter table invitation add column sends integer default 1 not null;
