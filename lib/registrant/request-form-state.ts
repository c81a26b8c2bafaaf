/** What the "Email me a link" action returns to its form: the address as typed and every error. */
export type ManageRequestState = {
  status: 'idle' | 'invalid' | 'failed';
  email: string;
  emailError: string | null;
  formError: string | null;
};

export const initialManageRequestState: ManageRequestState = { status: 'idle', email: '', emailError: null, formError: null };
