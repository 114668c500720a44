import { redirect } from 'next/navigation';
import { getViewer, HOME_OF } from '@/lib/auth/viewer';

/** The front door: each role to its own dashboard, strangers to sign-in. */
export default async function HomePage() {
  const viewer = await getViewer();
  redirect(viewer ? HOME_OF[viewer.role] : '/login');
}
