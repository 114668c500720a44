import { useLocale, useTranslations } from 'next-intl';
import type { GuideStepKey } from '@/graphql/generated/client/graphql';

/** The catalog's untyped lookup: glosses are found by the step, branch and line the API names. */
type Lookup = ((key: string, values?: Record<string, string>) => string) & { has: (key: string) => boolean };

/**
 * English glosses of the guide's Korean wording (titles, branch labels, script lines), from the
 * catalog's `guide` namespace keyed by step, branch and line index. The Korean stays on screen in
 * every language, since agents read it to customers word for word; the gloss only helps an agent
 * who does not read Korean follow it. Null in Korean, and for wording the catalog does not gloss.
 */
export function useGuideGloss() {
  const locale = useLocale();
  const t = useTranslations('guide.steps') as unknown as Lookup;
  const shown = locale !== 'ko';
  const lookup = (key: string, values?: Record<string, string>) => (shown && t.has(key) ? t(key, values) : null);
  return {
    title: (step: GuideStepKey) => lookup(`${step}.title`),
    label: (step: GuideStepKey, branch: string) => lookup(`${step}.branches.${branch}.label`),
    /** `lot` takes the place of the guide's "OOO 주차장", as in the Korean line read out. */
    line: (step: GuideStepKey, branch: string, index: number, lot: string) => lookup(`${step}.branches.${branch}.lines.${index}`, { lot }),
  };
}
