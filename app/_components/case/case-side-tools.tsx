'use client';

import { CaseNoteForm } from './case-note-form';
import { ReclassifyPanel } from './reclassify-panel';

/** The case's corrections beside its timeline: its kind, and internal notes. */
export function CaseSideTools({ manager = false }: { manager?: boolean }) {
  return (
    <>
      <ReclassifyPanel manager={manager} />
      <CaseNoteForm />
    </>
  );
}
