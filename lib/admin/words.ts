import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';

/**
 * The secretariat area's strings (the `admin` namespace of messages/en.json). The area stays in English
 * (S-I18N-4), so its code reads them synchronously, without a request or a language to look up.
 */
export const adminWords = createTranslator({ locale: 'en', messages: en, namespace: 'admin' });
