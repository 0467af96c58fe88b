/**
 * Editor settings (`soattin.*`), read per document through workspace/configuration and cached
 * per URI until the settings change: never globals, so multi-root folders may differ.
 */
import type { Locale } from '../core/types.js';
import type { Profile } from '../core/config/types.js';

export interface Settings {
  enable: boolean;
  locale: 'auto' | Locale;
  /** applies only when the config file does not set `profile` */
  profile?: Profile;
  configPath?: string;
  /** default byline; applies only when the config file does not set `author` */
  author?: string;
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** what fix-all may do when it runs on save: `safe` keeps every line, `all` is `soattin --fix` */
  fixOnSave: 'safe' | 'all';
}

export const defaultSettings: Settings = { enable: true, locale: 'auto', run: 'onType', debounceMs: 300, fixOnSave: 'safe' };

const PROFILES = new Set(['gov', 'party', 'press-lower']);

/** Whatever the client sent (possibly nothing or garbage) → valid settings. */
export function sanitiseSettings(raw: unknown): Settings {
  const s = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const debounce = typeof s.debounceMs === 'number' && Number.isFinite(s.debounceMs) ? Math.min(Math.max(0, s.debounceMs), 10_000) : 300;
  return {
    enable: s.enable !== false,
    locale: s.locale === 'vi' || s.locale === 'en' ? s.locale : 'auto',
    profile: PROFILES.has(String(s.profile)) ? (s.profile as Profile) : undefined,
    configPath: str(s.configPath),
    author: str(s.author),
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: debounce,
    fixOnSave: s.fixOnSave === 'all' ? 'all' : 'safe',
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(private readonly fetch: ((uri: string) => Promise<unknown>) | undefined) {}

  get(uri: string): Promise<Settings> {
    if (!this.fetch) return Promise.resolve(defaultSettings);
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.fetch(uri).then(sanitiseSettings, () => defaultSettings);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
