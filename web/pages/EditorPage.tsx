// /mijn-aanbod/nieuw and /mijn-aanbod/:id: write or edit a listing (signed in).
import { useTranslation } from 'react-i18next';
import { ListingEditor } from '../features/editor/ListingEditor.tsx';
import { SignedIn } from '../features/editor/SignedIn.tsx';

export function EditorPage({ id }: { id: string | null }) {
  const { t } = useTranslation('editor');
  const back = id ? `/mijn-aanbod/${id}` : '/mijn-aanbod/nieuw';
  return (
    <SignedIn title={id ? t('editor.editTitle') : t('editor.newTitle')} back={back}>
      {/* No key per id: after "Opslaan" a new listing gets its URL and the editor stays as it is. */}
      {(user) => <ListingEditor id={id} user={user} />}
    </SignedIn>
  );
}
