// What the appointments and payment reminders API speaks (docs/api.md "Appointments and payment reminders").

export type AppointmentStatus = 'BOOKED' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW';
export const APPOINTMENT_STATUSES: AppointmentStatus[] = ['BOOKED', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'];

export interface AppointmentChange {
  fromStatus: AppointmentStatus | null;
  toStatus: AppointmentStatus | null;
  fromStartsAt: string | null;
  toStartsAt: string | null;
  cause: 'API' | 'REPLY';
  detail: string | null;
  at: string;
}

export interface Appointment {
  id: string;
  businessId: string;
  contactId: string;
  serviceName: string;
  startsAt: string;
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  staffName: string | null;
  status: AppointmentStatus;
  pendingReminders: string[];
  changes: AppointmentChange[] | null;
  createdAt: string;
  updatedAt: string;
}

export type PaymentStatus = 'OPEN' | 'PAID' | 'STOPPED';
export const PAYMENT_STATUSES: PaymentStatus[] = ['OPEN', 'PAID', 'STOPPED'];

export interface PaymentRequest {
  id: string;
  businessId: string;
  contactId: string;
  amountMinor: number;
  currency: string;
  dueDate: string;
  paymentLink: string;
  description: string;
  status: PaymentStatus;
  remindersPlanned: number;
  pendingReminders: string[];
  createdAt: string;
  closedAt: string | null;
  /** Set when the link was made through the business's Razorpay connection. */
  razorpayLinkId?: string | null;
  paymentLinkMode?: 'SANDBOX' | 'LIVE' | null;
  paidVia?: 'BY_OWNER' | 'RAZORPAY' | null;
}

export interface ReminderSchedule {
  appointmentOffsetsMinutes: number[];
  paymentDaysBefore: number;
  paymentEveryDays: number;
  paymentMaxReminders: number;
  /** "10:00" or "10:00:00" */
  paymentSendTime: string;
}

/** A contact as far as these screens need it. */
export interface ContactSummary {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface ContactPage {
  items: ContactSummary[];
  total: number;
}
