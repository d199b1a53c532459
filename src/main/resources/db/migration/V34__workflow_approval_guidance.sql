-- The manual task an approval step opens for the owner: a question about a workflow's data, approve or reject.
insert into guidance values
('workflow-approval', 'A workflow asks for your approval', 'workflow',
 '["Read the question and the data below it: they come from the workflow at the moment it asked.","Decide: approve to let the workflow go on its approve path, or reject to send it down its reject path.","Answer in the app (Workflows > Executions > the waiting execution) or through the API: POST /api/v1/workflow-executions/{id}/approvals/{step} with {\"decision\":\"approve\"} or {\"decision\":\"reject\",\"comment\":\"why\"}.","If nobody answers before the step''s timeout, the workflow takes its timeout path on its own."]',
 '["The question was answered with approve or reject","The execution went on (see its steps)"]',
 '["A customer may be waiting on this decision","After the timeout the workflow decides by its timeout path, not by you"]',
 2, 'Keeps a person in charge of the decisions that need one, without holding up the rest of the automation.');
