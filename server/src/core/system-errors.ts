/**
 * Why the system refused a read or a write, in the reader's language. Node's own messages
 * ("EACCES: permission denied, open '…'") are English and name the call: they never go into
 * a Vietnamese message; the errno code is kept only where no sentence exists for it.
 */
import { coreMessage, type CoreMessageId } from './messages.js';
import type { LocalizedText } from './types.js';

const BY_CODE: Record<string, CoreMessageId> = {
  ENOENT: 'sys.missing',
  EACCES: 'sys.denied',
  EPERM: 'sys.denied',
  EISDIR: 'read.isDirectory',
  ENOTDIR: 'sys.notFolder',
  ELOOP: 'read.loop',
  EROFS: 'sys.readOnly',
  ENOSPC: 'sys.diskFull',
  EDQUOT: 'sys.diskFull',
  EEXIST: 'sys.exists',
  EBUSY: 'sys.busy',
  ETXTBSY: 'sys.busy',
  EMFILE: 'sys.tooManyOpen',
  ENFILE: 'sys.tooManyOpen',
  ENAMETOOLONG: 'sys.nameTooLong',
};

export function systemReason(e: unknown): LocalizedText {
  const code = typeof (e as NodeJS.ErrnoException | undefined)?.code === 'string' ? (e as NodeJS.ErrnoException).code! : undefined;
  const id = code ? BY_CODE[code] : undefined;
  if (id) return { vi: coreMessage(id, {}, 'vi'), en: coreMessage(id, {}, 'en') };
  const args = { code: code ?? '?' };
  return { vi: coreMessage('sys.other', args, 'vi'), en: coreMessage('sys.other', args, 'en') };
}
