import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { AcceptInvitePage, LoginPage, SignupPage, SsoCallbackPage } from './pages/auth';
import { HomePage } from './pages/Home';
import { OnboardingPage } from './pages/Onboarding';
import { TaskDetailPage, TasksPage } from './pages/Tasks';
import { OutboxPage } from './pages/Outbox';
import { SettingsPage } from './pages/Settings';
import { AnalyticsPage } from './pages/Analytics';
import { ConversationPage, LeadDetailPage, LeadsPage } from './pages/Leads';
import { ContentPage } from './pages/Content';
import { ReviewsPage } from './pages/Reviews';
import { InsightsPage } from './pages/Insights';
import { LeadSettingsPage } from './pages/LeadSettings';
import { ContentSettingsPage } from './pages/ContentSettings';
import { BudgetPage } from './pages/Budget';
import { SalesPage } from './pages/Sales';
import { AppointmentsPage } from './pages/Appointments';
import { AppointmentPage } from './pages/AppointmentDetail';
import { PaymentsPage } from './pages/Payments';
import { ReminderSettingsPage } from './pages/ReminderSettings';
import { ReferralSettingsPage } from './pages/ReferralSettings';
import { WorkflowsPage } from './pages/Workflows';
import { WorkflowExecutionPage, WorkflowExecutionsPage } from './pages/WorkflowExecutions';
import { Loading } from './components/forms';

import { BillingPage } from './pages/Billing';
import { NotificationSettingsPage, NotificationsPage } from './pages/Notifications';

// the builder (and @xyflow/react) is only downloaded when a builder is opened
const WorkflowBuilderPage = lazy(() => import('./pages/WorkflowBuilder'));

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
        <Route path="workflows/:workflowId" element={<Suspense fallback={<Loading />}><WorkflowBuilderPage /></Suspense>} />
        <Route path="outbox" element={<OutboxPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="billing" element={<BillingPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="notifications/settings" element={<NotificationSettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
