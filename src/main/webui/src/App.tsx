import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { AcceptInvitePage, LoginPage, SignupPage } from './pages/auth';
import { HomePage } from './pages/Home';
import { OnboardingPage } from './pages/Onboarding';
import { TaskDetailPage, TasksPage } from './pages/Tasks';
import { OutboxPage } from './pages/Outbox';
import { SettingsPage } from './pages/Settings';

export function App() {
  const { session } = useAuth();
  if (!session) {
    return (
      <Routes>
        <Route path="/signup" element={<SignupPage />} />
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
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
        <Route path="outbox" element={<OutboxPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
