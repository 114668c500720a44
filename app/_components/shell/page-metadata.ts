import type { Metadata } from 'next';
import type { Messages, MessageKeys, NestedKeyOf } from 'next-intl';
import { getTranslations } from 'next-intl/server';

/** A catalog key that names a tab, such as 'refunds.title'. */
type TitleKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A page's generateMetadata whose title is one catalog message: every page names its tab the same way. */
export function titleMetadata(key: TitleKey): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations();
    return { title: t(key as Parameters<typeof t>[0]) };
  };
}
