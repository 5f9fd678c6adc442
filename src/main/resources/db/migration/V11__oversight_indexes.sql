-- The reviews dashboard counts and pages actions in the database (oversight/DashboardQueries): overdue and
-- due-soon lists are ranges of due dates, the monthly chart ranges of due and completion dates, and the filters
-- pick an agency, a status or an owner. The action page reads an action's e-mails by action.
create index ix_plan_action_due_date on plan_action (due_date);
create index ix_plan_action_completed_at on plan_action (completed_at);
create index ix_plan_action_status on plan_action (status);
create index ix_plan_action_agency on plan_action (agency);
create index ix_plan_action_owner on plan_action (owner_user_id);
create index ix_recommendation_status on recommendation (status);
create index ix_notification_action on notification (action_id);
