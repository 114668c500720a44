import { dataLang } from '@/lib/i18n/data-lang';

/**
 * A value from the data shown as it is stored (a person's, lot's or operator's name, a plate, an
 * address): marked lang="ko" when it is Korean, as the data is, whatever language the page reads in.
 */
export function DataText({ children }: { children: string | null | undefined }) {
  return <span lang={dataLang(children)}>{children}</span>;
}
