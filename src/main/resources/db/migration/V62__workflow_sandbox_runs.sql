-- A test run from the workflow builder: its messages are recorded as "would have been sent" whatever the mode of the
-- connections it names, its external calls other than reads and its data updates are not made.
alter table workflow_execution add column sandbox boolean not null default false;
