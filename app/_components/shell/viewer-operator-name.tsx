'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { graphql } from '@/graphql/generated/client';
import { dataLang } from '@/lib/i18n/data-lang';

const VIEWER_OPERATOR = graphql(`
  query ViewerOperator {
    viewer {
      id
      role
      operator {
        id
        name
      }
    }
  }
`);

/** The operator an operator-staff viewer works for, e.g. "· 한빛파킹"; nothing until known. */
export function ViewerOperatorName() {
  const t = useTranslations('shell');
  const { data } = useQuery(VIEWER_OPERATOR);
  const name = data?.viewer?.operator?.name;
  // The separator rides inside the mark: the name is data, in its own language.
  return name ? <span lang={dataLang(name)}>{t('operatorOf', { name })}</span> : null;
}
