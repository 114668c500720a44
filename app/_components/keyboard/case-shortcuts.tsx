'use client';

import { useTranslations } from 'next-intl';
import { GUIDE_STEP_KEYS } from '@/lib/domain/guide-script';
import { notify } from '../ui/toast';
import { focusElement } from './focus-arrival';
import { actionsToDo, nextTarget, type FlowFacts } from './next-action';
import { useShortcut } from './use-shortcut';

/** Whether a control can be used now: not disabled, and on screen (not in a closed <details>). */
function usable(element: HTMLElement): boolean {
  if ((element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0;
}

/** The controls of the actions still to do, in the flow's order, as the page shows them. */
function targetsOf(kase: FlowFacts): HTMLElement[] {
  return actionsToDo(kase).flatMap((action) =>
    [...document.querySelectorAll<HTMLElement>(`main [data-action="${action}"]`)].filter(usable),
  );
}

/**
 * The case page's shortcuts. "." moves focus to the next action of the guided flow (Enter then
 * does it; a write is never fired from the keyboard without the agent pressing its button),
 * again to the one after; 1–4 go to the headings of the guide's steps ① to ④ (Tab goes on from there).
 */
export function CaseShortcuts({ kase }: { kase: FlowFacts }) {
  const t = useTranslations('keyboard.nextAction');

  useShortcut('nextAction', () => {
    const targets = targetsOf(kase);
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const next = nextTarget(targets, active && targets.includes(active) ? active : null);
    if (!next) {
      notify.info(t('none'));
      return;
    }
    focusElement(next);
  });

  // The step's heading, never its first field: the next digit typed would land in that field.
  useShortcut('goToStep', (combo) => {
    const section = document.getElementById(`step-${GUIDE_STEP_KEYS[combo]}`);
    if (!section) return false;
    focusElement(section.querySelector<HTMLElement>(`#step-${GUIDE_STEP_KEYS[combo]}-heading`) ?? section);
  });

  return null;
}
