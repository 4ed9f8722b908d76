import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import raZh from './ra-zh';
import zh from './zh';

export const DEFAULT_LOCALE = 'zh';

/** ./ra-zh holds react-admin's own keys; accept it with or without the top-level `ra` wrapper. */
function withRaRoot(messages: object): Pick<TranslationMessages, 'ra'> {
  return ('ra' in messages ? messages : { ra: messages }) as Pick<TranslationMessages, 'ra'>;
}

const chinese = { ...withRaRoot(raZh), ...zh } as TranslationMessages;

// English (react-admin's and ours) is fetched when someone switches to it, not with the first page.
let english: Promise<TranslationMessages> | undefined;
export const loadEnglish = () =>
  (english ??= Promise.all([import('ra-language-english'), import('./en')]).then(
    ([ra, app]) => ({ ...ra.default, ...app.default }) as TranslationMessages,
    (error) => {
      english = undefined; // a later switch tries again
      throw error;
    },
  ));

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? loadEnglish() : chinese),
  DEFAULT_LOCALE,
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
