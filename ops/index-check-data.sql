-- A partnership after some ten years: 1,000 reviews, 10,000 recommendations, 50,000 actions with their history,
-- progress, evidence, state changes and e-mails, 600 roles, 2,000 invitations; and a job table of 50,000 timers
-- (most months away, 40 due), as the engine holds for 50,000 open actions.
insert into review (reference, reference_key, title, board, publication_date, imported_at)
select 'SCR-' || g, 'scr-' || g, 'Review ' || g, 'Board', date '2016-01-01' + (g % 3000), now() from generate_series(1, 1000) g;

insert into responsible_role (name, agency, holder_user_id)
select 'Role ' || g, 'Agency ' || (g % 30), 'user' || g from generate_series(1, 600) g;

insert into recommendation (review_id, position, number, text, status, process_instance_id)
select 1 + (g - 1) / 10, g % 10, (g % 10)::text, 'Recommendation ' || g,
  case when g % 7 = 0 then 'AWAITING_CONFIRMATION' when g % 3 = 0 then 'IMPLEMENTED' else 'OPEN' end, 'rec-pi-' || g
from generate_series(1, 10000) g;

insert into plan_action (recommendation_id, position, description, agency, responsible, responsible_role_id, due_date,
  needs_confirmation, status, owner_user_id, process_instance_id, completed_at, version)
select 1 + (g - 1) / 5, g % 5, 'Action ' || g, 'Agency ' || (g % 30), 'Role ' || (g % 600), 1 + g % 600,
  date '2016-06-01' + (g % 4000), false,
  case when g % 4 = 0 then 'COMPLETE' when g % 11 = 0 then 'LAPSED' else 'IN_PROGRESS' end,
  'user' || (g % 3000), 'act-pi-' || g,
  case when g % 4 = 0 then timestamp with time zone '2016-06-01' + (g % 4000) * interval '1 day' end, 0
from generate_series(1, 50000) g;

insert into action_history (action_id, happened_at, actor, kind, text)
select 1 + g % 50000, now() - (g % 3000) * interval '1 day', 'user1', 'NOTE', 'Entry ' || g from generate_series(1, 300000) g;
insert into progress_update (action_id, as_at, text, author, recorded_at)
select 1 + g % 50000, date '2017-01-01' + (g % 3000), 'Progress ' || g, 'user1', now() from generate_series(1, 100000) g;
insert into action_state_change (action_id, changed_at, status, due_date)
select 1 + g % 50000, now() - (g % 3000) * interval '1 day', 'IN_PROGRESS', date '2020-01-01' from generate_series(1, 100000) g;
insert into evidence (action_id, summary, submitted_by, submitted_at)
select 1 + g % 50000, 'Evidence ' || g, 'user1', now() from generate_series(1, 30000) g;
insert into evidence_file (action_id, evidence_id, file_name, size_bytes, content, uploaded_by, uploaded_at)
select 1 + g % 50000, case when g % 5 = 0 then null else 1 + g % 30000 end, 'f' || g || '.pdf', 3, '\x010203', 'user1', now()
from generate_series(1, 30000) g;
insert into notification (idempotency_key, action_id, kind, recipient, subject, status, created_at, attempts)
select 'key-' || g, 1 + g % 50000, 'reminder', 'user@example.org', 'Subject', 'SENT', now(), 1 from generate_series(1, 200000) g;
insert into invitation (token_hash, user_id, email, invited_by, created_at, expires_at, accepted_at)
select 'hash-' || g, 'user' || g, 'user' || g || '@example.org', 'admin', now(), now() + interval '7 days',
  case when g % 10 <> 0 then now() end from generate_series(1, 2000) g;
insert into people_change (happened_at, actor, kind, subject, to_user)
select now() - g * interval '1 hour', 'admin', 'OWNER', 'Action ' || g, 'user' || g from generate_series(1, 20000) g;
insert into agency_statement (review_id, agency, request_id, status, deadline, requested_by, requested_at)
select 1 + g % 1000, 'Agency ' || (g % 30), 'req-' || g, 'APPROVED', date '2024-01-01', 'board1', now() from generate_series(1, 5000) g;
insert into agency_statement_step (statement_id, step, happened_at) select 1 + g % 5000, 'REQUESTED', now() from generate_series(1, 15000) g;

insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_, HANDLER_TYPE_,
  SUSPENSION_STATE_, PRIORITY_, CREATE_TIME_)
select 'job-' || g, 1, 'timer', true, 'act-pi-' || g, case when g % 1000 = 0 then 0 else 3 end,
  case when g % 1250 = 0 then now() - interval '1 minute' else now() + (g % 365) * interval '1 day' end,
  'timer-transition', 1, 0, now()
from generate_series(1, 50000) g;

analyze;
