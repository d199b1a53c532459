-- Reconnect guidance for the RAZORPAY connection kind (payment links through the business's own Razorpay account),
-- like every other channel's "reconnect-<kind>" guidance (V8).
insert into guidance values
('reconnect-razorpay', 'Reconnect Razorpay payment links', 'channel-connection',
 '["Sign in at dashboard.razorpay.com with the account that receives your customers'' payments.","Check the account is activated for live payments (a banner says so if KYC or activation is pending).","Go to Account & Settings > API Keys and generate a new key (or regenerate it if the old secret was lost); copy the Key Id and Key Secret now, the secret is shown only once.","In Vertical Light open Connections, edit the Razorpay connection and paste both values.","In Razorpay go to Account & Settings > Webhooks and check the webhook to Vertical Light is active with the payment_link.paid event and the same secret as the connection.","Press Test connection, then make a small payment link to yourself and pay it to see the request marked paid."]',
 '["The Razorpay account is activated for live payments","Key Id and Key Secret are the current pair","The webhook sends payment_link.paid with the connection''s secret","A test payment marked the request paid"]',
 '["Until it is reconnected, payment reminders go out without a payment link; nothing is charged twice"]',
 10, 'Customers can pay their dues by UPI or card straight from the reminder again, and payments are marked paid for you.');
