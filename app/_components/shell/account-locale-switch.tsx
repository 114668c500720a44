'use client';

import { useMutation } from '@apollo/client/react';
import { graphql } from '@/graphql/generated/client';
import { LocaleSwitch } from './locale-switch';

const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: Locale!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

/** The language switch of the dashboards: the choice is saved on the signed-in account. */
export function AccountLocaleSwitch() {
  const [save] = useMutation(SET_MY_LOCALE);
  return <LocaleSwitch saveOnAccount={(locale) => save({ variables: { locale: locale === 'en' ? 'EN' : 'KO' } })} />;
}
