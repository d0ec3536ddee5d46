import { create } from 'zustand';
import { api } from './api';
import type { CredentialRecord } from './records.types';

/** Credentials of this instance (no secrets), shared by the node panel and the credentials page. */
export const useCredentialsCache = create<{
  list: CredentialRecord[];
  loaded: boolean;
  reload(): Promise<void>;
}>()((set) => ({
  list: [],
  loaded: false,
  async reload() {
    set({ list: await api.credentials.list(), loaded: true });
  },
}));
