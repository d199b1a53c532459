-- A day-plan post that claims a price, discount or offer the business has not set is handed to the owner
-- (like the content bot's posts that need review) instead of being published.
insert into guidance values
('check-post-claims', 'Check the claim in today''s post before posting it', 'content',
 '["Read the claim named in the task (a price, a discount or an offer) and decide whether your business really has it today.","If it is true, copy today''s post from the task and publish it yourself on the platform named in the task.","If it is not true, remove or change the claim before posting, or skip today''s post.","If your business makes no offers, remove the offers theme from your content themes in the category configuration so daily posts stop mentioning them.","Mark this task done with the minutes it took."]',
 '["The claim in the post is true for your business today","The post was published or skipped on purpose"]',
 '["Only promise what you can give every customer who asks","Say until when an offer runs"]',
 3, 'A post that promises an offer you never made brings customers who leave disappointed, and can bring complaints.');
