import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { AcceptInvitePage, LoginPage, SignupPage, SsoCallbackPage } from './pages/auth';
import { HomePage } from './pages/Home';


// Each page but Home and login is its own file, downloaded when it is first opened (the builder brings
// @xyflow/react, the analytics pages bring the charts).
const WorkflowBuilderPage = lazy(() => import('./pages/WorkflowBuilder'));
const ConnectCallbackPage = lazy(() => import('./pages/ConnectCallback').then((m) => ({ default: m.ConnectCallbackPage })));
const MorePage = lazy(() => import('./components/BottomBar').then((m) => ({ default: m.MorePage })));
const OnboardingPage = lazy(() => import('./pages/Onboarding').then((m) => ({ default: m.OnboardingPage })));
const TaskDetailPage = lazy(() => import('./pages/Tasks').then((m) => ({ default: m.TaskDetailPage })));
const TasksPage = lazy(() => import('./pages/Tasks').then((m) => ({ default: m.TasksPage })));
const OutboxPage = lazy(() => import('./pages/Outbox').then((m) => ({ default: m.OutboxPage })));
const SettingsPage = lazy(() => import('./pages/Settings').then((m) => ({ default: m.SettingsPage })));
const AnalyticsPage = lazy(() => import('./pages/Analytics').then((m) => ({ default: m.AnalyticsPage })));
const ConversationPage = lazy(() => import('./pages/Leads').then((m) => ({ default: m.ConversationPage })));
const LeadDetailPage = lazy(() => import('./pages/Leads').then((m) => ({ default: m.LeadDetailPage })));
const LeadsPage = lazy(() => import('./pages/Leads').then((m) => ({ default: m.LeadsPage })));
const ContentPage = lazy(() => import('./pages/Content').then((m) => ({ default: m.ContentPage })));
const ReviewsPage = lazy(() => import('./pages/Reviews').then((m) => ({ default: m.ReviewsPage })));
const InsightsPage = lazy(() => import('./pages/Insights').then((m) => ({ default: m.InsightsPage })));
const LeadSettingsPage = lazy(() => import('./pages/LeadSettings').then((m) => ({ default: m.LeadSettingsPage })));
const ContentSettingsPage = lazy(() => import('./pages/ContentSettings').then((m) => ({ default: m.ContentSettingsPage })));
const BudgetPage = lazy(() => import('./pages/Budget').then((m) => ({ default: m.BudgetPage })));
const SalesPage = lazy(() => import('./pages/Sales').then((m) => ({ default: m.SalesPage })));
const AppointmentsPage = lazy(() => import('./pages/Appointments').then((m) => ({ default: m.AppointmentsPage })));
const AppointmentPage = lazy(() => import('./pages/AppointmentDetail').then((m) => ({ default: m.AppointmentPage })));
const PaymentsPage = lazy(() => import('./pages/Payments').then((m) => ({ default: m.PaymentsPage })));
const ReminderSettingsPage = lazy(() => import('./pages/ReminderSettings').then((m) => ({ default: m.ReminderSettingsPage })));
const ReferralSettingsPage = lazy(() => import('./pages/ReferralSettings').then((m) => ({ default: m.ReferralSettingsPage })));
const WorkflowsPage = lazy(() => import('./pages/Workflows').then((m) => ({ default: m.WorkflowsPage })));
const WorkflowExecutionPage = lazy(() => import('./pages/WorkflowExecutions').then((m) => ({ default: m.WorkflowExecutionPage })));
const WorkflowExecutionsPage = lazy(() => import('./pages/WorkflowExecutions').then((m) => ({ default: m.WorkflowExecutionsPage })));
const BillingPage = lazy(() => import('./pages/Billing').then((m) => ({ default: m.BillingPage })));
const NotificationSettingsPage = lazy(() => import('./pages/Notifications').then((m) => ({ default: m.NotificationSettingsPage })));
const NotificationsPage = lazy(() => import('./pages/Notifications').then((m) => ({ default: m.NotificationsPage })));

export function App() {
  const { session } = useAuth();
  if (!session) {
    return (
      <Routes>
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
        <Route path="/sso/callback" element={<SsoCallbackPage />} />
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="onboarding" element={<OnboardingPage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="tasks/:taskId" element={<TaskDetailPage />} />
        <Route path="leads" element={<LeadsPage />} />
        <Route path="leads/settings" element={<LeadSettingsPage />} />
        <Route path="leads/:leadId" element={<LeadDetailPage />} />
        <Route path="contacts/:contactId/conversation" element={<ConversationPage />} />
        <Route path="content" element={<ContentPage />} />
        <Route path="content/settings" element={<ContentSettingsPage />} />
        <Route path="sales" element={<SalesPage />} />
        <Route path="insights/budget" element={<BudgetPage />} />
        <Route path="reviews" element={<ReviewsPage />} />
        <Route path="reviews/settings" element={<ReferralSettingsPage />} />
        <Route path="insights" element={<InsightsPage />} />
        <Route path="analytics" element={<AnalyticsPage />} />
        <Route path="appointments" element={<AppointmentsPage />} />
        <Route path="appointments/:appointmentId" element={<AppointmentPage />} />
        <Route path="payments" element={<PaymentsPage />} />
        <Route path="reminders/settings" element={<ReminderSettingsPage />} />
        <Route path="workflows" element={<WorkflowsPage />} />
        <Route path="workflows/executions" element={<WorkflowExecutionsPage />} />
        <Route path="workflows/executions/:executionId" element={<WorkflowExecutionPage />} />
        <Route path="workflows/:workflowId" element={<WorkflowBuilderPage />} />
        <Route path="outbox" element={<OutboxPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="connect/:provider/callback" element={<ConnectCallbackPage />} />
        <Route path="more" element={<MorePage />} />
        <Route path="billing" element={<BillingPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="notifications/settings" element={<NotificationSettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
