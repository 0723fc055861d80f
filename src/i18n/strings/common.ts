import { defineStrings } from '../define.js';

export const common = defineStrings({
  nl: {
    'app.name': 'Crisistafel',
    'app.tagline': 'Oefensimulator voor terrorismegevolgbestrijding',
    'lang.switch': 'Taal',
    'lang.nl': 'Nederlands',
    'lang.en': 'English',
  },
  en: {
    'app.name': 'Crisistafel',
    'app.tagline': 'Exercise simulator for terrorism consequence management',
    'lang.switch': 'Language',
    'lang.nl': 'Nederlands',
    'lang.en': 'English',
  },
});
