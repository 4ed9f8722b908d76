import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import raZh from './ra-zh';
import en from './en';
import zh from './zh';

export const DEFAULT_LOCALE = 'zh';

/** ./ra-zh holds react-admin's own keys; accept it with or without the top-level `ra` wrapper. */
function withRaRoot(messages: object): Pick<TranslationMessages, 'ra'> {
  return ('ra' in messages ? messages : { ra: messages }) as Pick<TranslationMessages, 'ra'>;
}

export const messages: Record<string, TranslationMessages> = {
  zh: { ...withRaRoot(raZh), ...zh } as TranslationMessages,
  en: { ...englishMessages, ...en } as TranslationMessages,
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale] ?? messages[DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
