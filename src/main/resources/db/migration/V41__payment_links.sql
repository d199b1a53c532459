-- Payment links made through the business's own Razorpay connection: the link's id (payment_link.paid is matched by
-- it) and whether it was made in SANDBOX (not payable) or LIVE; the amount paid is recorded when Razorpay says so.
alter table payment_request add column razorpay_link_id  varchar(40);
alter table payment_request add column payment_link_mode varchar(10);
alter table payment_request add column paid_via          varchar(20);
create unique index payment_request_link_uq on payment_request (razorpay_link_id) where razorpay_link_id is not null;
