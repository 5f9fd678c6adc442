-- The steps of the demo load that have completed. Each row is written in the same transaction as its
-- step's work, so a start killed at any moment resumes at the first step not listed here.
create table demo_load_step (
  name         varchar(300) primary key,
  completed_at timestamp with time zone not null
);
