/** Typed access to the language-server part of the message catalogue (core/messages.ts). */
import { fill, serverMessages as lspMessages } from '../core/messages.js';
import type { Locale, LocalizedText, MessageArgs } from '../core/types.js';

export type LspMessageId = keyof typeof lspMessages;

export function t(id: LspMessageId, locale: Locale, args: MessageArgs = {}): string {
  return fill(lspMessages[id][locale], args);
}

