/** What the sign-in action returns to its form: the email as typed (never the password) and every error. */
export type SignInFormState = {
  status: 'idle' | 'invalid' | 'locked' | 'failed';
  email: string;
  fieldErrors: { email?: string; password?: string };
  formError: string | null;
};

export const initialSignInState: SignInFormState = { status: 'idle', email: '', fieldErrors: {}, formError: null };
