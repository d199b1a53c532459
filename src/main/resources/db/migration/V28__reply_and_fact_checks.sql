-- A customer's "paid" to a payment reminder is handed to the owner to check (it starts no lead), and a generated
-- post that mentions a price, discount or offer the business has not set waits for the owner with the reason.

insert into guidance values
('check-customer-payment', 'Check a payment the customer says they made', 'customer-service',
 '["Open your bank, UPI or payment-link app and look for the amount and the customer named in the task.","If the money arrived, open Payments in Vertical Light and mark the request paid: the remaining reminders stop.","If it did not arrive, reply to the customer kindly on WhatsApp: thank them and say you could not see it yet, with the payment link again.","Mark this task done with the minutes it took."]',
 '["The amount and the payer match the request","The request is marked paid, or the customer has been answered"]',
 '["Thank the customer for paying","Ask for the UPI reference number if you cannot find the payment"]',
 3, 'A payment confirmed quickly stops reminders the customer no longer needs.');

-- Why a generated post must be read before it goes out (null: nothing to check).
alter table content_post add column needs_review varchar(500);
