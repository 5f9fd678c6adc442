-- The plan of every query the application runs on its own tables (and the engine queries its monitoring and job
-- acquisition add), with values a real request would send. Run by ops/index-check.sh.
\pset pager off
\set e 'explain (analyze, costs off, summary on)'
\echo '### 1 ActionService.byProcess: action by process instance'
:e select * from plan_action where process_instance_id = 'act-pi-31337';
\echo '### 2 ActionRepository.findByRecommendationIdOrderByPosition'
:e select * from plan_action where recommendation_id = 4321 order by position;
\echo '### 3 ActionRepository.findByReviewInPlanOrder'
:e select a.* from plan_action a, recommendation r where a.recommendation_id = r.id and r.review_id = 500 order by r.position, a.position, a.id;
\echo '### 4 ActionRepository.findByResponsibleRoleId'
:e select * from plan_action where responsible_role_id = 17;
\echo '### 5 ActionRepository.existsByOwnerUserId'
:e select a.id from plan_action a where a.owner_user_id = 'user17' fetch first 1 rows only;
\echo '### 6 HistoryRepository.findByActionIdOrderByHappenedAtAscIdAsc'
:e select * from action_history where action_id = 777 order by happened_at, id;
\echo '### 7 HistoryRepository.findByActionIdIn (a review report: 50 actions)'
:e select * from action_history where action_id in (select generate_series(1000, 1049)) order by happened_at, id;
\echo '### 8 ProgressUpdateRepository.findByActionIdOrderByAsAtAscIdAsc'
:e select * from progress_update where action_id = 777 order by as_at, id;
\echo '### 9 ActionStateChangeRepository.findFirstByActionIdOrderByChangedAtDescIdDesc'
:e select * from action_state_change where action_id = 777 order by changed_at desc, id desc fetch first 1 rows only;
\echo '### 10 EvidenceRepository.findByActionIdOrderBySubmittedAtAscIdAsc'
:e select * from evidence where action_id = 777 order by submitted_at, id;
\echo '### 11 EvidenceFileRepository.findByActionIdAndEvidenceIdIsNull'
:e select id, file_name from evidence_file where action_id = 777 and evidence_id is null;
\echo '### 12 EvidenceFileRepository.findByEvidenceId'
:e select id, file_name from evidence_file where evidence_id = 777;
\echo '### 13 NotificationRepository.findByIdempotencyKey'
:e select * from notification where idempotency_key = 'key-123456';
\echo '### 14 NotificationRepository.findByActionIdOrderByCreatedAt'
:e select * from notification where action_id = 777 order by created_at;
\echo '### 15 RecommendationRepository.findByReviewReferenceAndNumber'
:e select c.* from recommendation c join review r on r.id = c.review_id where r.reference = 'SCR-500' and c.number = '3';
\echo '### 16 RecommendationRepository.findByReviewIdOrderByPosition (and ProgressReports)'
:e select * from recommendation where review_id = 500 order by position;
\echo '### 17 ReviewRepository.existsByReferenceKey'
:e select id from review where reference_key = 'scr-500' fetch first 1 rows only;
\echo '### 18 ResponsibleRoleRepository.findByNameIgnoreCaseAndAgencyIgnoreCase (600 roles)'
:e select * from responsible_role where upper(name) = upper('Role 17') and upper(agency) = upper('Agency 17');
\echo '### 19 InvitationRepository.findByTokenHash'
:e select * from invitation where token_hash = 'hash-77';
\echo '### 20 InvitationRepository open invitations, newest first (2,000 invitations)'
:e select * from invitation where accepted_at is null and cancelled_at is null order by created_at desc, id desc;
\echo '### 21 PeopleChangeRepository.findTop50ByOrderByHappenedAtDescIdDesc'
:e select * from people_change order by happened_at desc, id desc fetch first 50 rows only;
\echo '### 22 AgencyStatementRepository.findByReviewIdOrderByAgencyAscRequestedAtDescIdDesc'
:e select * from agency_statement where review_id = 500 order by agency, requested_at desc, id desc;
\echo '### 23 StatementStepRepository.findByStatementIdOrderByHappenedAtAscIdAsc'
:e select * from agency_statement_step where statement_id = 77 order by happened_at, id;
\echo '### 24 DashboardQueries overdue page, an agency lead (agency or own actions)'
:e select a.id, a.description, a.agency, a.due_date, r.title, c.number from plan_action a join recommendation c on c.id = a.recommendation_id join review r on r.id = c.review_id where (a.agency in ('Agency 7') or a.owner_user_id = 'user7') and a.status not in ('COMPLETE', 'CLOSED_INCOMPLETE') and a.due_date < date '2026-11-30' order by a.due_date asc, a.id asc offset 0 rows fetch next 20 rows only;
\echo '### 25 DashboardQueries due soon count, an owner'
:e select count(*) from plan_action a where a.owner_user_id = 'user7' and a.status not in ('COMPLETE', 'CLOSED_INCOMPLETE') and a.due_date >= date '2026-11-30' and a.due_date <= date '2026-12-14';
\echo '### 26 DashboardQueries monthly chart, board (every action in 12 months of due dates)'
:e select count(*) from plan_action a where a.due_date >= date '2025-12-01' and a.due_date < date '2026-12-01';
\echo '### 27 DashboardQueries awaiting confirmation, board'
:e select count(*) from recommendation rc join review rr on rr.id = rc.review_id where rc.status = 'AWAITING_CONFIRMATION';
\echo '### 28 DashboardQueries filter by status (board)'
:e select count(*) from plan_action a where a.status = 'LAPSED';
\echo '### 29 Engine: job acquisition by due date (ensureJobDueDateNotNull), 50,000 timers, 40 due'
:e select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and (RES.DUEDATE_ <= now()) and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1 order by RES.DUEDATE_ asc limit 8;
\echo '### 30 Monitoring: rat_jobs_due (JobQuery.executable().count())'
:e select count(distinct RES.ID_) from ACT_RU_JOB RES where RES.RETRIES_ > 0 and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now());
\echo '### 31 Monitoring: rat_jobs_failed (JobQuery.noRetriesLeft().count())'
:e select count(distinct RES.ID_) from ACT_RU_JOB RES where RES.RETRIES_ = 0;
