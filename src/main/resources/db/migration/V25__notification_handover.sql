-- The mail server's acceptance of each notification e-mail, committed on its own the moment the server accepted it,
-- apart from the job that sends it (notification/MailHandovers). A job that dies after the server took its message but
-- before its own commit (a node killed, the database gone) is retried; the retry finds the handover and does not send
-- the message again. V25: the number this change was given.
create table notification_handover (
  idempotency_key varchar(400)             not null primary key,
  handed_over_at  timestamp with time zone not null
);
